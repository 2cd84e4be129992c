// Invisible characters that hide what a text says: one reading for every place that shows
// article or analyst text (showInvisible) and every field that edits it (findInvisible,
// markInvisible). The memo and the CLI read them by the same rules (app/export/invisible.go);
// both are held to testdata/invisible-cases.json.
//
// Text that is shown (the reader, lists, names) draws each one as a visible mark of the
// same UTF-16 length instead of obeying it: "did <U+202E>ton<U+202C> happen" would read
// "did not happen" and "killed 1<RLM>,500" "killed 1500,", while the stored text, which is
// searched, quoted and exported, says otherwise. Offsets into the shown text are offsets
// into the stored text.
//
// A field shown in an <input> or a
// <textarea> obeys bidirectional controls and draws nothing for zero-width characters, so
// a note holding "did <U+202E>ton<U+202C> happen?" reads "did not happen?" in the editor
// while the stored, searched, exported text says otherwise; a name holding a zero-width
// space looks like another entity's name and never matches it. An input cannot draw marks
// inside itself, so the field's owner shows a line under it (InvisibleText.svelte) built
// from what this module finds.
//
// Which characters, and why:
// - direction controls (embeddings, overrides, isolates U+202A–U+202E, U+2066–U+2069):
//   always; they reorder whole runs of letters.
// - direction marks (LRM U+200E, RLM U+200F, ALM U+061C): only in text without
//   right-to-left letters. Mixed Hebrew/Arabic text needs them; in left-to-right text
//   they do nothing but reorder neutrals and digits ("1<RLM>,500" draws as "1500,").
// - zero-width and other invisible format characters (U+200B, U+2060–U+2064, U+FEFF,
//   U+00AD, U+034F, U+180E, tag characters U+E0000–U+E007F): always, except tags inside
//   an emoji tag sequence (the flag of England: U+1F3F4, tags, U+E007F).
// - joiners (ZWJ U+200D, ZWNJ U+200C): only where no script uses them. Between two emoji
//   (family, profession and flag sequences) and between letters or marks of scripts that
//   shape joins (Devanagari half forms, Persian words) they are how the text is written;
//   next to Latin letters, spaces or digits they only hide.
// A tag character (two UTF-16 units) shows as two marks, so offsets hold.

export type InvisibleKind = 'direction' | 'invisible';

export interface InvisibleChar {
  index: number; // UTF-16 offset in the text
  length: number; // UTF-16 units (2 for a tag character)
  kind: InvisibleKind;
}

const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const DIRECTION_MARK = /[\u200E\u200F\u061C]/;
const ZERO_WIDTH = /[\u200B\u2060-\u2064\uFEFF\u00AD\u034F\u180E]/;
const JOINER = /[\u200C\u200D]/;
const TAG = /[\u{E0000}-\u{E007F}]/u;
const CANDIDATE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\u2060-\u2064\uFEFF\u00AD\u034F\u180E]|[\u{E0000}-\u{E007F}]/gu;
// A letter: the ALM itself is of the Arabic script.
const RTL_LETTER = /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// What a joiner may sit between: emoji (with their skin tones and the emoji-style
// selector), or a letter or mark of a script other than Latin, Greek and Cyrillic.
const EMOJI_PART = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const JOINING_LETTER = /^[\p{L}\p{M}]$/u;
const ALPHABET = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;

function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function joinable(c: string): 'emoji' | 'script' | null {
  if (c === '') return null;
  if (EMOJI_PART.test(c)) return 'emoji';
  if (JOINING_LETTER.test(c) && !ALPHABET.test(c)) return 'script';
  return null;
}

// A joiner between two emoji, or between two letters/marks of a script that joins.
function joinerBelongs(text: string, i: number): boolean {
  const before = joinable(codePointBefore(text, i));
  const after = joinable(codePointAt(text, i + 1));
  return before !== null && before === after;
}

// A tag character inside "black flag, tags…, cancel tag" (an emoji subdivision flag).
function tagBelongs(text: string, i: number): boolean {
  let j = i;
  while (j >= 2 && TAG.test(text.slice(j - 2, j))) j -= 2;
  if (codePointBefore(text, j) !== '\u{1F3F4}') return false;
  let k = i;
  while (k < text.length && TAG.test(codePointAt(text, k))) {
    if (codePointAt(text, k) === '\u{E007F}') return true;
    k += 2;
  }
  return false;
}

