// Names and payloads of the events the UI and Go exchange.
import { emitEvent } from './transport';

/** Emitted once the article list has loaded; the desktop smoke test waits for it. */
export const UI_READY = 'ui:ready';
export interface UiReady {
  articles: number;
  /** Milliseconds from the page's navigation start to the painted list: the start-up
   * benchmark splits launch -> ready into before the page and in the page with it. */
  pageMs?: number;
  /** How many File menus the page shows: the desktop smoke test checks that the window
   * shows none of its own beside the native menu bar's. */
  fileMenus?: number;
}

export function emitUiReady(data: UiReady): void {
  emitEvent(UI_READY, data);
}

/** The window asks, before File ▸ Open, New or Open Recent switches the workspace, whether a
 * form holds typing not saved yet (desktop/unsaved_gate.go); the page answers with the id. */
export const UNSAVED_ASK = 'workspace:unsaved-ask';
export const UNSAVED_ANSWER = 'workspace:unsaved-answer';
export interface UnsavedAnswer {
  id: number;
  unsaved: boolean;
}

export function emitUnsavedAnswer(data: UnsavedAnswer): void {
  emitEvent(UNSAVED_ANSWER, data);
}
