// How long the reader takes to find and mark the invisible characters of a long article
// (a 2 MB text): printed, never asserted (the machine is shared; figures go to
// docs/reliability.md). `vitest bench` does not run on this Node (20), hence a test that prints.
//   npx vitest run src/lib/invisibleChars.timing.test.ts
import { describe, expect, it } from 'vitest';
import { findInvisible, showInvisible } from './invisibleChars';

const PARA = 'The Corvale harbour office said 1\u200F,500 people left on Friday; the ferry \u200Boperator disagreed. ';
const MARKED = PARA.repeat(Math.ceil((2 * 1024 * 1024) / PARA.length));
const CLEAN = MARKED.replace(/[\u200F\u200B]/g, '');

function timed(label: string, run: () => unknown): void {
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  console.log(`${label}: ${ms.map((m) => m.toFixed(1)).join(', ')} ms (5 runs)`);
}

describe('a 2 MB article', () => {
  it('prints how long finding and marking take', () => {
    const per = Math.ceil((2 * 1024 * 1024) / PARA.length);
    expect(findInvisible(MARKED)).toHaveLength(2 * per);
    expect(showInvisible(MARKED).length).toBe(MARKED.length);
    timed(`findInvisible, ${2 * per} found in ${MARKED.length} UTF-16 units`, () => findInvisible(MARKED));
    timed('showInvisible, the same', () => showInvisible(MARKED));
    timed(`showInvisible, none in ${CLEAN.length} UTF-16 units`, () => showInvisible(CLEAN));
  });
});
