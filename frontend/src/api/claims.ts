// Typed wrapper for app.ClaimService (Go), plus the claim's audit history
// (HistoryService.ForRow('claims', id)). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { AuditEntry, ClaimDetail, ClaimFilter, ClaimInput, ClaimPage, ClaimPatch, ClaimSummary, Mention, MentionInput, MentionPatch, OriginLink } from './contract.gen';

/**
 * A claim filter: credibility 0 = any, 1–6, 7 = ungraded; tag '' = any; the ids 0 = any.
 * A mention's originChain runs from the outlet to the root ('AFP ← Interfax'; roles
 * outlet | channel | speaker | body | origin); originKey is '' when it adds no origin.
 * A MentionPatch leaves out what stays; speakerEntityId / channelSourceId / originSourceId 0 clears.
 */
export type { AuditEntry, ClaimDetail, ClaimFilter, ClaimInput, ClaimPage, ClaimPatch, ClaimSummary, Mention, MentionInput, MentionPatch, OriginLink };

export const EMPTY_FILTER: ClaimFilter = { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0, sort: '' };

/** A mention's stance toward its claim (Go checks it). */
export type Stance = 'asserts' | 'denies' | 'doubts' | 'unconfirmed';
export const STANCES: { value: Stance; label: string }[] = [
  { value: 'asserts', label: 'asserts' },
  { value: 'denies', label: 'denies' },
  { value: 'doubts', label: 'doubts' },
  { value: 'unconfirmed', label: 'reports as unconfirmed' },
];

const S = 'ClaimService';

export const claimsApi = {
  /** One page of the filtered list (List's order) and how many claims pass the filter. */
  listPage: (filter: Partial<ClaimFilter>, offset: number, limit: number): Promise<ClaimPage> =>
    call(S, 'ListPage', { ...EMPTY_FILTER, ...filter }, offset, limit),
  list: (filter: Partial<ClaimFilter> = {}): Promise<ClaimSummary[]> => call(S, 'List', { ...EMPTY_FILTER, ...filter }),
  get: (id: number): Promise<ClaimDetail> => call(S, 'Get', id),
  create: (input: ClaimInput): Promise<ClaimDetail> => call(S, 'Create', input),
  update: (id: number, patch: ClaimPatch): Promise<ClaimDetail> => call(S, 'Update', id, patch),
  delete: (id: number): Promise<void> => call(S, 'Delete', id),
  addMention: (input: MentionInput): Promise<ClaimDetail> => call(S, 'AddMention', input),
  updateMention: (spanId: number, patch: MentionPatch): Promise<ClaimDetail> => call(S, 'UpdateMention', spanId, patch),
  removeMention: (spanId: number): Promise<ClaimDetail> => call(S, 'RemoveMention', spanId),
  /** HistoryService.Undo: takes back the latest action (e.g. a claim deletion). */
  undo: (): Promise<unknown> => call('HistoryService', 'Undo'),
  history: (id: number): Promise<AuditEntry[]> => call('HistoryService', 'ForRow', 'claims', id),
};
