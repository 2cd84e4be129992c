// Typed wrapper for app.EntityService (Go).
import { call } from './transport';

export interface EntitySummary {
  id: number;
  type: string;
  name: string;
  aliases: string[];
  mentions: number;
  articles: number;
}

export interface EntityMention {
  spanId: number;
  articleId: number;
  articleTitle: string;
  start: number;
  end: number;
  quote: string;
  state: string;
}

export interface EntityClaim {
  id: number;
  statement: string;
}

/** An entity with the first pages (200) of its mentions and claims, and their totals. */
export interface EntityDetail extends Omit<EntitySummary, 'mentions'> {
  note: string;
  mentions: EntityMention[];
  mentionTotal: number;
  claims: EntityClaim[];
  claimTotal: number;
}

export interface EntityClaimPage {
  claims: EntityClaim[];
  total: number;
}

export interface EntityMentionPage {
  mentions: EntityMention[];
  total: number;
}

export interface MergeProposal {
  a: EntitySummary;
  b: EntitySummary;
  score: number;
  reason: string;
}

export interface CoEntity {
  id: number;
  type: string;
  name: string;
  articles: number;
}

const S = 'EntityService';

function summary(e: EntitySummary): EntitySummary {
  return { ...e, aliases: e.aliases ?? [] };
}
function detail(e: EntityDetail): EntityDetail {
  const mentions = e.mentions ?? [];
  const claims = e.claims ?? [];
  return {
    ...e,
    aliases: e.aliases ?? [],
    mentions,
    mentionTotal: e.mentionTotal ?? mentions.length,
    claims,
    claimTotal: e.claimTotal ?? claims.length,
  };
}

/** The body an entity speaks for (a spokesman → his government); sourceId null: none. */
export interface SpeaksFor {
  entityId: number;
  sourceId: number | null;
  sourceName: string;
}

export const entitiesApi = {
  speaksFor: (id: number): Promise<SpeaksFor> => call<SpeaksFor>(S, 'GetSpeaksFor', id),
  /** sourceId 0 removes the link. */
  setSpeaksFor: (id: number, sourceId: number): Promise<SpeaksFor> => call<SpeaksFor>(S, 'SetSpeaksFor', id, sourceId),
  list: (query: string, type: string, limit: number): Promise<EntitySummary[]> =>
    call<EntitySummary[] | null>(S, 'List', query, type, limit).then((r) => (r ?? []).map(summary)),
  get: (id: number): Promise<EntityDetail> => call<EntityDetail>(S, 'Get', id).then(detail),
  /** `limit` (1–1000) of the entity's mentions from `offset`, in `get`'s order, and their total. */
  mentions: (id: number, offset: number, limit: number): Promise<EntityMentionPage> =>
    call<EntityMentionPage>(S, 'Mentions', id, offset, limit).then((p) => ({ mentions: p.mentions ?? [], total: p.total })),
  /** `limit` (1–1000) of the claims the entity takes part in from `offset`, in `get`'s order, and their total. */
  claims: (id: number, offset: number, limit: number): Promise<EntityClaimPage> =>
    call<EntityClaimPage>(S, 'Claims', id, offset, limit).then((p) => ({ claims: p.claims ?? [], total: p.total })),
  create: (input: { type: string; name: string; aliases: string[]; note: string }): Promise<EntityDetail> =>
    call<EntityDetail>(S, 'Create', input).then(detail),
  update: (id: number, patch: { name?: string; type?: string; note?: string }): Promise<EntityDetail> =>
    call<EntityDetail>(S, 'Update', id, patch).then(detail),
  addAlias: (id: number, alias: string): Promise<EntityDetail> => call<EntityDetail>(S, 'AddAlias', id, alias).then(detail),
  removeAlias: (id: number, alias: string): Promise<EntityDetail> =>
    call<EntityDetail>(S, 'RemoveAlias', id, alias).then(detail),
  merge: (fromId: number, intoId: number): Promise<EntityDetail> =>
    call<EntityDetail>(S, 'Merge', fromId, intoId).then(detail),
  split: (id: number, alias: string): Promise<EntityDetail> => call<EntityDetail>(S, 'Split', id, alias).then(detail),
  judge: (a: number, b: number, verdict: 'same' | 'different'): Promise<void> =>
    call<unknown>(S, 'Judge', a, b, verdict).then(() => undefined),
  proposeMerges: (limit: number): Promise<MergeProposal[]> =>
    call<MergeProposal[] | null>(S, 'ProposeMerges', limit).then((r) =>
      (r ?? []).map((p) => ({ ...p, a: summary(p.a), b: summary(p.b) })),
    ),
  coOccurring: (id: number): Promise<CoEntity[]> => call<CoEntity[] | null>(S, 'CoOccurring', id).then((r) => r ?? []),
};

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'date', 'number', 'quote', 'event'] as const;
