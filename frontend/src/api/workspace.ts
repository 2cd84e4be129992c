// Typed wrapper for app.WorkspaceService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { WorkspaceInfo } from './contract.gen';

export type { WorkspaceInfo };

export const workspaceApi = {
  info: (): Promise<WorkspaceInfo> => call('WorkspaceService', 'Info'),
};
