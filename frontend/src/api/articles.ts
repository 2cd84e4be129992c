// Typed wrapper for app.ArticleService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { Article, ArticleChoice, ArticlePage, ArticleRemoval, ArticleSummary, ArticleUpdate, PageSnapshot } from './contract.gen';

export type { Article, ArticleChoice, ArticlePage, ArticleRemoval, ArticleSummary, ArticleUpdate, PageSnapshot };

const S = 'ArticleService';

/** ListPageOf's sourceId for the articles with no outlet (Go's app.NoOutlet). */
export const NO_OUTLET = -1;

export const articlesApi = {
  list: (): Promise<ArticleSummary[]> => call(S, 'List'),
  /** limit articles from offset, in List's order; at most 1,000 per call. */
  listPage: (offset: number, limit: number): Promise<ArticlePage> => call(S, 'ListPage', offset, limit),
  /** listPage narrowed to one outlet (sourceId > 0; NO_OUTLET: the articles with no outlet; 0: every article). */
  listPageOf: (sourceId: number, offset: number, limit: number): Promise<ArticlePage> => call(S, 'ListPageOf', sourceId, offset, limit),
  get: (id: number): Promise<Article> => call(S, 'Get', id),
  /** Sets the article's outlet, date, URL, byline and language (one undoable action); answers the article. */
  update: (id: number, u: ArticleUpdate): Promise<Article> => call(S, 'Update', id, u),
  /** The pages fetched for an article, newest first; [] for an article from a file. */
  snapshots: (articleId: number): Promise<PageSnapshot[]> => call(S, 'Snapshots', articleId),
  /** Up to limit (1–200) articles whose title has the query's words (the last a prefix), newest first; '' = the newest. */
  find: (query: string, limit: number): Promise<ArticleChoice[]> => call(S, 'Find', query, limit),
  /** What remove(ids) would take with it, in counts and in the confirmation's sentences; changes nothing. */
  previewRemove: (ids: number[]): Promise<ArticleRemoval> => call(S, 'PreviewRemove', ids),
  /**
   * Removes the articles (each with all its versions) and what only they held: one undoable
   * action, when it still takes what `confirmed` (the summary of the preview the analyst
   * read) says; else conflict, and nothing is removed.
   */
  remove: (ids: number[], confirmed: string[]): Promise<ArticleRemoval> => call(S, 'RemoveConfirmed', ids, confirmed),
  /** The articles that hold the sample corpus a new workspace starts with ([] once removed). */
  sampleIds: (): Promise<number[]> => call(S, 'SampleIDs'),
};
