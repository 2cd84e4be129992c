// State of TagService: the tag list with use counts.
import { tagsApi, type TagSummary } from '../api/tags';
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

  /** Runs a change, reports a failure, reloads; resolves true on success. */
  private async run(fn: () => Promise<unknown>): Promise<boolean> {
    try {
      await fn();
      return true;
    } catch (err) {
      errors.report(err);
      return false;
    } finally {
      await this.load();
    }
  }

  create = (name: string, color: string) => this.run(() => tagsApi.create(name, color));
  update = (id: number, name: string, color: string) => this.run(() => tagsApi.update(id, name, color));
  merge = (fromId: number, intoId: number) => this.run(() => tagsApi.merge(fromId, intoId));
  remove = (id: number) => this.run(() => tagsApi.delete(id));
}

export const tags = new TagsStore();
