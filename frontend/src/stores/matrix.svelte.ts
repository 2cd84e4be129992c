// State of MatrixService: the claim × article (or source) grid, its query
// (by, asOf) and the view's sort and filter. The matrix is kept raw (not
// deeply reactive): it is replaced whole on each load and read, never edited.
import { matrixApi, type Matrix, type MatrixBy } from '../api/matrix';
import { scopeRequest, type SortDir, type SortKey } from '../lib/matrix';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';

class MatrixStore {
  by = $state<MatrixBy>('article');
  asOf = $state('');
  data = $state.raw<Matrix | null>(null);
  loading = $state(false);

  text = $state('');
  tag = $state('');
  sortKey = $state<SortKey>('first');
  sortDir = $state<SortDir>('asc');
  showEmpty = $state(false);
  /**
   * The workspace has more claims than the view's cap (an answer came back
   * limited): the tag and text filters are then the server's, so they reach
   * every claim. A smaller workspace is read whole and filtered in the view.
   */
  bounded = $state(false);

  private seq = 0;
  private textTimer: ReturnType<typeof setTimeout> | undefined;
  private stop: (() => void) | undefined;

  /** Loads now and after every workspace change until the returned function is called. */
  watch(): () => void {
    this.stop ??= onWorkspaceChanged(() => void this.load());
    if (!this.loading) void this.load(); // else the tab's prefetch is on its way
    return () => {
      this.stop?.();
      this.stop = undefined;
    };
  }

  /**
   * Asks for the grid as the tab is clicked, while the view's code is still
   * loading (~80-120 ms on the big workspace); watch() then waits for it.
   */
  prefetch(): void {
    if (!this.loading) void this.load();
  }

  async load(): Promise<void> {
    const seq = ++this.seq;
    this.loading = true;
    try {
      const scope = scopeRequest(this.bounded, this.text, this.tag);
      const m = await matrixApi.get({ by: this.by, asOf: this.asOf, ...scope });
      if (seq === this.seq) {
        this.data = m;
        // an unfiltered answer tells whether the workspace is over the cap
        if (m.limited) this.bounded = true;
        else if (scope.text === undefined && scope.tag === undefined) this.bounded = false;
      }
    } catch (err) {
      if (seq === this.seq) errors.report(err);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  /** The claim filter: applied here at once, or (bounded) asked of the server after typing stops. */
  setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    if (!this.bounded) return;
    clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => void this.load(), 250);
  }

  setTag(tag: string): void {
    if (tag === this.tag) return;
    this.tag = tag;
    if (this.bounded) void this.load();
  }

  setBy(by: MatrixBy): void {
    if (by === this.by) return;
    this.by = by;
    void this.load();
  }

  setAsOf(asOf: string): void {
    if (asOf === this.asOf) return;
    this.asOf = asOf;
    void this.load();
  }

  sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'asc' ? 'desc' : 'asc';
    else {
      this.sortKey = key;
      // Most independent origins first is the useful default.
      this.sortDir = key === 'origins' ? 'desc' : 'asc';
    }
  }
}

export const matrix = new MatrixStore();
