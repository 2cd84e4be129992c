// The side panel's history times ("3 Dec 2026, 08:30" in the analyst's locale). One
// formatter, made once: toLocaleString with options builds a new one (and the first
// loads ICU data, ~20-60 ms on a slow machine) on every call, and it ran right after a
// span was created, between the service's answer and the highlight's frame. The
// formatter is made while the browser is idle once an article is open instead (warm).
let fmt: Intl.DateTimeFormat | undefined;

export function historyTime(): Intl.DateTimeFormat {
  return (fmt ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
}

let warming = false;
/** Makes the formatter when the browser is next idle (not during start-up's first paint). */
export function warmHistoryTime(): void {
  if (fmt || warming || typeof requestIdleCallback !== 'function') return;
  warming = true;
  requestIdleCallback(() => historyTime());
}
