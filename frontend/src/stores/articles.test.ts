import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { articles, PAGE_SIZE } from './articles.svelte';
import { errors } from './errors.svelte';

let total: number;
let gone: Set<number>;

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  total = 250;
  gone = new Set();
  fakeGo.answer('ArticleService', 'ListPage', (offset, limit) => {
    const o = offset as number;
    const items = [];
    for (let i = o; i < Math.min(total, o + (limit as number)); i++) items.push({ id: i + 1, title: `Article ${i + 1}` });
    return { items, total, offset: o };
  });
  fakeGo.answer('ArticleService', 'Get', (id) => {
    if (gone.has(id as number)) throw { code: 'not_found', message: `article ${id} not found` };
    return { id, title: `Article ${id}` };
  });
  await articles.show(0, 20);
  await articles.load();
});

describe('articles store', () => {
  it('pages the list: rows on screen are fetched, others wait', async () => {
    expect(articles.total).toBe(250);
    expect(articles.listLoaded).toBe(true);
    expect(articles.row(0)?.title).toBe('Article 1');
    expect(articles.row(PAGE_SIZE + 1)).toBeUndefined();
    await articles.show(PAGE_SIZE, PAGE_SIZE + 20);
    expect(articles.row(PAGE_SIZE + 1)?.id).toBe(PAGE_SIZE + 2);
    expect(articles.indexOf(PAGE_SIZE + 2)).toBe(PAGE_SIZE + 1);
    expect(articles.indexOf(null)).toBe(-1);
  });

  it('a failed list says so and is marked failed; the next load clears it', async () => {
    fakeGo.fail('ArticleService', 'ListPage', 'internal', 'database is locked');
    expect(await articles.load()).toBe(false);
    expect(articles.listFailed).toBe(true);
    expect(errors.items[0]?.message).toBe('database is locked');
    fakeGo.answer('ArticleService', 'ListPage', () => ({ items: [], total: 0, offset: 0 }));
    expect(await articles.load()).toBe(true);
    expect(articles.listFailed).toBe(false);
    expect(articles.total).toBe(0);
  });

  it('restore opens the remembered article, or the first; one that is gone opens nothing, quietly', async () => {
    gone.add(77);
    await articles.restore(77);
    expect(articles.selectedId).toBeNull();
    expect(articles.current).toBeNull();
    expect(errors.items).toEqual([]);
    await articles.restore(null);
    expect(articles.selectedId).toBe(1);
    expect(articles.current?.id).toBe(1);
  });

  it('the article clicked last is the one shown, whatever order the answers come in', async () => {
    const held = fakeGo.hold('ArticleService', 'Get');
    const a = articles.select(3);
    const b = articles.select(4);
    held.release({ id: 4, title: 'Four' }, 1);
    await settle();
    held.release({ id: 3, title: 'Three' }, 0);
    await Promise.all([a, b]);
    expect(articles.current?.id).toBe(4);
    expect(articles.currentLoading).toBe(false);
  });

  it('clicking an article that is gone reports it', async () => {
    gone.add(9);
    await articles.select(9);
    expect(errors.items[0]?.message).toBe('article 9 not found');
    expect(articles.current).toBeNull();
  });

  it('removed articles close the open one when it was among them, and an answer still coming for it is dropped', async () => {
    await articles.select(2);
    expect(articles.closeRemoved([5, 6])).toBe(false);
    expect(articles.current?.id).toBe(2);
    expect(articles.closeRemoved([1, 2])).toBe(true);
    expect([articles.selectedId, articles.current, articles.currentLoading]).toEqual([null, null, false]);
    const held = fakeGo.hold('ArticleService', 'Get');
    const opening = articles.select(7);
    expect(articles.closeRemoved([7])).toBe(true);
    held.release({ id: 7, title: 'Seven' }, 0);
    await opening;
    expect([articles.selectedId, articles.current]).toEqual([null, null]);
  });

  it('saving details shows Go’s answer on the open article, or resolves the message', async () => {
    await articles.select(2);
    fakeGo.answer('ArticleService', 'Update', (id, u) => ({ id, title: 'Article 2', ...(u as object) }));
    expect(await articles.update(2, { outlet: 'KCNA' } as never)).toBe('');
    expect(articles.current).toMatchObject({ id: 2, outlet: 'KCNA' });
    fakeGo.fail('ArticleService', 'Update', 'invalid', 'the date must be YYYY-MM-DD');
    expect(await articles.update(2, { publishedAt: 'June' } as never)).toBe('the date must be YYYY-MM-DD');
  });

  it('span changes elsewhere reload the rows on screen once for a burst; the pickers’ list only for article changes', async () => {
    fakeGo.answer('ArticleService', 'List', () => [{ id: 1, title: 'Article 1' }]);
    articles.wantAll();
    await settle();
    const pages = fakeGo.callsTo('ArticleService', 'ListPage').length;
    fakeGo.emit('workspace:changed', { tables: ['spans'] });
    fakeGo.emit('workspace:changed', { tables: ['spans'] });
    await new Promise((r) => setTimeout(r, 400));
    expect(fakeGo.callsTo('ArticleService', 'ListPage').length).toBe(pages + 1);
    expect(fakeGo.callsTo('ArticleService', 'List')).toHaveLength(1);
    fakeGo.emit('workspace:changed', { tables: ['articles'] });
    await new Promise((r) => setTimeout(r, 400));
    expect(fakeGo.callsTo('ArticleService', 'List')).toHaveLength(2);
    fakeGo.emit('workspace:changed', { tables: ['tags'] });
    await new Promise((r) => setTimeout(r, 400));
    expect(fakeGo.callsTo('ArticleService', 'ListPage').length).toBe(pages + 2);
  });
});
