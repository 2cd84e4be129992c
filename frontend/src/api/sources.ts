// Typed wrapper for app.SourceService (Go).
import { call } from './transport';

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

export interface Source {
  id: number;
  name: string;
  kind: string;
  reliability: string;
  reliabilityLabel: string;
  url: string;
  note: string;
  articles: number;
}

export interface SourceInput {
  name: string;
  kind: string;
  reliability: string;
  url: string;
  note: string;
}

const S = 'SourceService';

export const sourcesApi = {
  list: (): Promise<Source[]> => call<Source[] | null>(S, 'List').then((r) => r ?? []),
  create: (input: SourceInput): Promise<Source> => call<Source>(S, 'Create', input),
  update: (id: number, patch: Partial<SourceInput>): Promise<Source> => call<Source>(S, 'Update', id, patch),
  delete: (id: number): Promise<void> => call<void>(S, 'Delete', id),
};
