// Typed wrapper for app.SourceService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { Source, SourceInput, SourcePatch } from './contract.gen';

export const SOURCE_KINDS = [
  'outlet',
  'agency',
  'state_media',
  'government',
  'official',
  'organisation',
  'social_media',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type { Source, SourceInput, SourcePatch };

const S = 'SourceService';

export const sourcesApi = {
  list: (): Promise<Source[]> => call(S, 'List'),
  create: (input: SourceInput): Promise<Source> => call(S, 'Create', input),
  update: (id: number, patch: SourcePatch): Promise<Source> => call(S, 'Update', id, patch),
  delete: (id: number): Promise<void> => call(S, 'Delete', id),
};
