// Cross-source verification of the open claim (ClaimPage): independent
// origins, the stored normalised values of its
// mentions, the suggested grade, proposed matches in other articles and
// attribution suggestions. Follows claims.currentId; refreshes on changes.
import { ApiError } from '../api';
import { matchingApi, candidateRef, WEAKER_PAGE, type MatchCandidate } from '../api/matching';
import { originsApi, type ClaimOriginChain } from '../api/origins';
import { gradesApi, type GradeSuggestion } from '../api/grades';
import { matrixApi } from '../api/matrix';
import { figuresApi, type NormalizedValue } from '../api/figures';
import { attributionApi, type AttributionSuggestion } from '../api/attribution';
import type { ClaimDetail } from '../api/claims';
import { claims } from './claims.svelte';
import { errors } from './errors.svelte';
import { onWorkspaceChanged, touches } from './changes';

export interface MentionValue {
  value: NormalizedValue;
  /** true: stored by FigureService; false: a FigureService.Parse preview */
  stored: boolean;
  /** The mention's further values (stored only). */
  more?: NormalizedValue[];
  /** The figure or date as the reading found it in the text, and its hedge ('Nine', ''): the matrix cell's; absent for a preview. */
  read?: { raw: string; hedge: string };
}

class VerifyStore {
  claimId = $state<number | null>(null);
  chain = $state.raw<ClaimOriginChain | null>(null);
  suggestion = $state.raw<GradeSuggestion | null>(null);
  values = $state.raw<Map<number, MentionValue>>(new Map());
  loading = $state(false);

  proposals = $state.raw<MatchCandidate[] | null>(null);
  proposing = $state(false);
  /** Keys (articleId:start:end) of the checked candidates, proposals and weaker matches alike. */
  picked = $state<Record<string, boolean>>({});
  /** The bar the proposals pass (MatchProposals.threshold); the weaker matches are under it. */
  threshold = $state(0);
  /** The first weaker matches (under the bar), best first, and how many there are in all. */
  weaker = $state.raw<MatchCandidate[]>([]);
  weakerTotal = $state(0);
  /** How many weaker matches are asked for: a page more on each "Show more". */
  weakerWanted = $state(WEAKER_PAGE);
  weakerOpen = $state(false);
  loadingMore = $state(false);

  attribution = $state<Record<number, AttributionSuggestion>>({});

  private seq = 0;
  private stop: (() => void) | undefined;

  watch(): () => void {
    this.stop ??= onWorkspaceChanged((tables) => {
      if (this.claimId === null) return;
      void this.load(this.claimId, true);
      // Proposals on show follow what changes them (an undo or redo of "Add as mentions",
      // a span marked in the reader): proposed again, the analyst's ticks kept.
      if (this.proposals !== null && !this.proposing && touches(tables, ['spans', 'claim_mentions'])) void this.propose(true);
    });
    return () => {
      this.stop?.();
      this.stop = undefined;
    };
  }

