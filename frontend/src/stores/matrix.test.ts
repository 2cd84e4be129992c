import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { matrix } from './matrix.svelte';
import { errors } from './errors.svelte';

let limited: boolean;

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  limited = false;
  fakeGo.answer('MatrixService', 'Get', () => ({ by: 'article', columns: [], rows: [], limited, totalClaims: 0 }));
  matrix.text = '';
  matrix.tag = '';
  matrix.bounded = false;
  await matrix.load();
});
afterEach(() => vi.useRealTimers());

describe('matrix store', () => {
  it('a small workspace is read whole and filtered in the view: filters ask Go nothing', async () => {
    expect(matrix.data?.rows).toEqual([]);
    const calls = fakeGo.callsTo('MatrixService', 'Get').length;
    matrix.setText('delegation');
    matrix.setTag('disputed');
    await new Promise((r) => setTimeout(r, 300));
    expect(fakeGo.callsTo('MatrixService', 'Get').length).toBe(calls);
    expect(fakeGo.callsTo('MatrixService', 'Get')[0]![0]).toEqual({ by: 'article', asOf: '', limit: expect.any(Number) });
  });

  it('a capped answer makes filters the server’s: typing asks once, after it stops', async () => {
    limited = true;
    await matrix.load();
    expect(matrix.bounded).toBe(true);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls = fakeGo.callsTo('MatrixService', 'Get').length;
    matrix.setText('d');
    matrix.setText('de');
    matrix.setText('del');
    vi.advanceTimersByTime(200);
    expect(fakeGo.callsTo('MatrixService', 'Get').length).toBe(calls);
    vi.advanceTimersByTime(100);
    await settle();
    expect(fakeGo.callsTo('MatrixService', 'Get').length).toBe(calls + 1);
    expect(fakeGo.callsTo('MatrixService', 'Get').at(-1)![0]).toMatchObject({ text: 'del' });
    matrix.setTag('disputed');
    await settle();
    expect(fakeGo.callsTo('MatrixService', 'Get').at(-1)![0]).toMatchObject({ text: 'del', tag: 'disputed' });
  });

  it('an unfiltered answer that is not capped makes the workspace small again; a filtered one does not', async () => {
    matrix.bounded = true;
    matrix.text = 'x';
    await matrix.load();
    expect(matrix.bounded).toBe(true);
    matrix.text = '';
    await matrix.load();
    expect(matrix.bounded).toBe(false);
  });

  it('by and as-of reload only when they change', async () => {
    const calls = fakeGo.callsTo('MatrixService', 'Get').length;
    matrix.setBy('article');
    matrix.setAsOf('');
    await settle();
    expect(fakeGo.callsTo('MatrixService', 'Get').length).toBe(calls);
    matrix.setAsOf('2025-06-30');
    await settle();
    expect(fakeGo.callsTo('MatrixService', 'Get').at(-1)![0]).toMatchObject({ asOf: '2025-06-30' });
    matrix.setAsOf('');
    await settle();
  });

  it('sorting: a new key starts ascending (origins: most first); the same key flips', () => {
    matrix.sortBy('statement');
    expect(matrix.sortDir).toBe('asc');
    matrix.sortBy('statement');
    expect(matrix.sortDir).toBe('desc');
    matrix.sortBy('origins');
    expect([matrix.sortKey, matrix.sortDir]).toEqual(['origins', 'desc']);
    matrix.sortBy('origins');
    expect(matrix.sortDir).toBe('asc');
  });

  it('a failure is a banner and keeps the grid shown', async () => {
    const before = matrix.data;
    fakeGo.fail('MatrixService', 'Get', 'invalid', 'as-of date must be YYYY-MM-DD');
    await matrix.load();
    expect(errors.items[0]?.message).toBe('as-of date must be YYYY-MM-DD');
    expect(matrix.data).toBe(before);
    expect(matrix.loading).toBe(false);
  });
});
