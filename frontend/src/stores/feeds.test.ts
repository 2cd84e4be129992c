import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { feeds } from './feeds.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';

const item = (id: number, articleId = 0) => ({ id, feedId: 1, feedTitle: 'Wire', url: `https://wire.example/${id}`, title: `Item ${id}`, outlet: '', publishedAt: '', summary: '', seenAt: '', articleId });

let feedList: { id: number; title: string }[];

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  feedList = [{ id: 1, title: 'Wire' }, { id: 2, title: 'Agency' }];
  fakeGo.answer('FeedService', 'List', () => feedList);
  fakeGo.answer('FeedService', 'Items', () => [item(1), item(2, 40), item(3)]);
  feeds.feedId = 0;
  feeds.checked = [];
  await feeds.load();
});

describe('feeds store', () => {
  it('toggleAll ticks every item not imported yet, then none', () => {
    feeds.toggleAll();
    expect(feeds.checked).toEqual([1, 3]);
    feeds.toggleAll();
    expect(feeds.checked).toEqual([]);
    feeds.toggle(3, true);
    feeds.toggle(3, true);
    expect(feeds.checked).toEqual([3]);
    feeds.toggleAll();
    expect(feeds.checked).toEqual([1, 3]);
    feeds.toggle(1, false);
    expect(feeds.checked).toEqual([3]);
  });

  it('ticks of items no longer listed are dropped on reload', async () => {
    feeds.checked = [1, 3];
    fakeGo.answer('FeedService', 'Items', () => [item(3)]);
    await feeds.loadItems();
    expect(feeds.checked).toEqual([3]);
  });

  it('a feed removed elsewhere falls back to every feed', async () => {
    await feeds.show(2);
    feedList = [{ id: 1, title: 'Wire' }];
    await feeds.load();
    expect(feeds.feedId).toBe(0);
    expect(fakeGo.callsTo('FeedService', 'Items').at(-1)).toEqual([0, true]);
  });

  it('subscribing: an empty address is refused here; Go’s refusal shows under the field', async () => {
    expect(await feeds.add('   ')).toBe(false);
    expect(feeds.addError).toMatch(/address of an RSS/);
    expect(fakeGo.callsTo('FeedService', 'Add')).toEqual([]);
    fakeGo.fail('FeedService', 'Add', 'invalid', 'this page is not a feed');
    expect(await feeds.add('https://example.org/')).toBe(false);
    expect(feeds.addError).toBe('this page is not a feed');
    expect(errors.items).toEqual([]);
    fakeGo.answer('FeedService', 'Add', () => ({ id: 7 }));
    expect(await feeds.add(' https://example.org/rss ')).toBe(true);
    expect(fakeGo.callsTo('FeedService', 'Add').at(-1)).toEqual(['https://example.org/rss']);
    expect(feeds.feedId).toBe(7);
    expect(feeds.addError).toBe('');
  });

  it('a pull says what it brought, failures and cancellation included', async () => {
    fakeGo.answer('FeedService', 'Pull', () => ({ feeds: 2, newItems: 1, cancelled: true, results: [{ feedId: 1, error: 'timeout' }, { feedId: 2 }] }));
    await feeds.pull();
    expect(progress.notice?.text).toBe('Feeds: 1 new item from 2 feeds · 1 failed · cancelled');
    expect(feeds.pulling).toBe(false);
    expect(feeds.lastPull?.results).toHaveLength(2);
  });

  it('importing the ticked items runs an import and clears the ticks when it worked', async () => {
    fakeGo.answer('FeedService', 'ImportItems', () => ({ imported: 2, items: [] }));
    fakeGo.answer('ArticleService', 'ListPage', () => ({ items: [], total: 0, offset: 0 }));
    fakeGo.answer('ImportService', 'Orphans', () => []);
    feeds.checked = [1, 3];
    await feeds.importChecked();
    expect(fakeGo.callsTo('FeedService', 'ImportItems')).toEqual([[[1, 3], { encoding: '', maxBytes: 0 }]]);
    expect(feeds.checked).toEqual([]);
    expect(progress.notice?.text).toBe('Import: 2 imported');
  });

  it('follows feed changes made elsewhere (a burst reloads once); other tables are ignored', async () => {
    const before = fakeGo.callsTo('FeedService', 'List').length;
    fakeGo.emit('workspace:changed', { tables: ['spans'] });
    fakeGo.emit('workspace:changed', { tables: ['feeds'] });
    fakeGo.emit('workspace:changed', { tables: ['feeds', 'feed_items'] });
    await new Promise((r) => setTimeout(r, 400));
    expect(fakeGo.callsTo('FeedService', 'List').length).toBe(before + 1);
  });
});
