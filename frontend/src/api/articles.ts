// Typed wrapper for app.ArticleService (Go). Field names mirror its JSON.
import { call } from './transport';

export interface ArticleSummary {
  id: number;
  title: string;
  /** Outlet name; '' if unknown. */
  source: string;
  sourceId: number | null;
  /** 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM', or '' if unknown. */
  publishedAt: string;
  /** Length of the body in Unicode code points. */
  charCount: number;
  /** RFC 3339. */
  importedAt: string;
  /** Counts for the list (0 from Get): accepted entity and claim mentions, unreviewed suggestions. */
  entities?: number;
  claims?: number;
  suggestions?: number;
}

export interface Article extends ArticleSummary {
  /** Immutable text: NFC, LF line endings. Offsets into it are code points. */
  body: string;
  sha256: string;
  url: string;
  byline: string;
  /** A language tag ('en', 'ko'), '' if unknown. */
  language: string;
  encoding: string;
  version: number;
}

/** The analyst's edit of an article's own facts (ArticleService.Update); '' = unknown. */
export interface ArticleUpdate {
  /** The outlet by name: an existing source, a known alias ('AP'), or a new source. */
  outlet: string;
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM', not after today. */
  publishedAt: string;
  url: string;
  byline: string;
  language: string;
}

/** One page of the list (ArticleService.ListPage) and the number of articles in all. */
export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
  offset: number;
}

/** An article as a picker offers it (ArticleService.Find). */
export interface ArticleChoice {
  id: number;
  title: string;
  source: string;
  publishedAt: string;
}

const S = 'ArticleService';

export const articlesApi = {
  list: (): Promise<ArticleSummary[]> => call<ArticleSummary[] | null>(S, 'List').then((r) => r ?? []),
  /** limit articles from offset, in List's order; at most 1,000 per call. */
  listPage: (offset: number, limit: number): Promise<ArticlePage> =>
    call<ArticlePage>(S, 'ListPage', offset, limit).then((r) => ({ items: r?.items ?? [], total: r?.total ?? 0, offset: r?.offset ?? offset })),
  get: (id: number): Promise<Article> => call<Article>(S, 'Get', id),
  /** Sets the article's outlet, date, URL, byline and language (one undoable action); answers the article. */
  update: (id: number, u: ArticleUpdate): Promise<Article> => call<Article>(S, 'Update', id, u),
  /** Up to limit (1–200) articles whose title has the query's words (the last a prefix), newest first; '' = the newest. */
  find: (query: string, limit: number): Promise<ArticleChoice[]> => call<ArticleChoice[] | null>(S, 'Find', query, limit).then((r) => r ?? []),
};
