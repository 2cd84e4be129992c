// State of TagService: the tag list with use counts.
import { tagsApi, type TagPatch, type TagSummary } from '../api/tags';
import { conflictMessage } from '../lib/saveConflict';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';

class TagsStore {
  list = $state<TagSummary[]>([]);
  loading = $state(false);
  loaded = $state(false);
  private watching = false;

  /** Loads once and keeps the list fresh after every workspace change. */
  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => void this.load());
    }
    if (!this.loaded && !this.loading) void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.list = await tagsApi.list();
    } catch (err) {
      errors.report(err);
    } finally {
      this.loading = false;
      this.loaded = true;
    }
  }

  /**
   * Runs a change, reports a failure, reloads; resolves true on success. A save another
   * window's newer edit refused goes to onConflict when given (lib/saveConflict).
   */
  private async run(fn: () => Promise<unknown>, onConflict?: (message: string) => void): Promise<boolean> {
    try {
      await fn();
      return true;
    } catch (err) {
      const conflict = onConflict ? conflictMessage(err) : null;
      if (conflict !== null) onConflict!(conflict);
      else errors.report(err);
      return false;
    } finally {
      await this.load();
    }
  }

  create = (name: string, color: string) => this.run(() => tagsApi.create(name, color));
  update = (id: number, patch: TagPatch, onConflict?: (message: string) => void) => this.run(() => tagsApi.update(id, patch), onConflict);
  merge = (fromId: number, intoId: number) => this.run(() => tagsApi.merge(fromId, intoId));
  remove = (id: number) => this.run(() => tagsApi.delete(id));
}

export const tags = new TagsStore();
