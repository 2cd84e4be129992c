// Typed wrapper for app.WorkspaceService (Go).
import { call } from './transport';

export interface WorkspaceInfo {
  /** Path of the workspace's SQLite file. */
  path: string;
  schemaVersion: number;
  appVersion: string;
  articles: number;
}

const S = 'WorkspaceService';

export const workspaceApi = {
  info: (): Promise<WorkspaceInfo> => call<WorkspaceInfo>(S, 'Info'),
};
