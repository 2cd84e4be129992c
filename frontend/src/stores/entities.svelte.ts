// State of EntityService: the filtered list and the open entity.
import { ApiError } from '../api';
import { entitiesApi, type CoEntity, type EntityDetail, type EntitySummary, type MergeProposal } from '../api/entities';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';
import { ChangeFollower } from '../lib/changeFollower';
import { nav } from './nav.svelte';

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
  /** Entities mentioned in the same articles as the open one. */
  coOccurring = $state<CoEntity[]>([]);

  proposals = $state<MergeProposal[]>([]);
  proposalsLoaded = $state(false);
  /** True while a merge, split or judgement is on its way. */
  busy = $state(false);

  private listSeq = 0;
  private openSeq = 0;
  private proposalSeq = 0;
  private watching = false;

  // Changes are followed while the view is shown; one missed while hidden refreshes
  // when it is shown again (the list alone costs seconds on 100,000 entities).
  private follower = new ChangeFollower(
    () => nav.view === 'entities',
    () => {
      void this.load();
      void this.loadProposals();
      if (this.currentId !== null) void this.open(this.currentId, true);
    },
  );

  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => this.follower.changed());
    } else this.follower.resume();
    if (!this.loaded && !this.loading) void this.load();
    if (!this.proposalsLoaded) void this.loadProposals();
  }

  async loadProposals(): Promise<void> {
    const seq = ++this.proposalSeq;
    try {
      const list = await entitiesApi.proposeMerges(50);
      if (seq === this.proposalSeq) this.proposals = list;
    } catch (err) {
      if (seq === this.proposalSeq) errors.report(err);
    } finally {
      if (seq === this.proposalSeq) this.proposalsLoaded = true;
    }
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
      this.coOccurring = [];
      return;
    }
    if (!quiet) this.currentLoading = true;
    try {
      const [e, co] = await Promise.all([entitiesApi.get(id), entitiesApi.coOccurring(id).catch(() => [] as CoEntity[])]);
      if (seq === this.openSeq) {
        this.current = e;
        this.coOccurring = co;
      }
    } catch (err) {
      if (seq !== this.openSeq) return;
      this.current = null;
      this.coOccurring = [];
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

  /** Runs a merge/split/judgement, then refreshes the list and the proposals; the result, or null on failure. */
  private async decide<T>(fn: () => Promise<T>): Promise<T | null> {
    this.busy = true;
    try {
      const r = await fn();
      void this.load();
      void this.loadProposals();
      return r;
    } catch (err) {
      errors.report(err);
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** Merges `fromId` into `intoId`; the surviving entity, or null. */
  merge = (fromId: number, intoId: number) => this.decide(() => entitiesApi.merge(fromId, intoId));
  /** Takes `alias` off entity `id` into a new entity; the new entity, or null. */
  split = (id: number, alias: string) => this.decide(() => entitiesApi.split(id, alias));
  judge = (a: number, b: number, verdict: 'same' | 'different') =>
    this.decide(() => entitiesApi.judge(a, b, verdict).then(() => true));
}

export const entities = new EntitiesStore();
