// Typed wrapper for app.MergeService (Go): merging another analyst's workspace. The window
// passes a path (from the native dialog); the browser sends the file's bytes (base64),
// never a path. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { EntityNameMatch, MergeConflict, MergeField, MergeLeftOut, MergePlan, MergeResolution } from './contract.gen';

/** A conflict's key ("table:uuid") is what a resolution names; its take '' until chosen. */
export type { EntityNameMatch, MergeConflict, MergeField, MergeLeftOut, MergePlan, MergeResolution };

export type Take = 'mine' | 'theirs';

const S = 'MergeService';

export const mergeApi = {
  preview: (path: string): Promise<MergePlan> => call(S, 'Preview', path),
  merge: (path: string, resolutions: MergeResolution[]): Promise<MergePlan> => call(S, 'Merge', path, resolutions),
  previewUpload: (name: string, content: string): Promise<MergePlan> => call(S, 'PreviewUpload', name, content),
  mergeUpload: (name: string, content: string, resolutions: MergeResolution[]): Promise<MergePlan> =>
    call(S, 'MergeUpload', name, content, resolutions),
};
