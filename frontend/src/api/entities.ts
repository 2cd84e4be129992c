// Typed wrapper for app.EntityService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { CoEntity, EntityClaim, EntityClaimPage, EntityDetail, EntityInput, EntityMention, EntityMentionPage, EntityPatch, EntityRemoval, EntitySummary, MergeProposal, SpeaksFor } from './contract.gen';

/**
 * An EntityDetail carries the first pages (200) of its mentions and claims and their
 * totals; SpeaksFor is the body an entity speaks for (a spokesman → his government),
 * sourceId null: none.
 */
export type { CoEntity, EntityClaim, EntityClaimPage, EntityDetail, EntityInput, EntityMention, EntityMentionPage, EntityPatch, EntityRemoval, EntitySummary, MergeProposal, SpeaksFor };

const S = 'EntityService';

export const entitiesApi = {
  speaksFor: (id: number): Promise<SpeaksFor> => call(S, 'GetSpeaksFor', id),
  /** sourceId 0 removes the link. */
  setSpeaksFor: (id: number, sourceId: number): Promise<SpeaksFor> => call(S, 'SetSpeaksFor', id, sourceId),
  list: (query: string, type: string, limit: number): Promise<EntitySummary[]> => call(S, 'List', query, type, limit),
  get: (id: number): Promise<EntityDetail> => call(S, 'Get', id),
  /** `limit` (1–1000) of the entity's mentions from `offset`, in `get`'s order, and their total. */
  mentions: (id: number, offset: number, limit: number): Promise<EntityMentionPage> => call(S, 'Mentions', id, offset, limit),
  /** `limit` (1–1000) of the claims the entity takes part in from `offset`, in `get`'s order, and their total. */
  claims: (id: number, offset: number, limit: number): Promise<EntityClaimPage> => call(S, 'Claims', id, offset, limit),
  create: (input: EntityInput): Promise<EntityDetail> => call(S, 'Create', input),
  update: (id: number, patch: EntityPatch): Promise<EntityDetail> => call(S, 'Update', id, patch),
  addAlias: (id: number, alias: string): Promise<EntityDetail> => call(S, 'AddAlias', id, alias),
  removeAlias: (id: number, alias: string): Promise<EntityDetail> => call(S, 'RemoveAlias', id, alias),
  /** What `remove` would take, in words (`summary`), changing nothing; its `readAt` goes to `remove`. */
  previewRemove: (id: number): Promise<EntityRemoval> => call(S, 'PreviewRemove', id),
  /** Deletes the entity and what hangs on it, one undoable action; refused (conflict) when something changed since `readAt`. */
  remove: (id: number, readAt: number | null): Promise<EntityRemoval> => call(S, 'Remove', id, readAt),
  merge: (fromId: number, intoId: number): Promise<EntityDetail> => call(S, 'Merge', fromId, intoId),
  split: (id: number, alias: string): Promise<EntityDetail> => call(S, 'Split', id, alias),
  judge: (a: number, b: number, verdict: 'same' | 'different'): Promise<void> => call(S, 'Judge', a, b, verdict),
  proposeMerges: (limit: number): Promise<MergeProposal[]> => call(S, 'ProposeMerges', limit),
  coOccurring: (id: number): Promise<CoEntity[]> => call(S, 'CoOccurring', id),
};

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'date', 'number', 'quote', 'event'] as const;
