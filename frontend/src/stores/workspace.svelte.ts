// State of WorkspaceService: which workspace file is open.
import { workspaceApi, type WorkspaceInfo } from '../api';
import { errors } from './errors.svelte';

class WorkspaceStore {
  info = $state<WorkspaceInfo | null>(null);
  loading = $state(false);
  /**
   * Which workspace the ids on screen belong to: File ▸ Open (stores/switch) moves it on.
   * A claim page closing after a switch must not save its draft by claim id, and a
   * confirmation asked about the old file's articles or entity must not act: in the new
   * file those ids name other records.
   */
  opened = $state(0);

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.info = await workspaceApi.info();
    } catch (err) {
      errors.report(err);
    } finally {
      this.loading = false;
    }
  }
}

export const workspace = new WorkspaceStore();
