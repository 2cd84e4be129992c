// Typed wrapper for app.HistoryService (Go): undo/redo and the audit log.
import { call } from './transport';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string;
  redoLabel: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  table: string;
  rowId: number | null;
  batch: string;
  summary: string;
  before: unknown;
  after: unknown;
  undoesId: number | null;
  /** The workspace an entry was merged from ('' for this workspace's own). */
  from: string;
}

/** Events Go emits after changes. */
export const WORKSPACE_CHANGED = 'workspace:changed';
export const HISTORY_CHANGED = 'history:changed';
export interface WorkspaceChanged {
  tables: string[];
}

const S = 'HistoryService';

export const historyApi = {
  state: (): Promise<HistoryState> => call<HistoryState>(S, 'State'),
  undo: (): Promise<HistoryState> => call<HistoryState>(S, 'Undo'),
  redo: (): Promise<HistoryState> => call<HistoryState>(S, 'Redo'),
  forRow: (table: string, id: number): Promise<AuditEntry[]> =>
    call<AuditEntry[] | null>(S, 'ForRow', table, id).then((r) => r ?? []),
};
