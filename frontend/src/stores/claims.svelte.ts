// State of ClaimService and AssessmentService: the filtered claim list (paged:
// the rows on screen are fetched with ListPage as the list scrolls; 50,000 claims
// as one List were 14 MB and seconds) and the open claim with its mentions,
// assessments and audit history.
import { ApiError } from '../api';
import {
  claimsApi,
  EMPTY_FILTER,
  type AuditEntry,
  type ClaimDetail,
  type ClaimFilter,
  type ClaimPatch,
  type ClaimSummary,
  type MentionPatch,
} from '../api/claims';
import { conflictMessage } from '../lib/saveConflict';
import { assessmentsApi, type AssessmentInput } from '../api/assessments';
import { tagsApi } from '../api/tags';
import { PagedList } from '../lib/pagedList';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';
import { ChangeFollower } from '../lib/changeFollower';
import { nav } from './nav.svelte';
import { workspace } from './workspace.svelte';

/** Rows per ListPage call: a screenful is ~8 rows. */
export const CLAIM_PAGE = 50;

class ClaimsStore {
  filter = $state<ClaimFilter>({ ...EMPTY_FILTER });
  /** Claims passing the filter (from the last page answered). */
  total = $state(0);
  /** Bumped whenever rows arrive, so views that read row() re-render. */
  rev = $state(0);
  loading = $state(false);
  loaded = $state(false);

  currentId = $state<number | null>(null);
  current = $state<ClaimDetail | null>(null);
  currentLoading = $state(false);
  history = $state<AuditEntry[]>([]);

  private listSeq = 0;
  private openSeq = 0;
  private watching = false;
  private pages = this.newPages();
  /** The rows the list shows now (a reload refetches just those). */
  private visible = { start: 0, end: CLAIM_PAGE };

  private newPages(): PagedList<ClaimSummary> {
    const filter = $state.snapshot(this.filter);
    const pages: PagedList<ClaimSummary> = new PagedList<ClaimSummary>(
      (o, l) => claimsApi.listPage(filter, o, l),
      CLAIM_PAGE,
      () => {
        if (pages !== this.pages) return;
        this.total = Math.max(0, pages.total);
        this.rev++;
      },
    );
    return pages;
  }

  /** The claim at a row, if its page has arrived. Reading it tracks rev. */
  row(index: number): ClaimSummary | undefined {
    void this.rev;
    return this.pages.get(index);
  }

  /** The list shows rows [start, end): fetch their pages if missing. */
  async show(start: number, end: number): Promise<void> {
    this.visible = { start, end };
    const pages = this.pages;
    try {
      await pages.ensure(start, end);
    } catch (err) {
      if (pages === this.pages) errors.report(err);
    }
  }

