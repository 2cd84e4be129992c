// Layout of overlapping spans for lists beside the text: each span gets a
// lane (an indentation level) so that spans which overlap never share one.
// Nested spans land one lane deeper than their container. Greedy interval
// colouring in text order: O(n log n) with two small heaps.

import type { Interval } from './spanIndex';

/** Values ordered by a key fixed when pushed; parallel arrays, swaps without allocation. */
class MinHeap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size(): number {
    return this.vals.length;
  }
  peek(): number | undefined {
    return this.vals[0];
  }
  push(v: number, key: number): void {
    const k = this.keys;
    const a = this.vals;
    let i = a.length;
    k.push(key);
    a.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((k[p] as number) <= key) break;
      k[i] = k[p] as number;
      a[i] = a[p] as number;
      i = p;
    }
    k[i] = key;
    a[i] = v;
  }
  pop(): number | undefined {
    const k = this.keys;
    const a = this.vals;
    const top = a[0];
    const lastKey = k.pop() as number;
    const last = a.pop();
    const n = a.length;
    if (n > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && (k[r] as number) < (k[l] as number) ? r : l;
        if ((k[m] as number) >= lastKey) break;
        k[i] = k[m] as number;
        a[i] = a[m] as number;
        i = m;
      }
      k[i] = lastKey;
      a[i] = last;
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
  const busy = new MinHeap(); // lanes in use, by end
  const free = new MinHeap(); // released lanes, lowest first
  for (const span of sorted) {
    while (busy.size > 0 && (laneEnd[busy.peek() as number] as number) <= span.start) {
      const l = busy.pop() as number;
      free.push(l, l);
    }
    const lane = free.size > 0 ? (free.pop() as number) : laneEnd.length;
    laneEnd[lane] = span.end;
    busy.push(lane, span.end);
    items.push({ span, lane });
  }
  return { items, lanes: laneEnd.length };
}
