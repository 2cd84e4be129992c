// Typed wrapper for app.SearchService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { SearchHit } from './contract.gen';

/** kind is 'article', 'claim' or 'note'; the snippet is plain text with matched words between '[' and ']' (lib/snippet.ts). */
export type { SearchHit };

export const searchApi = {
  search: (query: string, limit: number): Promise<SearchHit[]> => call('SearchService', 'Search', query, limit),
};
