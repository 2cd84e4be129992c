// After a suggestion is decided in the side panel, the next thing to decide is the
// next waiting suggestion in the text: the panel selects it and puts the focus on its
// Accept, so a keyboard user goes on with Enter/Tab instead of starting again from the
// top of the page (the decided one's buttons, which had the focus, are gone).

interface Placed {
  id: number;
  start: number;
  end: number;
  state: string;
}

/**
 * The id of the first waiting suggestion after `from` in text order (by start, then
 * end, then id), else the first one before it; null when none waits. `from` itself is
 * never chosen, whatever its state.
 */
export function nextSuggestion(spans: readonly Placed[], from: Placed): number | null {
  const order = (a: Placed, b: Placed) => a.start - b.start || a.end - b.end || a.id - b.id;
  const waiting = spans.filter((s) => s.state === 'suggested' && s.id !== from.id).sort(order);
  return (waiting.find((s) => order(s, from) > 0) ?? waiting[0])?.id ?? null;
}

/** What the reader and the Suggestions view say when the decided one was the last waiting. */
export const NO_MORE_SUGGESTIONS = 'No more suggestions here';
