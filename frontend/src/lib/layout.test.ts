import { describe, expect, it } from 'vitest';
import { assignLanes } from './layout';

interface S {
  id: string;
  start: number;
  end: number;
}

function lanes(spans: S[]): Record<string, number> {
  const { items } = assignLanes(spans);
  return Object.fromEntries(items.map((i) => [i.span.id, i.lane]));
}

describe('assignLanes', () => {
  it('puts disjoint spans in lane 0', () => {
    expect(lanes([{ id: 'a', start: 0, end: 3 }, { id: 'b', start: 3, end: 5 }, { id: 'c', start: 9, end: 12 }])).toEqual({ a: 0, b: 0, c: 0 });
  });

  it('puts nested spans one lane deeper than their container', () => {
    const got = lanes([
      { id: 'outer', start: 0, end: 20 },
      { id: 'mid', start: 2, end: 10 },
      { id: 'inner', start: 4, end: 6 },
      { id: 'later', start: 12, end: 14 },
    ]);
    expect(got).toEqual({ outer: 0, mid: 1, inner: 2, later: 1 });
  });

  it('gives crossing spans different lanes and reuses freed ones', () => {
    const { items, lanes: n } = assignLanes([
      { id: 'x', start: 5, end: 15 },
      { id: 'w', start: 0, end: 10 },
      { id: 'y', start: 12, end: 20 },
    ]);
    expect(items.map((i) => [i.span.id, i.lane])).toEqual([['w', 0], ['x', 1], ['y', 0]]);
    expect(n).toBe(2);
  });

  it('never gives overlapping spans the same lane (random)', () => {
    let seed = 3;
    const rnd = (k: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % k;
    };
    const spans: S[] = [];
    for (let i = 0; i < 500; i++) {
      const s = rnd(1000);
      spans.push({ id: String(i), start: s, end: s + 1 + rnd(40) });
    }
    const { items } = assignLanes(spans);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.span.start < b.span.end && b.span.start < a.span.end) expect(a.lane).not.toBe(b.lane);
      }
    }
  });

  it('handles no spans', () => {
    expect(assignLanes([])).toEqual({ items: [], lanes: 0 });
  });
});

describe('assignLanes against a brute force', () => {
  it('gives each span the lowest lane free at its start, on random overlapping spans', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const spans: S[] = Array.from({ length: 600 }, (_, i) => {
      const start = rnd(5000);
      return { id: `s${i}`, start, end: start + 1 + rnd(rnd(2) ? 20 : 400) };
    });
    const { items } = assignLanes(spans);
    for (let i = 0; i < items.length; i++) {
      const { span, lane } = items[i] as { span: S; lane: number };
      const used = new Set(items.slice(0, i).filter((x) => x.span.end > span.start).map((x) => x.lane));
      let want = 0;
      while (used.has(want)) want++;
      expect(lane).toBe(want);
    }
  });
});
