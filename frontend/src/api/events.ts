// Names and payloads of the events the UI and Go exchange.
import { emitEvent } from './transport';

/** Emitted once the article list has loaded; the desktop smoke test waits for it. */
export const UI_READY = 'ui:ready';
export interface UiReady {
  articles: number;
  /** Milliseconds from the page's navigation start to the painted list: the start-up
   * benchmark splits launch -> ready into before the page and in the page with it. */
  pageMs?: number;
}

export function emitUiReady(data: UiReady): void {
  emitEvent(UI_READY, data);
}
