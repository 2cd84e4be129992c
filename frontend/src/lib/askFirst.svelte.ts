// A destructive action that asks first: a preview (what would go, in words) opens the
// confirmation; Cancel, Close or Escape closes it with nothing done and the focus back on
// the button that asked (Modal's own return finds that button disabled while the preview
// loads). Removing articles and deleting an entity both ask this way.
import { tick } from 'svelte';
import { errors } from '../stores/errors.svelte';
import { workspace } from '../stores/workspace.svelte';

export class AskFirst<T> {
  #asking = $state<T | null>(null);
  // the workspace the preview was read in (workspace.opened): after File ▸ Open its ids name
  // the new file's records, so the confirmation closes with nothing done
  #opened = $state(0);
  /** The preview the confirmation shows; null: closed (or read in a workspace since left). */
  get asking(): T | null {
    return this.#opened === workspace.opened ? this.#asking : null;
  }
  set asking(preview: T | null) {
    this.#asking = preview;
    this.#opened = workspace.opened;
  }
  /** True while the preview or the action is on its way. */
  busy = $state(false);
  private opener: HTMLElement | null = null;

  /** Loads the preview and opens the confirmation; a failure is reported and nothing opens. */
  async ask(preview: () => Promise<T>): Promise<void> {
    if (this.busy) return;
    this.opener = document.activeElement as HTMLElement | null;
    this.busy = true;
    try {
      const opened = workspace.opened;
      const shown = await preview();
      if (opened === workspace.opened) this.asking = shown;
    } catch (err) {
      errors.report(err);
    } finally {
      this.busy = false;
    }
  }

  /** Closes the confirmation with nothing done; the focus goes back to the button that asked. */
  async cancel(): Promise<void> {
    this.asking = null;
    await tick();
    this.opener?.focus();
  }
}
