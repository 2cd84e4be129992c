// Typed wrapper for app.ClaimService (Go), plus the claim's audit history
// (HistoryService.ForRow('claims', id)).
import { call } from './transport';
import type { Tag } from './tags';
import type { Assessment } from './assessments';
import type { ValueConflict } from './conflicts';

export interface ClaimFilter {
  text: string;
  /** 0 = any, 1–6, 7 = ungraded. */
  credibility: number;
  /** Tag name; '' = any. */
  tag: string;
  /** 0 = any. */
  entityId: number;
  sourceId: number;
  articleId: number;
}

export const EMPTY_FILTER: ClaimFilter = { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0 };

export interface ClaimSummary {
  id: number;
  statement: string;
  credibility: number | null;
  credibilityLabel: string;
  mentions: number;
  articles: number;
  origins: number;
  tags: Tag[];
  updatedAt: string;
}

export interface Mention {
  spanId: number;
  articleId: number;
  articleTitle: string;
  source: string;
  sourceReliability: string;
  publishedAt: string;
  start: number;
  end: number;
  quote: string;
  state: string;
  rawValue: string;
  hedge: string;
  speakerEntityId: number | null;
  speakerName: string;
  channelSourceId: number | null;
  channelName: string;
  channelText: string;
  isDirectQuote: boolean;
  /** e.g. 'B2' */
  grade: string;
  /** The origin chain (schema v9): the root named or set, the speaker's body, own reporting. */
  originSourceId: number | null;
  originSource: string;
  speaksFor: string;
  ownReporting: boolean;
  /** 'analyst', or the rule that suggested the attribution ('rule:origin') */
  attributionBy: string;
  /** From the outlet to the root: 'AFP ← Interfax'. */
  originChain: OriginLink[];
  /** '' when the mention is unattributed (adds no origin) */
  originKey: string;
  originName: string;
  stance: Stance;
  stanceBy: string;
}

export interface OriginLink {
  name: string;
  /** outlet | channel | speaker | body | origin */
  role: string;
}

export type Stance = 'asserts' | 'denies' | 'doubts' | 'unconfirmed';
export const STANCES: { value: Stance; label: string }[] = [
  { value: 'asserts', label: 'asserts' },
  { value: 'denies', label: 'denies' },
  { value: 'doubts', label: 'doubts' },
  { value: 'unconfirmed', label: 'reports as unconfirmed' },
];

export interface ClaimDetail extends Omit<ClaimSummary, 'mentions'> {
  note: string;
  createdBy: string;
  createdAt: string;
  mentions: Mention[];
  assessments: Assessment[];
  /** '4 articles, 1 origin: Interfax' */
  originSummary: string;
  contradictions: ValueConflict[];
}

export interface MentionInput {
  claimId: number | null;
  newStatement: string;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  rawValue: string;
  hedge: string;
  speakerEntityId: number | null;
  channelSourceId: number | null;
  channelText: string;
  isDirectQuote: boolean;
}

/** Omitted fields stay as they are; speakerEntityId / channelSourceId 0 clears them. */
export interface MentionPatch {
  rawValue?: string;
  hedge?: string;
  speakerEntityId?: number | null;
  channelSourceId?: number | null;
  channelText?: string;
  isDirectQuote?: boolean;
  /** 0 clears it */
  originSourceId?: number | null;
  ownReporting?: boolean;
  stance?: Stance;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  table: string;
  rowId: number | null;
  batch: string;
  summary: string;
  before: unknown;
  after: unknown;
  undoesId: number | null;
  /** The workspace an entry was merged from ('' for this workspace's own). */
  from: string;
}

const S = 'ClaimService';

/** ClaimDetail.mentions may arrive as null from Go; normalise the lists. */
function detail(d: ClaimDetail): ClaimDetail {
  return {
    ...d,
    mentions: (d.mentions ?? []).map((m) => ({ ...m, originChain: m.originChain ?? [] })),
    assessments: d.assessments ?? [],
    tags: d.tags ?? [],
    contradictions: d.contradictions ?? [],
  };
}

export interface ClaimPage {
  items: ClaimSummary[];
  total: number;
  offset: number;
}

export const claimsApi = {
  /** One page of the filtered list (List's order) and how many claims pass the filter. */
  listPage: (filter: Partial<ClaimFilter>, offset: number, limit: number): Promise<ClaimPage> =>
    call<ClaimPage>(S, 'ListPage', { ...EMPTY_FILTER, ...filter }, offset, limit).then((p) => ({
      items: (p.items ?? []).map((c) => ({ ...c, tags: c.tags ?? [] })),
      total: p.total,
      offset: p.offset,
    })),
  list: (filter: Partial<ClaimFilter> = {}): Promise<ClaimSummary[]> =>
    call<ClaimSummary[] | null>(S, 'List', { ...EMPTY_FILTER, ...filter }).then((r) =>
      (r ?? []).map((c) => ({ ...c, tags: c.tags ?? [] })),
    ),
  get: (id: number): Promise<ClaimDetail> => call<ClaimDetail>(S, 'Get', id).then(detail),
  create: (input: { statement: string; note: string; tags: string[] }): Promise<ClaimDetail> =>
    call<ClaimDetail>(S, 'Create', input).then(detail),
  update: (id: number, patch: { statement?: string; note?: string }): Promise<ClaimDetail> =>
    call<ClaimDetail>(S, 'Update', id, patch).then(detail),
  delete: (id: number): Promise<void> => call<void>(S, 'Delete', id),
  addMention: (input: MentionInput): Promise<ClaimDetail> => call<ClaimDetail>(S, 'AddMention', input).then(detail),
  updateMention: (spanId: number, patch: MentionPatch): Promise<ClaimDetail> =>
    call<ClaimDetail>(S, 'UpdateMention', spanId, patch).then(detail),
  removeMention: (spanId: number): Promise<ClaimDetail> => call<ClaimDetail>(S, 'RemoveMention', spanId).then(detail),
  /** HistoryService.Undo: takes back the latest action (e.g. a claim deletion). */
  undo: (): Promise<unknown> => call<unknown>('HistoryService', 'Undo'),
  history: (id: number): Promise<AuditEntry[]> =>
    call<AuditEntry[] | null>('HistoryService', 'ForRow', 'claims', id).then((r) => r ?? []),
};
