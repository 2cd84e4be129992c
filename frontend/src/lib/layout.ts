// Layout of overlapping spans for lists beside the text: each span gets a
// lane (an indentation level) so that spans which overlap never share one.
// Nested spans land one lane deeper than their container. Greedy interval
// colouring in text order: O(n log n) with two small heaps.

import type { Interval } from './spanIndex';

class MinHeap {
  private a: number[] = [];
  constructor(private readonly key: (v: number) => number) {}
  get size(): number {
    return this.a.length;
  }
  peek(): number | undefined {
    return this.a[0];
  }
  push(v: number): void {
    const a = this.a;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.key(a[p] as number) <= this.key(a[i] as number)) break;
      [a[p], a[i]] = [a[i] as number, a[p] as number];
      i = p;
    }
  }
  pop(): number | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.key(a[l] as number) < this.key(a[m] as number)) m = l;
        if (r < a.length && this.key(a[r] as number) < this.key(a[m] as number)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i] as number, a[m] as number];
        i = m;
      }
    }
    return top;
  }
}

export interface Laid<T> {
  span: T;
  lane: number;
}

/**
 * Spans in text order (start, then longer first) with a lane each: the
 * lowest lane not used by a span still open at its start.
 */
export function assignLanes<T extends Interval>(spans: readonly T[]): { items: Laid<T>[]; lanes: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const items: Laid<T>[] = [];
  const laneEnd: number[] = [];
  const busy = new MinHeap((lane) => laneEnd[lane] as number); // lanes in use, by end
  const free = new MinHeap((lane) => lane); // released lanes, lowest first
  for (const span of sorted) {
    while (busy.size > 0 && (laneEnd[busy.peek() as number] as number) <= span.start) free.push(busy.pop() as number);
    const lane = free.size > 0 ? (free.pop() as number) : laneEnd.length;
    laneEnd[lane] = span.end;
    busy.push(lane);
    items.push({ span, lane });
  }
  return { items, lanes: laneEnd.length };
}
