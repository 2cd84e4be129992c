// Interval index over an article's spans: which spans cover a point, which
// overlap a range. Spans are sorted by start once; a segment tree over the
// sorted order keeps the maximum end of every block, so a query visits only
// blocks that can hold a match: O(log n + k log n) for k matches, never O(n)
// per pointer move.

export interface Interval {
  /** Half-open [start, end), any consistent unit (we use code points). */
  start: number;
  end: number;
}

export class SpanIndex<T extends Interval> {
  /** The spans by start, then longer first (outer before inner). */
  readonly sorted: readonly T[];
  private readonly starts: Float64Array;
  private readonly size: number;
  private readonly maxEnd: Float64Array;

  constructor(spans: readonly T[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.sorted = sorted;
    this.starts = Float64Array.from(sorted, (s) => s.start);
    let size = 1;
    while (size < sorted.length) size <<= 1;
    this.size = size;
    const tree = new Float64Array(2 * size).fill(-Infinity);
    for (let i = 0; i < sorted.length; i++) tree[size + i] = (sorted[i] as T).end;
    for (let i = size - 1; i >= 1; i--) tree[i] = Math.max(tree[2 * i] as number, tree[2 * i + 1] as number);
    this.maxEnd = tree;
  }

  get length(): number {
    return this.sorted.length;
  }

  /** Spans with start <= p < end, in sorted order. */
  at(p: number): T[] {
    return this.collect(this.upperBound(p), p);
  }

  /** Spans overlapping [a, b): start < b and end > a. An empty range acts like at(a). */
  overlapping(a: number, b: number): T[] {
    if (b <= a) return this.at(a);
    return this.collect(this.lowerBound(b), a);
  }

  /** The innermost (shortest) span at p, if any. */
  innermostAt(p: number): T | undefined {
    let best: T | undefined;
    for (const s of this.at(p)) if (!best || s.end - s.start < best.end - best.start) best = s;
    return best;
  }

  /** Position of a span in sorted order (by identity), or -1. */
  indexOf(span: T): number {
    // Binary search to the run of equal starts, then scan it.
    for (let i = this.lowerBound(span.start); i < this.sorted.length && this.starts[i] === span.start; i++) {
      if (this.sorted[i] === span) return i;
    }
    return -1;
  }

  /** Spans with index < limit and end > p. */
  private collect(limit: number, p: number): T[] {
    const out: T[] = [];
    if (limit <= 0) return out;
    this.visit(1, 0, this.size, limit, p, out);
    return out;
  }

  private visit(node: number, lo: number, hi: number, limit: number, p: number, out: T[]): void {
    if (lo >= limit || (this.maxEnd[node] as number) <= p) return;
    if (hi - lo === 1) {
      out.push(this.sorted[lo] as T);
      return;
    }
    const mid = (lo + hi) >>> 1;
    this.visit(2 * node, lo, mid, limit, p, out);
    this.visit(2 * node + 1, mid, hi, limit, p, out);
  }

  /** Number of spans with start < x. */
  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of spans with start <= x. */
  private upperBound(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
