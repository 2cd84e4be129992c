// State of ClaimService and AssessmentService: the filtered claim list and
// the open claim with its mentions, assessments and audit history.
import { ApiError } from '../api';
import {
  claimsApi,
  EMPTY_FILTER,
  type AuditEntry,
  type ClaimDetail,
  type ClaimFilter,
  type ClaimSummary,
  type MentionPatch,
} from '../api/claims';
import { assessmentsApi, type AssessmentInput } from '../api/assessments';
import { tagsApi } from '../api/tags';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';

class ClaimsStore {
  filter = $state<ClaimFilter>({ ...EMPTY_FILTER });
  list = $state<ClaimSummary[]>([]);
  loading = $state(false);
  loaded = $state(false);

  currentId = $state<number | null>(null);
  current = $state<ClaimDetail | null>(null);
  currentLoading = $state(false);
  history = $state<AuditEntry[]>([]);

  private listSeq = 0;
  private openSeq = 0;
  private watching = false;

  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => void this.refresh());
    }
    if (!this.loaded && !this.loading) void this.load();
  }

  /** Reloads the list and the open claim (after any change anywhere). */
  async refresh(): Promise<void> {
    await Promise.all([this.load(), this.currentId !== null ? this.open(this.currentId, true) : undefined]);
  }

  async load(): Promise<void> {
    const seq = ++this.listSeq;
    this.loading = true;
    try {
      const list = await claimsApi.list($state.snapshot(this.filter));
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

  setFilter(patch: Partial<ClaimFilter>): void {
    this.filter = { ...this.filter, ...patch };
    void this.load();
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
      const [detail, history] = await Promise.all([
        claimsApi.get(id),
        claimsApi.history(id).catch((): AuditEntry[] => []),
      ]);
      if (seq !== this.openSeq) return;
      this.current = detail;
      this.history = history;
    } catch (err) {
      if (seq !== this.openSeq) return;
      this.current = null;
      if (!(quiet && err instanceof ApiError && err.code === 'not_found')) errors.report(err);
    } finally {
      if (seq === this.openSeq) this.currentLoading = false;
    }
  }

  /** Runs a change to the open claim; resolves true on success. The event refreshes the rest. */
  private async change(fn: () => Promise<unknown>): Promise<boolean> {
    try {
      const r = await fn();
      if (r && typeof r === 'object' && 'mentions' in r && (r as ClaimDetail).id === this.currentId) {
        this.current = r as ClaimDetail;
      }
      void this.refresh();
      return true;
    } catch (err) {
      errors.report(err);
      return false;
    }
  }

  update = (id: number, patch: { statement?: string; note?: string }) => this.change(() => claimsApi.update(id, patch));
  updateMention = (spanId: number, patch: MentionPatch) => this.change(() => claimsApi.updateMention(spanId, patch));
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
