// State of MatrixService: the claim × article (or source) grid, its query
// (by, asOf) and the view's sort and filter. The matrix is kept raw (not
// deeply reactive): it is replaced whole on each load and read, never edited.
import { matrixApi, type Matrix, type MatrixBy } from '../api/matrix';
import type { SortDir, SortKey } from '../lib/matrix';
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

  private seq = 0;
  private stop: (() => void) | undefined;

  /** Loads now and after every workspace change until the returned function is called. */
  watch(): () => void {
    this.stop ??= onWorkspaceChanged(() => void this.load());
    void this.load();
    return () => {
      this.stop?.();
      this.stop = undefined;
    };
  }

  async load(): Promise<void> {
    const seq = ++this.seq;
    this.loading = true;
    try {
      const m = await matrixApi.get({ by: this.by, asOf: this.asOf });
      if (seq === this.seq) this.data = m;
    } catch (err) {
      if (seq === this.seq) errors.report(err);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
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
