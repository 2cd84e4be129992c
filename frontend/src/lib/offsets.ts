// Conversion between Unicode code point offsets (what Go, SQLite's substr()
// and the stored annotations use; half-open [start, end)) and JavaScript
// UTF-16 code unit offsets (what String.slice, DOM Range and Selection use).
//
// The two differ only at astral characters (U+10000 and above: most emoji,
// 𝓚, rare CJK), which take one code point but two UTF-16 units. So we record
// the code point index of every astral character once per text; a conversion
// is then a binary search over that list: O(log k) for k astral characters,
// and O(1) for texts without any (the common case for wire copy).
//
// Offsets are never clamped: a wrong offset means a bug or a stale anchor,
// and silently moving it would paint a highlight over the wrong words.

export class OffsetError extends RangeError {
  override name = 'OffsetError';
}

/** Span in code points, half-open [start, end). */
export interface CodePointSpan {
  start: number;
  end: number;
}

export class TextOffsets {
  /** The text's length in code points (what Go reports as charCount). */
  readonly codePointLength: number;
  /** The text's length in UTF-16 code units (String.length). */
  readonly utf16Length: number;
  // Code point index of each astral character, ascending. Its UTF-16 start
  // is astralCp[i] + i (each earlier astral character adds one extra unit).
  private readonly astralCp: Int32Array;

  constructor(text: string) {
    const positions: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++, cp++) {
      const c = text.charCodeAt(i);
      // A well-formed surrogate pair is one code point. A lone surrogate
      // (never produced by Go, which stores valid UTF-8) counts as one, as
      // String.prototype[Symbol.iterator] does.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          positions.push(cp);
          i++;
        }
      }
    }
    this.astralCp = Int32Array.from(positions);
    this.codePointLength = cp;
    this.utf16Length = text.length;
  }

  /** Code point offset → UTF-16 offset. Accepts 0..codePointLength. */
  toUtf16(cpOffset: number): number {
    checkOffset(cpOffset, this.codePointLength, 'code point');
    // Every astral character strictly before cpOffset adds one unit.
    return cpOffset + lowerBound(this.astralCp, cpOffset, 0);
  }

  /**
   * UTF-16 offset → code point offset. Accepts 0..utf16Length. Throws for an
   * offset that falls between the two halves of a surrogate pair, which has
   * no code point equivalent.
   */
  fromUtf16(utf16Offset: number): number {
    checkOffset(utf16Offset, this.utf16Length, 'UTF-16');
    // Count astral characters whose UTF-16 start (astralCp[i] + i) is before
    // the offset; binary search works because astralCp[i] + i is ascending.
    const a = this.astralCp;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((a[mid] as number) + mid < utf16Offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) {
      const start = (a[lo - 1] as number) + (lo - 1);
      if (start + 1 === utf16Offset) {
        throw new OffsetError(
          `UTF-16 offset ${utf16Offset} is inside a surrogate pair (code point ${a[lo - 1]})`,
        );
      }
    }
    return utf16Offset - lo;
  }

  /** Code point span → UTF-16 span (for String.slice and DOM Range). */
  spanToUtf16(span: CodePointSpan): CodePointSpan {
    checkOrder(span);
    return { start: this.toUtf16(span.start), end: this.toUtf16(span.end) };
  }

  /** UTF-16 span (e.g. from a DOM Selection) → code point span. */
  spanFromUtf16(span: CodePointSpan): CodePointSpan {
    checkOrder(span);
    return { start: this.fromUtf16(span.start), end: this.fromUtf16(span.end) };
  }
}

function checkOffset(offset: number, max: number, unit: string): void {
  if (typeof offset !== 'number' || !Number.isInteger(offset)) {
    throw new OffsetError(`${unit} offset must be an integer, got ${String(offset)}`);
  }
  if (offset < 0 || offset > max) {
    throw new OffsetError(`${unit} offset ${offset} is out of range [0, ${max}]`);
  }
}

function checkOrder(span: CodePointSpan): void {
  if (span.start > span.end) {
    throw new OffsetError(`span start ${span.start} is after its end ${span.end}`);
  }
}

/** Number of entries in the sorted array a (from index lo) that are < x. */
function lowerBound(a: Int32Array, x: number, lo: number): number {
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Callers convert many offsets against the article on screen; keep the
// table of the last text so they need not hold on to it themselves.
let lastText: string | undefined;
let lastOffsets: TextOffsets | undefined;

/** The (cached) offset table for text. */
export function offsetsFor(text: string): TextOffsets {
  if (lastOffsets === undefined || lastText !== text) {
    lastOffsets = new TextOffsets(text);
    lastText = text;
  }
  return lastOffsets;
}