/** the invisible characters in text that hide what it says, in order. */
export function findInvisible(text: string): InvisibleChar[] {
  const found: InvisibleChar[] = [];
  CANDIDATE.lastIndex = 0;
  let hasRtl: boolean | null = null;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const c = m[0];
    const index = m.index;
    if (DIRECTION_CONTROL.test(c)) {
      found.push({ index, length: 1, kind: 'direction' });
    } else if (DIRECTION_MARK.test(c)) {
      hasRtl ??= RTL_LETTER.test(text);
      if (!hasRtl) found.push({ index, length: 1, kind: 'direction' });
    } else if (JOINER.test(c)) {
      if (!joinerBelongs(text, index)) found.push({ index, length: 1, kind: 'invisible' });
    } else if (TAG.test(c)) {
      if (!tagBelongs(text, index)) found.push({ index, length: c.length, kind: 'invisible' });
    } else if (ZERO_WIDTH.test(c)) {
      found.push({ index, length: 1, kind: 'invisible' });
    }
  }
  return found;
}

// text with each character findInvisible finds replaced by what put() gives for it.
function replaceInvisible(text: string, put: (f: InvisibleChar) => string): string {
  const found = findInvisible(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.index) + put(f);
    at = f.index + f.length;
  }
  return out + text.slice(at);
}

/** the text without the characters findInvisible finds; everything else as it was. */
export function removeInvisible(text: string): string {
  return replaceInvisible(text, () => '');
}

/** the visible mark for each direction control and mark (▸ opens left-to-right, ◂
 * right-to-left, ▪ closes; › and ‹ the marks); ◇ stands for every other character found. */
export const INVISIBLE_MARKS: Readonly<Record<string, string>> = {
  '\u202A': '▸', // LEFT-TO-RIGHT EMBEDDING
  '\u202B': '◂', // RIGHT-TO-LEFT EMBEDDING
  '\u202C': '▪', // POP DIRECTIONAL FORMATTING
  '\u202D': '▸', // LEFT-TO-RIGHT OVERRIDE
  '\u202E': '◂', // RIGHT-TO-LEFT OVERRIDE
  '\u2066': '▸', // LEFT-TO-RIGHT ISOLATE
  '\u2067': '◂', // RIGHT-TO-LEFT ISOLATE
  '\u2068': '▸', // FIRST STRONG ISOLATE
  '\u2069': '▪', // POP DIRECTIONAL ISOLATE
  '\u200E': '›', // LEFT-TO-RIGHT MARK
  '\u200F': '‹', // RIGHT-TO-LEFT MARK
  '\u061C': '‹', // ARABIC LETTER MARK
};
const INVISIBLE_MARK = '◇';

// The mark for one character found, as long as the character (two ◇ for a tag).
function markOf(text: string, f: InvisibleChar): string {
  return INVISIBLE_MARKS[text.charAt(f.index)] ?? INVISIBLE_MARK.repeat(f.length);
}

/** text with each character findInvisible finds replaced by its visible mark, of the same
 * length: what every place that shows article or analyst text draws. */
export function showInvisible(text: string): string {
  return replaceInvisible(text, (f) => markOf(text, f));
}

export interface MarkedPart {
  text: string;
  mark: boolean; // a visible mark standing for an invisible character
}

/** How much of a long text the warning shows: a pasted article may hold thousands of
 * characters; the line shows the stretch from just before the first one found. */
export const SHOWN_LENGTH = 600;
const LEAD = 40;

/** text cut into plain parts and marks (▸ ◂ ▪ for direction, ◇ for the rest), in order.
 * A text longer than max shows max UTF-16 units from just before the first character found,
 * with "…" where it is cut (the count in describeInvisible is of the whole text). */
export function markInvisible(text: string, max = SHOWN_LENGTH): MarkedPart[] {
  const found = findInvisible(text);
  let from = 0;
  let to = text.length;
  if (text.length > max) {
    from = Math.max(0, (found[0]?.index ?? 0) - LEAD);
    to = Math.min(text.length, from + max);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to -= 1; // not half an emoji
  }
  const parts: MarkedPart[] = [];
  if (from > 0) parts.push({ text: '…', mark: false });
  let at = from;
  for (const f of found) {
    if (f.index < from) continue;
    if (f.index >= to) break;
    if (f.index > at) parts.push({ text: text.slice(at, f.index), mark: false });
    parts.push({ text: markOf(text, f), mark: true });
    at = f.index + f.length;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  if (to < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** "2 invisible direction controls and 1 zero-width character", or '' when none. */
export function describeInvisible(found: InvisibleChar[]): string {
  const direction = found.filter((f) => f.kind === 'direction').length;
  const invisible = found.length - direction;
  const said: string[] = [];
  if (direction > 0) said.push(`${direction} invisible direction ${direction === 1 ? 'control' : 'controls'}`);
  if (invisible > 0) said.push(`${invisible} zero-width ${invisible === 1 ? 'character' : 'characters'}`);
  return said.join(' and ');
}
