// Typed wrapper for app.TagService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { Tag, TagPatch, TagSummary } from './contract.gen';

/** color is '#RRGGBB'. */
export type { Tag, TagPatch, TagSummary };

const S = 'TagService';

export const tagsApi = {
  list: (): Promise<TagSummary[]> => call(S, 'List'),
  create: (name: string, color: string): Promise<Tag> => call(S, 'Create', name, color),
  update: (id: number, patch: TagPatch): Promise<Tag> => call(S, 'Update', id, patch),
  merge: (fromId: number, intoId: number): Promise<Tag> => call(S, 'Merge', fromId, intoId),
  delete: (id: number): Promise<void> => call(S, 'Delete', id),
  tagClaim: (claimId: number, name: string): Promise<Tag[]> => call(S, 'TagClaim', claimId, name),
  untagClaim: (claimId: number, tagId: number): Promise<Tag[]> => call(S, 'UntagClaim', claimId, tagId),
};
