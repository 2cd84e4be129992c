import { describe, expect, it } from 'vitest';
import { SpanIndex } from './spanIndex';

interface S {
  id: number;
  start: number;
  end: number;
}

const ids = (xs: S[]) => xs.map((s) => s.id).sort((a, b) => a - b);

// Reference: a linear scan.
const atRef = (spans: S[], p: number) => ids(spans.filter((s) => s.start <= p && p < s.end));
const overlapRef = (spans: S[], a: number, b: number) => ids(spans.filter((s) => s.start < b && s.end > a));

describe('SpanIndex', () => {
  const spans: S[] = [
    { id: 1, start: 0, end: 10 }, // outer
    { id: 2, start: 2, end: 5 }, // nested in 1
    { id: 3, start: 3, end: 4 }, // nested in 2
    { id: 4, start: 8, end: 14 }, // crosses 1's end
    { id: 5, start: 20, end: 25 }, // alone
    { id: 6, start: 2, end: 5 }, // same extent as 2
  ];
  const idx = new SpanIndex(spans);

  it('finds every span covering a point, half-open', () => {
    expect(ids(idx.at(0))).toEqual([1]);
    expect(ids(idx.at(3))).toEqual([1, 2, 3, 6]);
    expect(ids(idx.at(4))).toEqual([1, 2, 6]);
    expect(ids(idx.at(5))).toEqual([1]);
    expect(ids(idx.at(9))).toEqual([1, 4]);
    expect(ids(idx.at(10))).toEqual([4]);
    expect(ids(idx.at(14))).toEqual([]);
    expect(ids(idx.at(17))).toEqual([]);
    expect(ids(idx.at(24))).toEqual([5]);
    expect(ids(idx.at(25))).toEqual([]);
    expect(ids(idx.at(-1))).toEqual([]);
  });

  it('finds overlapping spans for a range', () => {
    expect(ids(idx.overlapping(4, 9))).toEqual([1, 2, 4, 6]);
    expect(ids(idx.overlapping(14, 20))).toEqual([]);
    expect(ids(idx.overlapping(13, 21))).toEqual([4, 5]);
    expect(ids(idx.overlapping(3, 3))).toEqual(ids(idx.at(3)));
  });

  it('picks the innermost span', () => {
    expect(idx.innermostAt(3)?.id).toBe(3);
    expect(idx.innermostAt(9)?.id).toBe(4);
    expect(idx.innermostAt(17)).toBeUndefined();
  });

  it('sorts by start, outer first, and finds positions by identity', () => {
    expect(idx.sorted.map((s) => s.id)).toEqual([1, 2, 6, 3, 4, 5]);
    expect(idx.indexOf(spans[5] as S)).toBe(2);
    expect(idx.indexOf({ id: 9, start: 2, end: 5 })).toBe(-1);
  });

  it('is empty-safe', () => {
    const e = new SpanIndex<S>([]);
    expect(e.at(0)).toEqual([]);
    expect(e.overlapping(0, 100)).toEqual([]);
    expect(e.length).toBe(0);
  });

  it('agrees with a linear scan on random overlapping spans', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const many: S[] = [];
    for (let i = 0; i < 2000; i++) {
      const start = rnd(3000);
      many.push({ id: i, start, end: start + 1 + rnd(80) });
    }
    const big = new SpanIndex(many);
    for (let q = 0; q < 300; q++) {
      const p = rnd(3100);
      expect(ids(big.at(p))).toEqual(atRef(many, p));
      const a = rnd(3100);
      const b = a + rnd(50);
      expect(ids(big.overlapping(a, b))).toEqual(b > a ? overlapRef(many, a, b) : atRef(many, a));
    }
  });

  it('answers point queries fast on 20,000 spans (not a linear scan each time)', () => {
    const many: S[] = [];
    for (let i = 0; i < 20000; i++) many.push({ id: i, start: i * 5, end: i * 5 + 7 });
    const big = new SpanIndex(many);
    const t0 = performance.now();
    let found = 0;
    for (let p = 0; p < 100000; p += 3) found += big.at(p).length;
    const ms = performance.now() - t0;
    expect(found).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
  });
});
