// State of EntityService: the filtered list and the open entity.
import { ApiError } from '../api';
import { entitiesApi, type CoEntity, type EntityDetail, type EntityPatch, type EntitySummary, type MergeProposal } from '../api/entities';
import { conflictMessage } from '../lib/saveConflict';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';
import { ChangeFollower } from '../lib/changeFollower';
import { nav } from './nav.svelte';
import { mentionRange } from '../lib/entityPages';
import { afterPaint } from '../lib/afterPaint';

/**
 * Entities listed at first, and at most (EntityService.List's bound). "Most mentioned
 * first" costs the server the same for any limit; 100 rows instead of 500 save ~0.2 s of
 * reading and laying out, and "Show more" asks for ENTITY_STEP more.
 */
export const ENTITY_LIMIT = 100;
export const ENTITY_STEP = 200;
export const ENTITY_MAX = 1000;

class EntitiesStore {
  query = $state('');
  type = $state('');
  list = $state<EntitySummary[]>([]);
  loading = $state(false);
  loaded = $state(false);
  /** How many the list asks for (ENTITY_LIMIT, more after "Show more"). */
  limit = $state(ENTITY_LIMIT);

  currentId = $state<number | null>(null);
  current = $state<EntityDetail | null>(null);
  currentLoading = $state(false);
  /** Entities mentioned in the same articles as the open one (read after the page is shown). */
  coOccurring = $state<CoEntity[]>([]);
  coLoading = $state(false);
  /** True while a further page of the open entity's mentions (claims) is on its way. */
  loadingMore = $state({ mentions: false, claims: false });

  proposals = $state<MergeProposal[]>([]);
  proposalsLoaded = $state(false);
  /** True while a merge, split or judgement is on its way. */
  busy = $state(false);

  private listSeq = 0;
  private openSeq = 0;
  private proposalSeq = 0;
  private coSeq = 0;
  private watching = false;

