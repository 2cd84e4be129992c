// Typed wrapper for app.SuggestionService (Go). Field names mirror app/suggestions.go.
import { call } from './transport';

export const SUGGESTION_TYPES = ['person', 'organisation', 'place', 'date', 'number', 'quote', 'event'] as const;

export interface SuggestionFilter {
  /** 0 = every article. */
  articleId: number;
  /** '' = every type. */
  type: string;
  /** 0–1. */
  minConfidence: number;
  /** '' = every rule. */
  rule: string;
  /** 0 = no limit (List only). */
  limit: number;
}

export interface Suggestion {
  spanId: number;
  articleId: number;
  articleTitle: string;
  type: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  rule: string;
  origin: string;
  confidence: number;
  entityId: number | null;
  entityName: string;
  isNewEntity: boolean;
  normalized: string;
  hedge: string;
  speakerName: string;
}

export interface RunItem {
  articleId: number;
  title: string;
  suggested: number;
  skipped: number;
}

export interface RunSummary {
  articles: number;
  suggested: number;
  skipped: number;
  cancelled: boolean;
  items: RunItem[];
}

export const EMPTY_SUGGESTION_FILTER: SuggestionFilter = { articleId: 0, type: '', minConfidence: 0, rule: '', limit: 0 };

const S = 'SuggestionService';

export const suggestionsApi = {
  /** articleId 0 = the latest version of every article. */
  run: (articleId: number): Promise<RunSummary> => call<RunSummary>(S, 'Run', articleId),
  runForArticles: (ids: number[]): Promise<RunSummary> => call<RunSummary>(S, 'RunForArticles', ids),
  cancel: (): Promise<boolean> => call<boolean>(S, 'Cancel'),
  list: (filter: SuggestionFilter): Promise<Suggestion[]> =>
    call<Suggestion[] | null>(S, 'List', filter).then((r) => r ?? []),
  /** How many wait under the filter's article, confidence and rule, per type (type and limit unused). */
  counts: (filter: SuggestionFilter): Promise<Record<string, number>> =>
    call<Record<string, number> | null>(S, 'Counts', filter).then((r) => r ?? {}),
  accept: (spanIds: number[]): Promise<number> => call<number>(S, 'Accept', spanIds),
  reject: (spanIds: number[]): Promise<number> => call<number>(S, 'Reject', spanIds),
  acceptWhere: (filter: SuggestionFilter): Promise<number> => call<number>(S, 'AcceptWhere', filter),
};
