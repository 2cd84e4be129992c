// Typed wrapper for app.SpanService (Go), plus the two TagService calls the reader's side
// panel needs (TagSpan, UntagSpan). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { ReaderSpan, Span, SpanInput, SpanPatch, Tag } from './contract.gen';

/**
 * A span's kind is entity | claim | note, its state suggested | accepted | rejected, its
 * anchorStatus exact | fuzzy | orphan; start and end are code points, half-open. A
 * ReaderSpan (ListForReader) is a Span without the anchoring context and bookkeeping the
 * reader never shows; a full Span is one too.
 */
export type { ReaderSpan, Span, SpanInput, SpanPatch };
export type SpanTag = Tag;
export type SpanKind = 'entity' | 'claim' | 'note';
export type SpanState = 'suggested' | 'accepted' | 'rejected';

const S = 'SpanService';
const T = 'TagService';

export const spansApi = {
  listForArticle: (articleId: number, includeRejected = false): Promise<Span[]> => call(S, 'ListForArticle', articleId, includeRejected),
  /** The article's spans for the reader: rejected ones left out, fields as ReaderSpan (~40 % less to send). */
  listForReader: (articleId: number): Promise<ReaderSpan[]> => call(S, 'ListForReader', articleId),
  get: (id: number): Promise<Span> => call(S, 'Get', id),
  create: (input: SpanInput): Promise<Span> => call(S, 'Create', input),
  update: (id: number, patch: SpanPatch): Promise<Span> => call(S, 'Update', id, patch),
  delete: (id: number): Promise<void> => call(S, 'Delete', id),
  setState: (ids: number[], state: SpanState): Promise<void> => call(S, 'SetState', ids, state),
  tag: (spanId: number, name: string): Promise<Span> => call(T, 'TagSpan', spanId, name),
  untag: (spanId: number, tagId: number): Promise<Span> => call(T, 'UntagSpan', spanId, tagId),
};
