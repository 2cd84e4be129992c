// Typed wrapper for app.HistoryService (Go): undo/redo and the audit log. The types are
// Go's (contract.gen.ts).
import { call } from './transport';
import type { AuditEntry, Events, HistoryState, WorkspaceChanged } from './contract.gen';

export type { AuditEntry, HistoryState, WorkspaceChanged };

/** Events Go emits after changes (their data: contract.gen.ts, Events). */
export const WORKSPACE_CHANGED = 'workspace:changed' satisfies keyof Events;
export const HISTORY_CHANGED = 'history:changed' satisfies keyof Events;

const S = 'HistoryService';

export const historyApi = {
  state: (): Promise<HistoryState> => call(S, 'State'),
  undo: (): Promise<HistoryState> => call(S, 'Undo'),
  redo: (): Promise<HistoryState> => call(S, 'Redo'),
  forRow: (table: string, id: number): Promise<AuditEntry[]> => call(S, 'ForRow', table, id),
};
