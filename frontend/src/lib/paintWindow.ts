// Which part of a long text to paint highlights over. Painting cost in the
// browser grows with the number of highlight ranges on the text, and only the
// part on screen can be seen, so the reader registers the ranges of the spans
// near the visible part: the visible code points widened by `margin` times
// their length each side. Scrolling repaints (only the ranges that change)
// once the visible part comes within half a view of the painted window's edge.

export interface CpRange {
  start: number;
  end: number;
}

/** Smallest window, in code points, whatever the visible part (e.g. nothing measurable). */
export const MIN_WINDOW = 600;

/** The window to paint around the visible range of a text of `length` code points. */
export function paintWindow(visible: CpRange, length: number, margin = 1): CpRange {
  const a = Math.max(0, Math.min(visible.start, visible.end, length));
  const b = Math.min(length, Math.max(visible.start, visible.end, 0));
  const pad = Math.ceil(Math.max(b - a, MIN_WINDOW / 2) * margin);
  return { start: Math.max(0, a - pad), end: Math.min(length, b + pad) };
}

/**
 * Whether the painted window still serves the visible range: it covers it with at
 * least half a view to spare on each side (or reaches the text's end on that side).
 */
export function covers(painted: CpRange, visible: CpRange, length: number): boolean {
  const spare = Math.max(visible.end - visible.start, MIN_WINDOW / 2) / 2;
  const top = painted.start === 0 || visible.start - painted.start >= spare;
  const bottom = painted.end >= length || painted.end - visible.end >= spare;
  return top && bottom;
}
