// Selection snapping: a selection made with the mouse is widened to whole
// words, trimmed of surrounding spaces and sentence punctuation, and never
// ends inside a grapheme (emoji with modifiers, combining marks, flags).
// Works in UTF-16 offsets (what DOM selections give); convert with offsets.ts.

const wordSeg = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemeSeg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters trimmed from both ends of a selection. */
const TRIM = /^[\s,.;:!?]$/u;

export interface Utf16Span {
  start: number;
  end: number;
}

function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

function codePointBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(i - 1, i);
}

/**
 * Snap a UTF-16 selection [start, end) of text to word and grapheme
 * boundaries. Returns null when nothing but spaces or punctuation is left.
 */
export function snapSelection(text: string, start: number, end: number): Utf16Span | null {
  if (start > end) [start, end] = [end, start];
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(0, Math.min(end, text.length));
  if (start === end) return null;
  // Trim first, so a selection that starts in the space before a word does
  // not pull in the previous word.
  ({ start, end } = trim(text, start, end));
  if (start >= end) return null;
  const words = wordSeg.segment(text);
  const first = words.containing(start);
  if (first && first.isWordLike && first.index < start) start = first.index;
  const last = words.containing(end - 1);
  if (last && last.isWordLike && last.index + last.segment.length > end) end = last.index + last.segment.length;
  const graphemes = graphemeSeg.segment(text);
  const g1 = graphemes.containing(start);
  if (g1) start = g1.index;
  const g2 = graphemes.containing(end - 1);
  if (g2) end = g2.index + g2.segment.length;
  ({ start, end } = trim(text, start, end));
  return start < end ? { start, end } : null;
}

function trim(text: string, start: number, end: number): Utf16Span {
  while (start < end) {
    const ch = codePointAt(text, start);
    if (!TRIM.test(ch)) break;
    start += ch.length;
  }
  while (end > start) {
    const ch = codePointBefore(text, end);
    if (!TRIM.test(ch)) break;
    end -= ch.length;
  }
  return { start, end };
}

// ---- moving a span's ends word by word -------------------------------------

interface Words {
  starts: number[];
  ends: number[];
}

let cachedText: string | undefined;
let cachedWords: Words | undefined;

/** UTF-16 starts and ends of the text's word-like segments, ascending. */
export function wordsOf(text: string): Words {
  if (cachedText === text && cachedWords) return cachedWords;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of wordSeg.segment(text)) {
    if (!s.isWordLike) continue;
    starts.push(s.index);
    ends.push(s.index + s.segment.length);
  }
  cachedText = text;
  cachedWords = { starts, ends };
  return cachedWords;
}

/** Index of the first element of a (ascending) that is >= x. */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type Edge = 'start' | 'end';
export type Step = 'extend' | 'shrink';

/**
 * Move one end of the UTF-16 span [start, end) by one word. Extending the
 * start goes to the previous word's start, shrinking it to the next word's
 * start; the end likewise. A span never becomes empty; where there is no
 * word to go to, the span is returned unchanged.
 */
export function stepWord(text: string, span: Utf16Span, edge: Edge, step: Step): Utf16Span {
  const { starts, ends } = wordsOf(text);
  const { start, end } = span;
  if (edge === 'start') {
    if (step === 'extend') {
      const i = lowerBound(starts, start) - 1;
      return i >= 0 ? { start: starts[i] as number, end } : span;
    }
    const i = lowerBound(starts, start + 1);
    const s = starts[i];
    return s !== undefined && s < end ? { start: s, end } : span;
  }
  if (step === 'extend') {
    const e = ends[lowerBound(ends, end + 1)];
    return e !== undefined ? { start, end: e } : span;
  }
  const i = lowerBound(ends, end) - 1;
  const e = ends[i];
  return e !== undefined && e > start ? { start, end: e } : span;
}

// ---- the reader's keyboard word cursor ---------------------------------------

const sentenceSeg = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** Sentences or paragraphs as runs of words: the index of each one's first word, ascending. */
interface Blocks {
  first: number[];
}

