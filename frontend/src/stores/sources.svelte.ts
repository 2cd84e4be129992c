// State of SourceService: outlets and origins with their reliability.
import { ApiError } from '../api';
import { sourcesApi, type Source, type SourceInput, type SourcePatch } from '../api/sources';
import { conflictMessage } from '../lib/saveConflict';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';

class SourcesStore {
  list = $state<Source[]>([]);
  loading = $state(false);
  loaded = $state(false);
  private watching = false;

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
      this.list = await sourcesApi.list();
    } catch (err) {
      errors.report(err);
    } finally {
      this.loading = false;
      this.loaded = true;
    }
  }

  async create(input: SourceInput): Promise<Source | null> {
    try {
      return await sourcesApi.create(input);
    } catch (err) {
      errors.report(err);
      return null;
    } finally {
      await this.load();
    }
  }

  /** Saves a source's fields; a save another window's newer edit refused goes to onConflict when given (lib/saveConflict). */
  async update(id: number, patch: SourcePatch, onConflict?: (message: string) => void): Promise<boolean> {
    try {
      await sourcesApi.update(id, patch);
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

  /** Resolves '' on success, else the message to show beside the source (e.g. a conflict). */
  async remove(id: number): Promise<string> {
    try {
      await sourcesApi.delete(id);
      return '';
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict') return err.message;
      errors.report(err);
      return err instanceof ApiError ? err.message : 'The source could not be deleted.';
    } finally {
      await this.load();
    }
  }
}

export const sources = new SourcesStore();
