// Typed wrapper for app.SuggestionService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { RunItem, RunSummary, Suggestion, SuggestionFilter } from './contract.gen';

export const SUGGESTION_TYPES = ['person', 'organisation', 'place', 'date', 'number', 'quote', 'event'] as const;

/** SuggestionFilter: articleId 0 = every article, type '' = every type, minConfidence 0–1, rule '' = every rule, limit 0 = none (List only). */
export type { RunItem, RunSummary, Suggestion, SuggestionFilter };

export const EMPTY_SUGGESTION_FILTER: SuggestionFilter = { articleId: 0, type: '', minConfidence: 0, rule: '', limit: 0 };

const S = 'SuggestionService';

export const suggestionsApi = {
  /** articleId 0 = the latest version of every article. */
  run: (articleId: number): Promise<RunSummary> => call(S, 'Run', articleId),
  runForArticles: (ids: number[]): Promise<RunSummary> => call(S, 'RunForArticles', ids),
  cancel: (): Promise<boolean> => call(S, 'Cancel'),
  list: (filter: SuggestionFilter): Promise<Suggestion[]> =>
    call(S, 'List', filter),
  /** How many wait under the filter's article, confidence and rule, per type (type and limit unused). */
  counts: (filter: SuggestionFilter): Promise<Record<string, number>> =>
    call(S, 'Counts', filter),
  accept: (spanIds: number[]): Promise<number> => call(S, 'Accept', spanIds),
  reject: (spanIds: number[]): Promise<number> => call(S, 'Reject', spanIds),
  /** Accepts one waiting suggestion as another type, in one action (1 when it accepted). */
  acceptAs: (spanId: number, type: string): Promise<number> => call(S, 'AcceptAs', spanId, type),
  acceptWhere: (filter: SuggestionFilter): Promise<number> => call(S, 'AcceptWhere', filter),
};
