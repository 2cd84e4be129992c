// Article and analyst text quoted in a tooltip (title), an accessible name (aria-label) or
// a select's option:
// the one place that cleans and cuts it. Such a label is one short line the browser or
// the screen reader says whole: a 5,000-character statement made a tooltip the height of
// the screen and an aria-label read for minutes; a newline or a control character in it
// broke the line or was read out as a code; a direction control ("did <U+202E>ton<U+202C>
// happen") reversed the words after it. So, in this order:
// - invisible and direction characters become their visible marks (showInvisible, the
//   reading every shown text gets), so the label says what the text holds;
// - control characters (C0, DEL, C1), line and paragraph separators and runs of white
//   space become one space, and the ends are trimmed;
// - more than `max` characters (graphemes: an emoji or a letter with its accents is never
//   split) are cut, with "…" saying so.
import { showInvisible } from './invisibleChars';

/** How many characters a label quotes of a text: a long line of a tooltip. */
export const LABEL_MAX = 120;

const BREAKS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\s]+/gu;

const graphemes: ((s: string) => string[]) =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? ((seg) => (s: string) => Array.from(seg.segment(s), (x) => x.segment))(new Intl.Segmenter(undefined, { granularity: 'grapheme' }))
    : (s) => Array.from(s);

/** text as one clean line of at most max characters, for a title or an aria-label. */
export function labelText(text: string | null | undefined, max = LABEL_MAX): string {
  const line = showInvisible(text ?? '').replace(BREAKS, ' ').trim();
  if (line.length <= max) return line; // UTF-16 units ≥ graphemes: short enough already
  const parts = graphemes(line);
  return parts.length <= max ? line : `${parts.slice(0, max - 1).join('').trimEnd()}…`;
}