  /** Changes are followed while the claims view is shown; one missed refreshes when it is shown again. */
  private follower = new ChangeFollower(
    () => nav.view === 'claims',
    () => void this.refresh(),
  );

  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => this.follower.changed());
    } else this.follower.resume();
    if (!this.loaded && !this.loading) void this.load();
  }

  /** Reloads the list and the open claim (after any change anywhere). */
  async refresh(): Promise<void> {
    await Promise.all([this.load(), this.currentId !== null ? this.open(this.currentId, true) : undefined]);
  }

  /**
   * Reloads the list: with a new filter (fresh) from its first rows, else (the workspace
   * changed) the rows on screen, which stay until their new page replaces them.
   */
  async load(fresh = false): Promise<void> {
    const seq = ++this.listSeq;
    this.loading = true;
    if (fresh) {
      this.pages = this.newPages();
      this.visible = { start: 0, end: CLAIM_PAGE };
    }
    const pages = this.pages;
    try {
      await pages.reload(this.visible.start, this.visible.end);
      if (seq === this.listSeq && pages === this.pages) {
        this.total = Math.max(0, pages.total);
        this.rev++;
      }
    } catch (err) {
      if (seq === this.listSeq) errors.report(err);
    } finally {
      if (seq === this.listSeq) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  setFilter(patch: Partial<ClaimFilter>): void {
    this.filter = { ...this.filter, ...patch };
    void this.load(true);
  }

  /** Opens a claim (null closes it); quiet = a refresh, no spinner, a vanished claim just closes. */
  async open(id: number | null, quiet = false): Promise<void> {
    const seq = ++this.openSeq;
    if (id !== this.currentId) this.history = [];
    this.currentId = id;
    if (id === null) {
      this.current = null;
      return;
    }
    if (!quiet || this.current?.id !== id) this.currentLoading = true;
    try {
      // Both leave at once, but the page shows as soon as the claim is here: its history
      // (a folded section) comes after, and no longer holds up the page and the
      // verification reads that follow it (~110 ms on the sample, measured).
      const asked = claimsApi.get(id); // first: the page waits for this one only
      const history = claimsApi.history(id).catch((): AuditEntry[] => []);
      const detail = await asked;
      if (seq !== this.openSeq) return;
      this.current = detail;
      void history.then((h) => {
        if (seq === this.openSeq) this.history = h;
      });
    } catch (err) {
      if (seq !== this.openSeq) return;
      this.current = null;
      // A claim that is not there (deleted, or an id from an old address) is closed, so the
      // address lets go of it instead of failing again on every reload.
      if (err instanceof ApiError && err.code === 'not_found') this.currentId = null;
      if (!(quiet && err instanceof ApiError && err.code === 'not_found')) errors.report(err);
    } finally {
      if (seq === this.openSeq) this.currentLoading = false;
    }
  }

  /**
   * Runs a change to the open claim; resolves true on success. The event refreshes the rest.
   * A save refused because another window changed the record since (lib/saveConflict) goes
   * to onConflict when the form gives one, to keep the typing beside the message.
   */
  private async change(fn: () => Promise<unknown>, onConflict?: (message: string) => void): Promise<boolean> {
    try {
      const r = await fn();
      if (r && typeof r === 'object' && 'mentions' in r && (r as ClaimDetail).id === this.currentId) {
        this.current = r as ClaimDetail;
      }
      void this.refresh();
      return true;
    } catch (err) {
      const conflict = onConflict ? conflictMessage(err) : null;
      if (conflict !== null) {
        onConflict!(conflict);
        void this.refresh();
      } else errors.report(err);
      return false;
    }
  }

  update = (id: number, patch: ClaimPatch, onConflict?: (message: string) => void) =>
    this.change(() => claimsApi.update(id, patch), onConflict);

  /** Which workspace the claims on screen belong to (workspace.opened, moved on by File ▸ Open). */
  get workspace(): number {
    return workspace.opened;
  }
  /** Saves a draft typed on a claim of workspace `of`; nothing when the workspace has changed since. */
  keepDraft(of: number, id: number, patch: { note: string; readAt: number }): void {
    if (of !== this.workspace) return;
    // the page is gone: a refusal says what the note held, so it can still be copied
    void this.update(id, patch, (m) => errors.report(new ApiError('conflict', `${m} The note you typed: “${patch.note}”`)));
  }
  updateMention = (spanId: number, patch: MentionPatch, onConflict?: (message: string) => void) =>
    this.change(() => claimsApi.updateMention(spanId, patch), onConflict);
  removeMention = (spanId: number) => this.change(() => claimsApi.removeMention(spanId));
  addAssessment = (input: AssessmentInput) => this.change(() => assessmentsApi.add(input));
  tag = (claimId: number, name: string) => this.change(() => tagsApi.tagClaim(claimId, name));
  untag = (claimId: number, tagId: number) => this.change(() => tagsApi.untagClaim(claimId, tagId));

  /** The claim deleted last, offered for undo until the next deletion or undo. */
  deleted = $state<{ id: number; statement: string } | null>(null);

  async remove(id: number): Promise<boolean> {
    const statement = this.current?.id === id ? this.current.statement : '';
    try {
      await claimsApi.delete(id);
    } catch (err) {
      errors.report(err);
      return false;
    }
    this.deleted = { id, statement };
    // Close before refreshing, so the refresh does not ask for the deleted claim.
    if (this.currentId === id) await this.open(null);
    void this.load();
    return true;
  }

  /** Undoes the deletion (HistoryService.Undo) and reopens the claim. */
  async undoDelete(): Promise<void> {
    const d = this.deleted;
    this.deleted = null;
    if (!d) return;
    if (await this.change(() => claimsApi.undo())) await this.open(d.id);
  }
}

export const claims = new ClaimsStore();
