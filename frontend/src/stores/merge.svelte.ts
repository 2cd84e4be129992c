// Merge Workspace…: choose another analyst's workspace (native dialog in the window,
// the file picker in a browser), preview what merging it would do, settle each
// conflict mine/theirs, merge. The merge is one action: Edit ▸ Undo takes it back.
import { mode } from '../api';
import { dialogsApi } from '../api/dialogs';
import { mergeApi, type MergePlan, type Take } from '../api/merge';
import { resolutions, undecided } from '../lib/mergePlan';
import { errors } from './errors.svelte';
import { readBase64 } from '../lib/readBase64';

/** Where the other workspace comes from: a path (window) or the file's bytes (browser). */
type Source = { path: string } | { name: string; content: string };

class MergeStore {
  dialogOpen = $state(false);
  busy = $state(false);
  plan = $state<MergePlan | null>(null);
  takes = $state<Record<string, Take>>({});
  /** Native dialogs exist (the desktop window); null until asked. */
  desktop = $state<boolean | null>(null);
  private source: Source | null = null;

  openDialog(): void {
    this.plan = null;
    this.takes = {};
    this.source = null;
    this.dialogOpen = true;
    if (this.desktop === null) void (mode() === 'wails' ? dialogsApi.available() : Promise.resolve(false)).then((d) => (this.desktop = d));
  }

  get undecided(): string[] {
    return this.plan ? undecided(this.plan, this.takes) : [];
  }

  /** The window: the native file dialog, then the preview. */
  async choosePath(): Promise<void> {
    try {
      const path = await dialogsApi.chooseWorkspaceToMerge();
      if (path) await this.preview({ path });
    } catch (err) {
      errors.report(err);
    }
  }

  /** The browser: a file from the picker, then the preview. */
  async chooseFile(file: File): Promise<void> {
    try {
      await this.preview({ name: file.name, content: await readBase64(file) });
    } catch (err) {
      errors.report(err);
    }
  }

  private async preview(source: Source): Promise<void> {
    this.busy = true;
    try {
      this.plan = 'path' in source ? await mergeApi.preview(source.path) : await mergeApi.previewUpload(source.name, source.content);
      this.source = source;
      this.takes = {};
    } catch (err) {
      errors.report(err);
    } finally {
      this.busy = false;
    }
  }

  decide(key: string, take: Take): void {
    this.takes = { ...this.takes, [key]: take };
  }

  decideAll(take: Take): void {
    if (!this.plan) return;
    const next: Record<string, Take> = {};
    for (const c of this.plan.conflicts) next[c.key] = take;
    this.takes = next;
  }

  async merge(): Promise<void> {
    const source = this.source;
    if (!source || !this.plan || this.undecided.length > 0) return;
    this.busy = true;
    try {
      const res = resolutions(this.plan, this.takes);
      this.plan = 'path' in source ? await mergeApi.merge(source.path, res) : await mergeApi.mergeUpload(source.name, source.content, res);
    } catch (err) {
      errors.report(err);
    } finally {
      this.busy = false;
    }
  }
}

export const merger = new MergeStore();
