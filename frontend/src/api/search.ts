// Typed wrapper for app.SearchService (Go).
import { call } from './transport';

export interface SearchHit {
  kind: 'article' | 'claim' | 'note';
  id: number;
  articleId: number | null;
  claimId: number | null;
  title: string;
  /** Plain text; matched words between '[' and ']' (see lib/snippet.ts). */
  snippet: string;
  start: number | null;
  end: number | null;
}

export const searchApi = {
  search: (query: string, limit: number): Promise<SearchHit[]> =>
    call<SearchHit[] | null>('SearchService', 'Search', query, limit).then((r) => r ?? []),
};
