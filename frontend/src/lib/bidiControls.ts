// Bidirectional control characters (embeddings, overrides, isolates) in article text
// reorder what a browser shows: "did <U+202E>ton<U+202C> happen" reads "did not happen"
// while the stored text, which is searched, quoted and exported, says "did ton happen".
// Article text is data, so the reader shows each control as a visible mark instead of
// obeying it. Every control and every mark is one UTF-16 unit, so offsets into the shown
// text are offsets into the stored text.

/** the visible mark for each control (▸ opens left-to-right, ◂ right-to-left, ▪ closes). */
export const BIDI_MARKS: Readonly<Record<string, string>> = {
  '\u202A': '▸', // LEFT-TO-RIGHT EMBEDDING
  '\u202B': '◂', // RIGHT-TO-LEFT EMBEDDING
  '\u202C': '▪', // POP DIRECTIONAL FORMATTING
  '\u202D': '▸', // LEFT-TO-RIGHT OVERRIDE
  '\u202E': '◂', // RIGHT-TO-LEFT OVERRIDE
  '\u2066': '▸', // LEFT-TO-RIGHT ISOLATE
  '\u2067': '◂', // RIGHT-TO-LEFT ISOLATE
  '\u2068': '▸', // FIRST STRONG ISOLATE
  '\u2069': '▪', // POP DIRECTIONAL ISOLATE
};

const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** text with each bidi control replaced by a visible mark of the same length. */
export function showBidiControls(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, (c) => BIDI_MARKS[c] ?? c) : text;
}
