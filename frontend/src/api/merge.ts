// Typed wrapper for app.MergeService (Go): merging another analyst's workspace.
// Field names mirror app/merge.go. The window passes a path (from the native
// dialog); the browser sends the file's bytes (base64), never a path.
import { call } from './transport';

export type Take = 'mine' | 'theirs';

export interface MergeField {
  field: string;
  mine: string;
  theirs: string;
}

export interface MergeConflict {
  /** "table:uuid": what a resolution names. */
  key: string;
  table: string;
  uuid: string;
  label: string;
  fields: MergeField[];
  take: '' | Take;
}

export interface EntityNameMatch {
  type: string;
  name: string;
  entityId: number;
  theirsName: string;
  addedId: number;
}

export interface MergePlan {
  theirs: string;
  added: Record<string, number>;
  matched: Record<string, number>;
  updated: Record<string, number>;
  conflicts: MergeConflict[];
  proposals: EntityNameMatch[];
  applied: boolean;
}

export interface MergeResolution {
  key: string;
  take: Take;
}

const S = 'MergeService';

const fix = (p: MergePlan | null): MergePlan => ({
  theirs: p?.theirs ?? '',
  added: p?.added ?? {},
  matched: p?.matched ?? {},
  updated: p?.updated ?? {},
  conflicts: (p?.conflicts ?? []).map((c) => ({ ...c, fields: c.fields ?? [] })),
  proposals: p?.proposals ?? [],
  applied: p?.applied ?? false,
});

export const mergeApi = {
  preview: (path: string): Promise<MergePlan> => call<MergePlan>(S, 'Preview', path).then(fix),
  merge: (path: string, resolutions: MergeResolution[]): Promise<MergePlan> => call<MergePlan>(S, 'Merge', path, resolutions).then(fix),
  previewUpload: (name: string, content: string): Promise<MergePlan> => call<MergePlan>(S, 'PreviewUpload', name, content).then(fix),
  mergeUpload: (name: string, content: string, resolutions: MergeResolution[]): Promise<MergePlan> =>
    call<MergePlan>(S, 'MergeUpload', name, content, resolutions).then(fix),
};
