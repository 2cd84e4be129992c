// Typed wrapper for app.TagService (Go).
import { call } from './transport';

export interface Tag {
  id: number;
  name: string;
  /** '#RRGGBB' */
  color: string;
}

export interface TagSummary extends Tag {
  spans: number;
  claims: number;
}

const S = 'TagService';

export const tagsApi = {
  list: (): Promise<TagSummary[]> => call<TagSummary[] | null>(S, 'List').then((r) => r ?? []),
  create: (name: string, color: string): Promise<Tag> => call<Tag>(S, 'Create', name, color),
  update: (id: number, name: string, color: string): Promise<Tag> => call<Tag>(S, 'Update', id, name, color),
  merge: (fromId: number, intoId: number): Promise<Tag> => call<Tag>(S, 'Merge', fromId, intoId),
  delete: (id: number): Promise<void> => call<void>(S, 'Delete', id),
  tagClaim: (claimId: number, name: string): Promise<Tag[]> =>
    call<Tag[] | null>(S, 'TagClaim', claimId, name).then((r) => r ?? []),
  untagClaim: (claimId: number, tagId: number): Promise<Tag[]> =>
    call<Tag[] | null>(S, 'UntagClaim', claimId, tagId).then((r) => r ?? []),
};
