// Machine suggestions (SuggestionService): the review list and its filter,
// running the suggester on demand, and accepting / rejecting (one undoable
// action each). The list is loaded for the article and confidence filters; the
// type filter is applied here so the type chips can show every type's count.
import { suggestionsApi, type RunSummary, type Suggestion, type SuggestionFilter } from '../api/suggestions';
import { annotations } from './annotations.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';
import { onWorkspaceChanged } from './changes';
import { nav } from './nav.svelte';

export interface ReviewFilter {
  articleId: number;
  type: string;
  minConfidence: number;
}

class SuggestionsStore {
  filter = $state<ReviewFilter>({ articleId: 0, type: '', minConfidence: 0 });
  /** Every suggestion for the article and confidence filters (all types). */
  all = $state.raw<Suggestion[]>([]);
  loading = $state(false);
  loaded = $state(false);
  /** Span id of the focused row. */
  focusedId = $state<number | null>(null);
  busy = $state(false);
  status = $state('');

  shown = $derived(this.filter.type ? this.all.filter((s) => s.type === this.filter.type) : this.all);

  private seq = 0;
  private watching = false;

  watch(): void {
    if (!this.watching) {
      this.watching = true;
      onWorkspaceChanged(() => void this.load());
    }
    if (!this.loaded && !this.loading) void this.load();
  }

  private apiFilter(f: Partial<SuggestionFilter> = {}): SuggestionFilter {
    return { articleId: this.filter.articleId, type: '', minConfidence: this.filter.minConfidence, rule: '', limit: 0, ...f };
  }

  async load(): Promise<void> {
    const seq = ++this.seq;
    this.loading = true;
    try {
      const list = await suggestionsApi.list(this.apiFilter());
      if (seq !== this.seq) return;
      this.all = list;
      if (this.focusedId !== null && !list.some((s) => s.spanId === this.focusedId)) this.focusedId = null;
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
    const reload = (patch.articleId !== undefined && patch.articleId !== this.filter.articleId) || (patch.minConfidence !== undefined && patch.minConfidence !== this.filter.minConfidence);
    this.filter = { ...this.filter, ...patch };
    if (reload) void this.load();
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
    }
  }

  accept(ids: number[]): Promise<number> {
    return this.decide('Accepted {n}', () => suggestionsApi.accept(ids));
  }

  reject(ids: number[]): Promise<number> {
    return this.decide('Rejected {n}', () => suggestionsApi.reject(ids));
  }

  /** How many acceptWhere() would accept now (asks Go, across every page). */
  async countWhere(): Promise<number> {
    return (await suggestionsApi.list(this.apiFilter({ type: this.filter.type }))).length;
  }

  /** Accepts every suggestion matching the current filters (type, article, minimum confidence). */
  acceptWhere(): Promise<number> {
    const f = this.apiFilter({ type: this.filter.type });
    return this.decide('Accepted {n}', () => suggestionsApi.acceptWhere(f));
  }
}

export const suggestions = new SuggestionsStore();