const blockCache = new Map<string, { text: string; blocks: Blocks }>();

/**
 * Where each sentence (Intl.Segmenter) or paragraph (a line of text) starts, as the index
 * of its first word in wordsOf(text). A block without a word is skipped.
 */
function blocksOf(text: string, unit: 'sentence' | 'paragraph'): Blocks {
  const hit = blockCache.get(unit);
  if (hit && hit.text === text) return hit.blocks;
  const { starts } = wordsOf(text);
  const bounds: number[] = [];
  if (unit === 'sentence') for (const s of sentenceSeg.segment(text)) bounds.push(s.index);
  else {
    bounds.push(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) bounds.push(i + 1);
  }
  const first: number[] = [];
  for (const b of bounds) {
    const w = lowerBound(starts, b);
    if (w < starts.length && first[first.length - 1] !== w) first.push(w);
  }
  const blocks = { first };
  blockCache.set(unit, { text, blocks });
  return blocks;
}

/**
 * The selection a key makes in the text without a mouse: with no selection yet, the
 * first word at or after `from`; ←/→ select the previous/next word; ↓/↑ the first word
 * of the next/previous sentence (↑ inside a sentence goes to its first word), and with
 * Ctrl of the next/previous paragraph, so a word further down is a few presses away, not
 * dozens (uxwalk4 finding 12). Shift+→ extends the selection's end by a word, Shift+← takes
 * a word back off it (never below one word); Shift+↓ extends it to the end of the sentence
 * (then the next), Shift+↑ takes the last sentence back off. Unknown keys, and moves past
 * either end of the text, leave the selection as it is.
 */
export function cursorStep(text: string, cur: Utf16Span | null, key: string, shift: boolean, from = 0, ctrl = false): Utf16Span | null {
  const { starts, ends } = wordsOf(text);
  const vertical = key === 'ArrowDown' || key === 'ArrowUp';
  if (starts.length === 0 || (key !== 'ArrowLeft' && key !== 'ArrowRight' && !vertical)) return cur;
  const word = (i: number): Utf16Span | null => (i >= 0 && i < starts.length ? { start: starts[i] as number, end: ends[i] as number } : null);
  if (!cur) return word(Math.min(lowerBound(starts, from), starts.length - 1));
  if (vertical) return blockStep(text, cur, key === 'ArrowDown', shift, ctrl ? 'paragraph' : 'sentence');
  if (shift) return stepWord(text, cur, 'end', key === 'ArrowRight' ? 'extend' : 'shrink');
  if (key === 'ArrowRight') return word(lowerBound(starts, cur.end)) ?? cur;
  return word(lowerBound(ends, cur.start + 1) - 1) ?? cur;
}

/** cursorStep's ↓/↑: by sentence or paragraph. */
function blockStep(text: string, cur: Utf16Span, down: boolean, shift: boolean, unit: 'sentence' | 'paragraph'): Utf16Span {
  const { starts, ends } = wordsOf(text);
  const { first } = blocksOf(text, unit);
  // the block holding word w: the last block starting at or before it
  const blockOf = (w: number) => lowerBound(first, w + 1) - 1;
  const lastWord = (b: number) => (b + 1 < first.length ? (first[b + 1] as number) - 1 : starts.length - 1);
  if (shift) {
    const endWord = lowerBound(ends, cur.end); // the word the selection ends with
    const b = blockOf(endWord);
    if (down) {
      let w = lastWord(b);
      if ((ends[w] as number) <= cur.end && b + 1 < first.length) w = lastWord(b + 1);
      return { start: cur.start, end: Math.max(cur.end, ends[w] as number) };
    }
    const w = (first[b] as number) - 1; // the last word of the block before
    const e = ends[w];
    return e !== undefined && e > cur.start ? { start: cur.start, end: e } : cur;
  }
  const w = lowerBound(starts, cur.start);
  const b = blockOf(w);
  let target: number | undefined;
  if (down) target = first[b + 1];
  else target = w > (first[b] as number) ? first[b] : first[b - 1];
  return target === undefined ? cur : { start: starts[target] as number, end: ends[target] as number };
}
