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