  // Changes are followed while the view is shown; one missed while hidden refreshes
  // when it is shown again (the list alone costs seconds on 100,000 entities).
  private follower = new ChangeFollower(
    () => nav.view === 'entities',
    () => {
      void this.load().then(() => this.loadProposals());
      if (this.currentId !== null) void this.open(this.currentId, true);
    },
  );

  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => this.follower.changed());
    } else this.follower.resume();
    // Near-duplicate proposals (0.4–3 s of server work on 100,000 entities) are asked for
    // once the list is painted, so they never hold it up.
    const list = !this.loaded && !this.loading ? this.load() : Promise.resolve();
    if (!this.proposalsLoaded) void list.then(afterPaint).then(() => this.loadProposals());
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
      const list = await entitiesApi.list(this.query.trim(), this.type, this.limit);
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

  /** Lists ENTITY_STEP more (up to ENTITY_MAX). */
  showMore(): Promise<void> {
    this.limit = Math.min(this.limit + ENTITY_STEP, ENTITY_MAX);
    return this.load();
  }

  /** Whether the list may have more rows than it shows. */
  get hasMore(): boolean {
    return this.list.length >= this.limit && this.limit < ENTITY_MAX;
  }

  async open(id: number | null, quiet = false): Promise<void> {
    const seq = ++this.openSeq;
    this.currentId = id;
    if (id === null) {
      this.current = null;
      this.coSeq++;
      this.coOccurring = [];
      this.coLoading = false;
      return;
    }
    if (!quiet) this.currentLoading = true;
    // A refresh keeps as many mentions and claims as were shown (up to a page of 1,000).
    const same = quiet && this.current?.id === id;
    const shown = same ? this.current!.mentions.length : 0;
    const shownClaims = same ? this.current!.claims.length : 0;
    try {
      // The page first (its first 200 mentions); the entities mentioned with it (up to
      // 1 s for one named in thousands of articles) follow, after it is painted.
      let e = await entitiesApi.get(id);
      if (seq !== this.openSeq) return;
      const more = mentionRange(e.mentions.length, e.mentionTotal, Math.min(shown, 1000) - e.mentions.length);
      if (more) {
        const p = await entitiesApi.mentions(id, more.offset, more.limit);
        if (seq !== this.openSeq) return;
        e = { ...e, mentions: [...e.mentions, ...p.mentions], mentionTotal: p.total };
      }
      const moreClaims = mentionRange(e.claims.length, e.claimTotal, Math.min(shownClaims, 1000) - e.claims.length);
      if (moreClaims) {
        const p = await entitiesApi.claims(id, moreClaims.offset, moreClaims.limit);
        if (seq !== this.openSeq) return;
        e = { ...e, claims: [...e.claims, ...p.claims], claimTotal: p.total };
      }
      this.current = e;
      this.currentLoading = false;
      void this.loadCoOccurring(id, quiet);
    } catch (err) {
      if (seq !== this.openSeq) return;
      this.current = null;
      this.coSeq++;
      this.coOccurring = [];
      this.coLoading = false;
      // Gone after an undo: close quietly.
      if (!(err instanceof ApiError && err.code === 'not_found' && quiet)) errors.report(err);
    } finally {
      if (seq === this.openSeq) this.currentLoading = false;
    }
  }

  private async loadCoOccurring(id: number, quiet: boolean): Promise<void> {
    const seq = ++this.coSeq;
    if (!quiet) {
      this.coOccurring = [];
      this.coLoading = true;
    }
    await afterPaint();
    if (seq !== this.coSeq) return;
    try {
      const co = await entitiesApi.coOccurring(id);
      if (seq === this.coSeq) this.coOccurring = co;
    } catch {
      if (seq === this.coSeq) this.coOccurring = [];
    } finally {
      if (seq === this.coSeq) this.coLoading = false;
    }
  }

  /** Reads the open entity's next `step` mentions and appends them. */
  moreMentions = (step: number) =>
    this.more('mentions', step, (e, r) =>
      entitiesApi.mentions(e.id, r.offset, r.limit).then((p) => ({ mentions: [...e.mentions, ...p.mentions], mentionTotal: p.total })),
    );
  /** Reads the open entity's next `step` claims and appends them. */
  moreClaims = (step: number) =>
    this.more('claims', step, (e, r) =>
      entitiesApi.claims(e.id, r.offset, r.limit).then((p) => ({ claims: [...e.claims, ...p.claims], claimTotal: p.total })),
    );

  private async more(
    kind: 'mentions' | 'claims',
    step: number,
    read: (e: EntityDetail, r: { offset: number; limit: number }) => Promise<Partial<EntityDetail>>,
  ): Promise<void> {
    const e = this.current;
    if (!e || this.loadingMore[kind]) return;
    const r = kind === 'mentions' ? mentionRange(e.mentions.length, e.mentionTotal, step) : mentionRange(e.claims.length, e.claimTotal, step);
    if (!r) return;
    const seq = this.openSeq;
    this.loadingMore[kind] = true;
    try {
      const next = await read(e, r);
      if (seq === this.openSeq && this.current === e) this.current = { ...e, ...next };
    } catch (err) {
      errors.report(err);
    } finally {
      this.loadingMore[kind] = false;
    }
  }

  /** Runs a change; a save another window's newer edit refused goes to onConflict when given (lib/saveConflict). */
  private async change(fn: () => Promise<EntityDetail>, onConflict?: (message: string) => void): Promise<boolean> {
    try {
      const e = await fn();
      if (e.id === this.currentId) this.current = e;
      void this.load();
      return true;
    } catch (err) {
      const conflict = onConflict ? conflictMessage(err) : null;
      if (conflict !== null) onConflict!(conflict);
      else errors.report(err);
      return false;
    }
  }

  /** Creates an entity (or adds the name to the one of that type and name); it, or null on failure (reported). */
  async create(type: 'person' | 'organisation', name: string): Promise<EntityDetail | null> {
    let made: EntityDetail | null = null;
    await this.change(async () => (made = await entitiesApi.create({ type, name, aliases: [], note: '' })));
    return made;
  }

  update = (id: number, patch: EntityPatch, onConflict?: (message: string) => void) =>
    this.change(() => entitiesApi.update(id, patch), onConflict);
  addAlias = (id: number, alias: string) => this.change(() => entitiesApi.addAlias(id, alias));
  removeAlias = (id: number, alias: string) => this.change(() => entitiesApi.removeAlias(id, alias));

  /** Runs a merge/split/judgement, then refreshes the list and the proposals; the result, or null on failure. */
  private async decide<T>(fn: () => Promise<T>): Promise<T | null> {
    this.busy = true;
    try {
      const r = await fn();
      void this.load().then(() => this.loadProposals());
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
