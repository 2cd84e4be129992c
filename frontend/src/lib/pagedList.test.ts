import { describe, expect, it } from 'vitest';
import { PagedList, type Page } from './pagedList';

/** A fake server over rows 0..n-1 that records requests and answers when told. */
function fakeServer(n: number) {
  let rows = Array.from({ length: n }, (_, i) => `r${i}`);
  const calls: { offset: number; limit: number; resolve: () => void }[] = [];
  const fetchPage = (offset: number, limit: number): Promise<Page<string>> =>
    new Promise((resolve) => {
      const snapshot = rows; // what the server saw when asked
      calls.push({ offset, limit, resolve: () => resolve({ items: snapshot.slice(offset, offset + limit), total: snapshot.length }) });
    });
  return {
    calls,
    fetchPage,
    set: (r: string[]) => (rows = r),
    async answerAll() {
      const pending = calls.splice(0);
      for (const c of pending) c.resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('PagedList', () => {
  it('takes a page fetched elsewhere (the start-up call) without asking for it again', async () => {
    const srv = fakeServer(250);
    let changes = 0;
    const list = new PagedList(srv.fetchPage, 100, () => changes++);
    list.put(0, { items: Array.from({ length: 100 }, (_, i) => `r${i}`), total: 250 });
    expect([list.total, list.get(99), changes]).toEqual([250, 'r99', 1]);
    void list.ensure(0, 20);
    expect(srv.calls).toHaveLength(0);
    void list.ensure(90, 120); // the next page is still fetched on demand
    expect(srv.calls.map((c) => c.offset)).toEqual([100]);
    await srv.answerAll();
    expect(list.get(100)).toBe('r100');
  });

  it('fetches only the pages the visible rows are on, once each', async () => {
    const srv = fakeServer(1000);
    let changes = 0;
    const list = new PagedList(srv.fetchPage, 100, () => changes++);
    void list.ensure(0, 20);
    void list.ensure(5, 30); // same page, asked again while in flight
    expect(srv.calls.map((c) => [c.offset, c.limit])).toEqual([[0, 100]]);
    await srv.answerAll();
    expect(list.total).toBe(1000);
    expect(list.get(0)).toBe('r0');
    expect(list.get(99)).toBe('r99');
    expect(list.get(100)).toBeUndefined();
    expect(changes).toBe(1);
    void list.ensure(90, 210);
    expect(srv.calls.map((c) => c.offset)).toEqual([100, 200]);
    await srv.answerAll();
    expect(list.get(150)).toBe('r150');
    expect(list.loaded().length).toBe(300);
  });

  it('asks for the first page when the total is not known yet', async () => {
    const srv = fakeServer(3);
    const list = new PagedList(srv.fetchPage, 100);
    void list.ensure(0, 0);
    expect(srv.calls.map((c) => c.offset)).toEqual([0]);
    await srv.answerAll();
    expect(list.total).toBe(3);
    void list.ensure(0, 50); // beyond the total: nothing to fetch
    expect(srv.calls).toEqual([]);
  });

  it('reload keeps the rows on screen until the new answer, drops the others', async () => {
    const srv = fakeServer(1000);
    const list = new PagedList(srv.fetchPage, 100);
    void list.ensure(0, 300);
    await srv.answerAll();
    srv.set(['new', ...Array.from({ length: 1000 }, (_, i) => `r${i}`)]);
    void list.reload(120, 140);
    expect(list.get(130)).toBe('r130'); // old row until the answer
    expect(list.get(0)).toBeUndefined(); // off screen: dropped
    expect(srv.calls.map((c) => c.offset)).toEqual([100]);
    await srv.answerAll();
    expect(list.total).toBe(1001);
    expect(list.get(130)).toBe('r129');
  });

  it('drops an answer asked for before a reload', async () => {
    const srv = fakeServer(500);
    const list = new PagedList(srv.fetchPage, 100);
    void list.ensure(0, 10);
    const old = srv.calls.splice(0);
    srv.set(['a', 'b']);
    void list.reload(0, 10);
    await srv.answerAll(); // the new answer first
    for (const c of old) c.resolve(); // then the old one, with 500 rows
    await new Promise((r) => setTimeout(r, 0));
    expect(list.total).toBe(2);
    expect(list.get(0)).toBe('a');
    expect(list.get(2)).toBeUndefined();
  });

  it('forgets other pages when the total changes (rows shifted)', async () => {
    const srv = fakeServer(300);
    const list = new PagedList(srv.fetchPage, 100);
    void list.ensure(0, 300);
    await srv.answerAll();
    srv.set(['x', ...Array.from({ length: 300 }, (_, i) => `r${i}`)]);
    // Only page 2 is asked for again (e.g. scrolled there after a cache miss elsewhere).
    void list.reload(250, 260);
    await srv.answerAll();
    expect(list.total).toBe(301);
    expect(list.get(250)).toBe('r249');
    expect(list.has(0)).toBe(false);
  });
});
