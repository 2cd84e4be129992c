// State of WorkspaceService: which workspace file is open.
import { workspaceApi, type WorkspaceInfo } from '../api';
import { errors } from './errors.svelte';

class WorkspaceStore {
  info = $state<WorkspaceInfo | null>(null);
  loading = $state(false);

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
