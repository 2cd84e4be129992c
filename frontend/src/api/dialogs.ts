// Typed wrapper for app.DialogService (Go): the window's native file dialogs.
// In a browser there are none: Available() is false (or the call fails).
import { call } from './transport';
import type { Events, Progress } from './contract.gen';

const S = 'DialogService';

export const dialogsApi = {
  /** True only in the desktop window. */
  available: (): Promise<boolean> => call(S, 'Available').catch(() => false),
  /** [] = cancelled. */
  chooseImportFiles: (): Promise<string[]> => call(S, 'ChooseImportFiles'),
  /** '' = cancelled. */
  chooseImportFolder: (): Promise<string> => call(S, 'ChooseImportFolder'),
  /** '' = cancelled. */
  chooseWorkspaceToMerge: (): Promise<string> => call(S, 'ChooseWorkspaceToMerge'),
  /** '' = cancelled. */
  chooseExportFile: (defaultName: string): Promise<string> => call(S, 'ChooseExportFile', defaultName),
};

/** Events of the window (menu, file drops, workspace switch) and of long work. */
export const EV_FILES_DROPPED = 'files:dropped' satisfies keyof Events;
export const EV_MENU_IMPORT = 'menu:import' satisfies keyof Events;
export const EV_MENU_IMPORT_URL = 'menu:import-url' satisfies keyof Events;
export const EV_MENU_EXPORT = 'menu:export' satisfies keyof Events;
export const EV_MENU_MERGE = 'menu:merge' satisfies keyof Events;
export const EV_WORKSPACE_SWITCHED = 'workspace:switched' satisfies keyof Events;
export const EV_PROGRESS = 'progress' satisfies keyof Events;

export type ProgressTask = 'import' | 'suggest' | 'export' | 'feeds';
/** Go's Progress with the tasks the UI knows. */
export type ProgressEvent = Omit<Progress, 'task'> & { task: ProgressTask };