  /** Loads the verification data of a claim (null clears it). */
  async load(id: number | null, quiet = false): Promise<void> {
    const seq = ++this.seq;
    if (id !== this.claimId) {
      this.claimId = id;
      this.chain = null;
      this.suggestion = null;
      this.values = new Map();
      this.proposals = null;
      this.picked = {};
      this.weaker = [];
      this.weakerTotal = 0;
      this.weakerWanted = WEAKER_PAGE;
      this.weakerOpen = false;
      this.attribution = {};
    }
    if (id === null) return;
    if (!quiet) this.loading = true;
    try {
      // The claim's row of the matrix, read for its own articles only: with the claim
      // alone, MatrixService.Get answers a column for every article (4.3 MB, 2.5 s on
      // 20,000 articles).
      const articleIds = [...new Set((claims.current?.id === id ? claims.current.mentions : []).map((m) => m.articleId))];
      // The contradictions come with the claim (ClaimService.Get lists the first 100 and
      // counts the rest): ConflictService.ForClaim sent them all a second time (16.8 MB for
      // a claim of 200 distinct readings, on every refresh).
      const [chain, suggestion, m] = await Promise.all([
        originsApi.claimOrigins(id),
        gradesApi.suggest(id),
        articleIds.length > 0 ? matrixApi.get({ by: 'article', asOf: '', claimIds: [id], articleIds }) : null,
      ]);
      if (seq !== this.seq) return;
      this.chain = chain;
      this.suggestion = suggestion;
      const values = new Map<number, MentionValue>();
      for (const c of m?.rows[0]?.cells ?? []) {
        const first = c.spanIds[0];
        if (first !== undefined && c.normalized && c.normalized.kind !== 'none') values.set(first, { value: c.normalized, stored: true, more: c.moreValues, read: { raw: c.rawValue, hedge: c.hedge } });
      }
      this.values = values;
      void this.previewValues(seq);
    } catch (err) {
      if (seq !== this.seq) return;
      if (!(quiet && err instanceof ApiError && err.code === 'not_found')) errors.report(err);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  /** Mentions with a figure as written but no stored value shown (e.g. a second mention in one article): a Parse preview. */
  private async previewValues(seq: number): Promise<void> {
    const claim = claims.current;
    if (!claim || claim.id !== this.claimId) return;
    const todo = claim.mentions.filter((m) => m.state === 'accepted' && m.rawValue.trim() !== '' && !this.values.has(m.spanId));
    if (todo.length === 0) return;
    // one Parse per distinct text and date: a claim of 10,000 mentions on one figure asks
    // once per article date, not 10,000 times
    const parsed = new Map<string, ReturnType<typeof figuresApi.parse>>();
    const got = await Promise.all(
      todo.map((m) => {
        const text = `${m.hedge} ${m.rawValue}`.trim();
        const date = /^\d{4}-\d{2}-\d{2}/.test(m.publishedAt) ? m.publishedAt.slice(0, 10) : '';
        const key = `${date} ${text}`;
        let p = parsed.get(key);
        if (!p) {
          p = figuresApi.parse(text, date);
          parsed.set(key, p);
        }
        return p.then((v) => [m.spanId, v] as const).catch(() => null);
      }),
    );
    if (seq !== this.seq) return;
    const next = new Map(this.values);
    for (const g of got) if (g && g[1].kind !== 'none') next.set(g[0], { value: g[1], stored: false });
    this.values = next;
  }

  // ---- matches -------------------------------------------------------------------

  /**
   * Proposes sentences of other articles (MatchService.Proposals), and the weaker matches
   * under the bar apart. quiet: a refresh after a change, not the analyst's click: the
   * button does not turn to "Looking…" (it would lose the focus) and the candidates still
   * proposed stay ticked. Weaker matches are never ticked by the app.
   */
  async propose(quiet = false): Promise<void> {
    const id = this.claimId;
    if (id === null) return;
    if (!quiet) this.proposing = true;
    try {
      const got = await matchingApi.proposals(id, this.weakerWanted);
      if (id !== this.claimId) return;
      const keep = quiet ? this.picked : {};
      this.proposals = got.candidates;
      this.threshold = got.threshold;
      this.weaker = got.weaker;
      this.weakerTotal = got.weakerTotal;
      this.picked = Object.fromEntries([...got.candidates, ...got.weaker].map(VerifyStore.key).filter((k) => keep[k]).map((k) => [k, true]));
    } catch (err) {
      if (!(quiet && err instanceof ApiError && err.code === 'not_found')) errors.report(err);
    } finally {
      if (!quiet) this.proposing = false;
    }
  }

  /** Shows a page more of the weaker matches (asked again, longer: the shown ones stay, ticked as they were). */
  async moreWeaker(): Promise<void> {
    if (this.claimId === null || this.loadingMore) return;
    this.loadingMore = true;
    this.weakerWanted += WEAKER_PAGE;
    try {
      await this.propose(true);
    } finally {
      this.loadingMore = false;
    }
  }

  static key(c: { articleId: number; start: number; end: number }): string {
    return `${c.articleId}:${c.start}:${c.end}`;
  }

  /** The ticked proposals, or the ticked weaker matches: each list is decided on by its own buttons. */
  pickedIn(list: 'proposals' | 'weaker'): MatchCandidate[] {
    return ((list === 'weaker' ? this.weaker : this.proposals) ?? []).filter((c) => this.picked[VerifyStore.key(c)]);
  }

  get pickedCandidates(): MatchCandidate[] {
    return this.pickedIn('proposals');
  }

  /** Accepts (as mentions) or rejects the checked candidates of one list in one action; drops them from it. */
  async decide(kind: 'accept' | 'reject', list: 'proposals' | 'weaker' = 'proposals'): Promise<boolean> {
    const id = this.claimId;
    const chosen = this.pickedIn(list);
    if (id === null || chosen.length === 0) return false;
    try {
      const refs = chosen.map(candidateRef);
      const detail: ClaimDetail = kind === 'accept' ? await matchingApi.accept(id, refs) : await matchingApi.reject(id, refs);
      const gone = new Set(chosen.map(VerifyStore.key));
      if (list === 'weaker') {
        this.weaker = this.weaker.filter((c) => !gone.has(VerifyStore.key(c)));
        this.weakerTotal = Math.max(0, this.weakerTotal - gone.size);
      } else {
        this.proposals = (this.proposals ?? []).filter((c) => !gone.has(VerifyStore.key(c)));
      }
      // the other list's ticks stay
      this.picked = Object.fromEntries(Object.entries(this.picked).filter(([k, v]) => v && !gone.has(k)));
      if (detail && detail.id === claims.currentId) void claims.refresh();
      return true;
    } catch (err) {
      errors.report(err);
      return false;
    }
  }

  // ---- attribution -----------------------------------------------------------

  async suggestAttribution(spanId: number): Promise<AttributionSuggestion | null> {
    try {
      const s = await attributionApi.suggest(spanId);
      this.attribution = { ...this.attribution, [spanId]: s };
      return s;
    } catch (err) {
      errors.report(err);
      return null;
    }
  }

  dismissAttribution(spanId: number): void {
    const next = { ...this.attribution };
    delete next[spanId];
    this.attribution = next;
  }

  async applyAttribution(spanId: number, s: AttributionSuggestion): Promise<boolean> {
    try {
      await attributionApi.apply(spanId, s);
      this.dismissAttribution(spanId);
      void claims.refresh();
      return true;
    } catch (err) {
      errors.report(err);
      return false;
    }
  }

  // ---- grade ----------------------------------------------------------------------

  /** current: the claim's grade the page showed ("Replace 3 with 4": 3), null when none. */
  async acceptGrade(current: number | null): Promise<boolean> {
    const id = this.claimId;
    const shown = this.suggestion?.credibility;
    if (id === null || shown === undefined) return false;
    try {
      await gradesApi.accept(id, shown, current ?? 0);
      void claims.refresh();
      return true;
    } catch (err) {
      errors.report(err);
      // refused because the suggestion or the claim's grade moved: the button shows what
      // it would store now, and in place of which grade
      if (err instanceof ApiError && err.code === 'conflict') {
        void this.load(id, true);
        void claims.refresh();
      }
      return false;
    }
  }

  async overrideGrade(credibility: number, reason: string): Promise<boolean> {
    const id = this.claimId;
    if (id === null) return false;
    try {
      await gradesApi.override(id, credibility, reason);
      void claims.refresh();
      return true;
    } catch (err) {
      errors.report(err);
      return false;
    }
  }
}

export { VerifyStore };
export const verify = new VerifyStore();
