// Typed wrapper for app.SpanService (Go), plus the two TagService calls the
// reader's side panel needs (TagSpan, UntagSpan). Field names mirror app/spans.go.
import { call } from './transport';

export interface SpanTag {
  id: number;
  name: string;
  color: string;
}

export type SpanKind = 'entity' | 'claim' | 'note';
export type SpanState = 'suggested' | 'accepted' | 'rejected';

export interface Span {
  id: number;
  articleId: number;
  kind: SpanKind;
  /** '' unless kind is entity. */
  entityType: string;
  entityId: number | null;
  entityName: string;
  claimId: number | null;
  claimStatement: string;
  /** Code points, half-open. */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  anchorStatus: 'exact' | 'fuzzy' | 'orphan';
  state: SpanState;
  origin: string;
  confidence: number;
  note: string;
  annotator: string;
  createdAt: string;
  updatedAt: string;
  tags: SpanTag[];
}

/**
 * A span as the reader shows it (SpanService.ListForReader): Span without the anchoring
 * context and the bookkeeping it never shows. A full Span (Create, Update) is one too.
 */
export type ReaderSpan = Omit<Span, 'prefix' | 'suffix' | 'annotator' | 'createdAt' | 'updatedAt'>;

export interface SpanInput {
  articleId: number;
  kind: 'entity' | 'note';
  entityType: string;
  entityId: number | null;
  newEntityName: string;
  start: number;
  end: number;
  quote: string;
  note: string;
  tags: string[];
}

export interface SpanPatch {
  start?: number;
  end?: number;
  quote?: string;
  entityType?: string;
  entityId?: number;
  newEntityName?: string;
  note?: string;
}

const S = 'SpanService';
const T = 'TagService';

export const spansApi = {
  listForArticle: (articleId: number, includeRejected = false): Promise<Span[]> =>
    call<Span[] | null>(S, 'ListForArticle', articleId, includeRejected).then((r) => r ?? []),
  /** The article's spans for the reader: rejected ones left out, fields as ReaderSpan (~40 % less to send). */
  listForReader: (articleId: number): Promise<ReaderSpan[]> =>
    call<ReaderSpan[] | null>(S, 'ListForReader', articleId).then((r) => r ?? []),
  get: (id: number): Promise<Span> => call<Span>(S, 'Get', id),
  create: (input: SpanInput): Promise<Span> => call<Span>(S, 'Create', input),
  update: (id: number, patch: SpanPatch): Promise<Span> => call<Span>(S, 'Update', id, patch),
  delete: (id: number): Promise<void> => call<void>(S, 'Delete', id),
  setState: (ids: number[], state: SpanState): Promise<void> => call<void>(S, 'SetState', ids, state),
  tag: (spanId: number, name: string): Promise<Span> => call<Span>(T, 'TagSpan', spanId, name),
  untag: (spanId: number, tagId: number): Promise<Span> => call<Span>(T, 'UntagSpan', spanId, tagId),
};
