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

export interface EntityDetail extends Omit<EntitySummary, 'mentions'> {
  note: string;
  mentions: EntityMention[];
  claims: { id: number; statement: string }[];
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
  return { ...e, aliases: e.aliases ?? [], mentions: e.mentions ?? [], claims: e.claims ?? [] };
}

export const entitiesApi = {
  list: (query: string, type: string, limit: number): Promise<EntitySummary[]> =>
    call<EntitySummary[] | null>(S, 'List', query, type, limit).then((r) => (r ?? []).map(summary)),
  get: (id: number): Promise<EntityDetail> => call<EntityDetail>(S, 'Get', id).then(detail),
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
