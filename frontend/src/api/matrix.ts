// Typed wrapper for app.MatrixService (Go): what each article (or source)
// says of each claim.
import { call } from './transport';
import type { NormalizedValue } from './figures';

export type MatrixBy = 'article' | 'source';
export type Agreement = 'agrees' | 'conflicts' | 'only' | 'unknown';

export interface MatrixFilter {
  claimIds?: number[];
  articleIds?: number[];
  tag?: string;
  by: MatrixBy;
  /** 'YYYY-MM-DD' or '' for now */
  asOf: string;
  /** claims whose statement or note contains this (case-insensitive) */
  text?: string;
  /** at most this many rows (the most recently changed that pass the filter); 0/absent: all */
  limit?: number;
}

export interface MatrixColumn {
  id: string;
  kind: 'article' | 'source';
  articleId: number | null;
  sourceId: number | null;
  articleIds: number[];
  title: string;
  source: string;
  publishedAt: string;
  mentions: number;
}

export interface MatrixCell {
  columnId: string;
  articleId: number;
  spanIds: number[];
  start: number;
  end: number;
  quote: string;
  rawValue: string;
  hedge: string;
  attribution: string;
  isDirectQuote: boolean;
  agreement: Agreement;
  reasons: string[];
  normalized: NormalizedValue;
  /** The further values of the same mention (a date next to a figure …); absent or empty as of a past date. */
  moreValues?: NormalizedValue[];
}

export interface MatrixRow {
  claimId: number;
  statement: string;
  tags: string[];
  credibility: number | null;
  credibilityLabel: string;
  assessedAt: string;
  suggestedCredibility: number;
  suggestedLabel: string;
  suggestedReasons: string[];
  articles: number;
  origins: number;
  originNames: string[];
  conflicts: number;
  firstAppearance: { articleId: number; publishedAt: string } | null;
  cells: MatrixCell[];
}

export interface Matrix {
  by: MatrixBy;
  asOf: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** claims that pass the filter before the cap (= rows.length unless limited) */
  totalClaims: number;
  /** rows capped at the filter's limit; columns then only those with a cell */
  limited: boolean;
}

/** Go's nil slices arrive as null; normalise every list once. */
function normalise(m: Matrix): Matrix {
  return {
    ...m,
    totalClaims: m.totalClaims ?? (m.rows ?? []).length,
    limited: m.limited ?? false,
    columns: (m.columns ?? []).map((c) => ({ ...c, articleIds: c.articleIds ?? [] })),
    rows: (m.rows ?? []).map((r) => ({
      ...r,
      tags: r.tags ?? [],
      suggestedReasons: r.suggestedReasons ?? [],
      originNames: r.originNames ?? [],
      cells: (r.cells ?? []).map((c) => ({ ...c, spanIds: c.spanIds ?? [], reasons: c.reasons ?? [] })),
    })),
  };
}

export const matrixApi = {
  get: (filter: MatrixFilter): Promise<Matrix> => call<Matrix>('MatrixService', 'Get', filter).then(normalise),
};
