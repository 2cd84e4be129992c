// State of EntityService: the filtered list and the open entity.
import { ApiError } from '../api';
import { entitiesApi, type EntityDetail, type EntitySummary } from '../api/entities';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';

export const ENTITY_LIMIT = 500;

class EntitiesStore {
  query = $state('');
  type = $state('');
  list = $state<EntitySummary[]>([]);
  loading = $state(false);
  loaded = $state(false);

  currentId = $state<number | null>(null);
  current = $state<EntityDetail | null>(null);
  currentLoading = $state(false);

  private listSeq = 0;
  private openSeq = 0;
  private watching = false;

  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => {
        void this.load();
        if (this.currentId !== null) void this.open(this.currentId, true);
      });
    }
    if (!this.loaded && !this.loading) void this.load();
  }

  async load(): Promise<void> {
    const seq = ++this.listSeq;
    this.loading = true;
    try {
      const list = await entitiesApi.list(this.query.trim(), this.type, ENTITY_LIMIT);
      if (seq === this.listSeq) this.list = list;
    } catch (err) {
      if (seq === this.listSeq) errors.report(err);
    } finally {
      if (seq === this.listSeq) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  async open(id: number | null, quiet = false): Promise<void> {
    const seq = ++this.openSeq;
    this.currentId = id;
    if (id === null) {
      this.current = null;
      return;
    }
    if (!quiet) this.currentLoading = true;
    try {
      const e = await entitiesApi.get(id);
      if (seq === this.openSeq) this.current = e;
    } catch (err) {
      if (seq !== this.openSeq) return;
      this.current = null;
      // Gone after an undo: close quietly.
      if (!(err instanceof ApiError && err.code === 'not_found' && quiet)) errors.report(err);
    } finally {
      if (seq === this.openSeq) this.currentLoading = false;
    }
  }

  private async change(fn: () => Promise<EntityDetail>): Promise<boolean> {
    try {
      const e = await fn();
      if (e.id === this.currentId) this.current = e;
      void this.load();
      return true;
    } catch (err) {
      errors.report(err);
      return false;
    }
  }

  update = (id: number, patch: { name?: string; type?: string; note?: string }) =>
    this.change(() => entitiesApi.update(id, patch));
  addAlias = (id: number, alias: string) => this.change(() => entitiesApi.addAlias(id, alias));
  removeAlias = (id: number, alias: string) => this.change(() => entitiesApi.removeAlias(id, alias));
}

export const entities = new EntitiesStore();
