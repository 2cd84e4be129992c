import { describe, expect, it } from 'vitest';
import { shownItems } from './items';
import type { FeedItem } from '../../api/feeds';

const item = (id: number, articleId: number): FeedItem => ({ id, feedId: 1, feedTitle: 'Coastline', url: `http://x/${id}`, title: `item ${id}`, outlet: '', publishedAt: '', summary: '', seenAt: '', articleId });

describe('the feed items shown (uxwalk5)', () => {
  const all = [item(1, 0), item(2, 41), item(3, 42)];
  it('shows every item when not only the new ones', () => {
    expect(shownItems(all, false, []).map((i) => i.id)).toEqual([1, 2, 3]);
  });
  it('keeps the items just imported in "only new", so that each links to its article', () => {
    expect(shownItems(all, true, []).map((i) => i.id)).toEqual([1]);
    expect(shownItems(all, true, [2]).map((i) => i.id)).toEqual([1, 2]);
  });
});
