// State of SearchService: the query and its hits.
import { ApiError } from '../api';
import { searchApi, type SearchHit } from '../api/search';
import { errors } from './errors.svelte';
import { onWorkspaceChanged } from './changes';

export const SEARCH_LIMIT = 100;

class SearchStore {
  query = $state('');
  /** The query the hits answer (the box may have changed since). */
  searched = $state('');
  hits = $state<SearchHit[]>([]);
  loading = $state(false);
  /** An `invalid` answer (bad query syntax): shown under the box, not as a banner. */
  hint = $state('');
  private seq = 0;
  private watching = false;

  watch(): void {
    if (this.watching) return;
    this.watching = true;
    onWorkspaceChanged(() => {
      if (this.searched) void this.run(this.searched);
    });
  }

  async run(query: string): Promise<void> {
    const q = query.trim();
    const seq = ++this.seq;
    if (q === '') {
      this.hits = [];
      this.searched = '';
      this.hint = '';
      return;
    }
    this.loading = true;
    try {
      const hits = await searchApi.search(q, SEARCH_LIMIT);
      if (seq !== this.seq) return;
      this.hits = hits;
      this.searched = q;
      this.hint = '';
    } catch (err) {
      if (seq !== this.seq) return;
      this.hits = [];
      this.searched = q;
      // The hint under the box is about this query only: a failure of another kind clears an old one.
      this.hint = err instanceof ApiError && err.code === 'invalid' ? err.message : '';
      if (this.hint === '') errors.report(err);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }
}

export const search = new SearchStore();
