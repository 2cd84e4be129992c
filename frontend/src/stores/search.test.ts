import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { search, SEARCH_LIMIT } from './search.svelte';
import { errors } from './errors.svelte';

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
});

describe('search store', () => {
  it('asks Go for the trimmed query and keeps what it answered', async () => {
    fakeGo.answer('SearchService', 'Search', (q) => [{ articleId: 1, snippet: `…${q}…` }]);
    await search.run('  Pyongyang ');
    expect(fakeGo.callsTo('SearchService', 'Search')).toEqual([['Pyongyang', SEARCH_LIMIT]]);
    expect(search.searched).toBe('Pyongyang');
    expect(search.hits).toHaveLength(1);
    expect(search.loading).toBe(false);
  });

  it('an empty query clears without asking Go', async () => {
    await search.run('   ');
    expect(fakeGo.calls).toEqual([]);
    expect(search.hits).toEqual([]);
    expect(search.searched).toBe('');
  });

  it('bad query syntax is a hint under the box, not a banner; other failures are banners', async () => {
    fakeGo.fail('SearchService', 'Search', 'invalid', 'unbalanced quote in the query');
    await search.run('"Kim');
    expect(search.hint).toBe('unbalanced quote in the query');
    expect(errors.items).toEqual([]);
    fakeGo.fail('SearchService', 'Search', 'internal', 'the index is damaged');
    await search.run('Kim');
    expect(search.hint).toBe('');
    expect(errors.items[0]?.message).toBe('the index is damaged');
  });

  it('a slow earlier search does not overwrite the answer to the later one', async () => {
    const held = fakeGo.hold('SearchService', 'Search');
    const a = search.run('Kim');
    const b = search.run('Kim Jong');
    held.release([{ articleId: 2 }], 1);
    await settle();
    held.release([{ articleId: 1 }, { articleId: 3 }], 0);
    await Promise.all([a, b]);
    expect(search.searched).toBe('Kim Jong');
    expect(search.hits).toEqual([{ articleId: 2 }]);
  });

  it('after a workspace change, the last search runs again', async () => {
    fakeGo.answer('SearchService', 'Search', () => []);
    await search.run('delegation');
    search.watch();
    fakeGo.emit('workspace:changed', { tables: ['articles'] });
    await new Promise((r) => setTimeout(r, 100));
    expect(fakeGo.callsTo('SearchService', 'Search')).toEqual([['delegation', SEARCH_LIMIT], ['delegation', SEARCH_LIMIT]]);
  });
});
