// Machine suggestions (SuggestionService): the review list and its filter,
// running the suggester on demand, and accepting / rejecting (one undoable
// action each). Only the first `limit` suggestions of the filters are loaded
// ("Show more" asks for more), and the type chips' counts come from
// SuggestionService.Counts: 100,000 suggestions were 40 MB and 9 s to open.
import { suggestionsApi, type RunSummary, type Suggestion, type SuggestionFilter } from '../api/suggestions';
import { annotations } from './annotations.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';
import { onWorkspaceChanged } from './changes';
import { nav } from './nav.svelte';
import { ChangeFollower } from '../lib/changeFollower';

export interface ReviewFilter {
  articleId: number;
  type: string;
  minConfidence: number;
}

/** Suggestions loaded at first, and added by each "Show more". */
export const SUGGESTION_PAGE = 100;

class SuggestionsStore {
  filter = $state<ReviewFilter>({ articleId: 0, type: '', minConfidence: 0 });
  /** The first `limit` suggestions of the filters (type included), in list order. */
  shown = $state.raw<Suggestion[]>([]);
  limit = $state(SUGGESTION_PAGE);
  /** Suggestions per type for the article and confidence filters (every type). */
  counts = $state.raw<Record<string, number>>({});
  /** Suggestions waiting for the article and confidence filters (every type). */
  total = $derived(Object.values(this.counts).reduce((a, b) => a + b, 0));
  /** Suggestions of the filters, type included: shown is the first `limit` of them. */
  matching = $derived(this.filter.type ? (this.counts[this.filter.type] ?? 0) : this.total);
  loading = $state(false);
  loaded = $state(false);
  /** Span id of the focused row. */
  focusedId = $state<number | null>(null);
  busy = $state(false);
  status = $state('');

  private seq = 0;
  private watching = false;

  /** Changes are followed while the view is shown; one missed reloads when it is shown again. */
  private follower = new ChangeFollower(
    () => nav.view === 'suggestions',
    () => void this.load(),
  );

  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => this.follower.changed());
    } else this.follower.resume();
    if (!this.loaded && !this.loading) void this.load();
  }

  private apiFilter(f: Partial<SuggestionFilter> = {}): SuggestionFilter {
    return { articleId: this.filter.articleId, type: '', minConfidence: this.filter.minConfidence, rule: '', limit: 0, ...f };
  }

  /** The latest load(): settled() waits for it, and for any started meanwhile. */
  private latest: Promise<void> = Promise.resolve();

  load(): Promise<void> {
    this.latest = this.loadNow();
    return this.latest;
  }

  /**
   * Resolves once the list is the latest one asked for: a load started meanwhile (the
   * workspace:changed event of the very change just made) supersedes an earlier one,
   * which then returns without the rows, and the decided row was still listed.
   */
  async settled(): Promise<void> {
    let p: Promise<void>;
    do {
      p = this.latest;
      await p;
    } while (p !== this.latest);
  }

  private async loadNow(): Promise<void> {
    const seq = ++this.seq;
    this.loading = true;
    try {
      // The rows first, painted as soon as they come; then the counts (every
      // suggestion of the filters grouped by type: ~0.5 s on 100,000), asked
      // after so that they do not slow the rows down on a busy machine.
      const list = await suggestionsApi.list(this.apiFilter({ type: this.filter.type, limit: this.limit }));
      if (seq !== this.seq) return;
      this.shown = list;
      this.loaded = true;
      if (this.focusedId !== null && !list.some((s) => s.spanId === this.focusedId)) this.focusedId = null;
      const counts = await suggestionsApi.counts(this.apiFilter());
      if (seq === this.seq) this.counts = counts;
    } catch (err) {
      if (seq === this.seq) errors.report(err);
    } finally {
      if (seq === this.seq) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  setFilter(patch: Partial<ReviewFilter>): void {
    const f = this.filter;
    const reload =
      (patch.articleId !== undefined && patch.articleId !== f.articleId) ||
      (patch.minConfidence !== undefined && patch.minConfidence !== f.minConfidence) ||
      (patch.type !== undefined && patch.type !== f.type);
    this.filter = { ...f, ...patch };
    if (reload) {
      this.limit = SUGGESTION_PAGE;
      void this.load();
    }
  }

  /** Loads the next SUGGESTION_PAGE suggestions too. */
  more(): void {
    this.limit += SUGGESTION_PAGE;
    void this.load();
  }

  /** Runs the suggester on one article (or every article with 0); opens the review list after. */
  async run(articleId: number, title = ''): Promise<RunSummary | undefined> {
    try {
      const sum = await progress.track('suggest', () => suggestionsApi.run(articleId), title);
      const where = articleId ? `in “${title || sum.items[0]?.title || 'the article'}”` : `in ${sum.articles} article${sum.articles === 1 ? '' : 's'}`;
      const text = sum.suggested ? `${sum.suggested} new suggestion${sum.suggested === 1 ? '' : 's'} ${where}${sum.cancelled ? ' (cancelled)' : ''}` : `No new suggestions ${where}`;
      progress.say(text, { label: 'Review', run: () => this.review(articleId) });
      await Promise.all([this.load(), annotations.refresh(), annotations.refreshHistory()]);
      return sum;
    } catch (err) {
      errors.report(err);
      return undefined;
    }
  }

  /** Opens the review list on one article (0 = all). */
  review(articleId: number): void {
    this.filter = { ...this.filter, articleId, type: '' };
    this.limit = SUGGESTION_PAGE;
    nav.open('suggestions', { articleId });
    void this.load();
  }

  private async decide(what: string, fn: () => Promise<number>): Promise<number> {
    this.busy = true;
    try {
      const n = await fn();
      this.status = what.replace('{n}', String(n));
      return n;
    } catch (err) {
      errors.report(err);
      return 0;
    } finally {
      this.busy = false;
      await Promise.all([this.load(), annotations.refresh(), annotations.refreshHistory()]);
      await this.settled();
    }
  }

  accept(ids: number[]): Promise<number> {
    return this.decide('Accepted {n}', () => suggestionsApi.accept(ids));
  }

  reject(ids: number[]): Promise<number> {
    return this.decide('Rejected {n}', () => suggestionsApi.reject(ids));
  }

  /** Accepts one suggestion as another type (a place read as an organisation): one action, one undo. */
  acceptAs(id: number, type: string): Promise<number> {
    return this.decide(`Accepted {n} as ${type}`, () => suggestionsApi.acceptAs(id, type));
  }

  /**
   * What acceptWhere() would accept now (asks Go, across every page): the filter as
   * it is and how many match it, to be confirmed and then accepted as they were.
   */
  async countWhere(): Promise<{ filter: SuggestionFilter; n: number }> {
    const filter = this.apiFilter({ type: this.filter.type });
    const counts = await suggestionsApi.counts(this.apiFilter());
    const n = this.filter.type ? (counts[this.filter.type] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
    return { filter, n };
  }

  /**
   * Accepts every suggestion matching the filter countWhere() gave, if as many match
   * as the analyst confirmed (n); Go refuses, accepting nothing, when the number has
   * changed since (a run in the background, another window).
   */
  acceptWhere(filter: SuggestionFilter, n: number): Promise<number> {
    return this.decide('Accepted {n}', () => suggestionsApi.acceptWhere({ ...filter, expect: n }));
  }
}

export const suggestions = new SuggestionsStore();
