import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../api/search';
import { groupHits, hitTarget } from './hits';

const hit = (kind: SearchHit['kind'], id: number, over: Partial<SearchHit> = {}): SearchHit => ({
  kind, id, articleId: 1, claimId: null, title: `t${id}`, snippet: '', start: null, end: null, ...over,
});

describe('groupHits', () => {
  it('groups by kind in the order articles, claims, notes, keeping the answer’s order inside', () => {
    const g = groupHits([hit('note', 1), hit('claim', 2), hit('article', 3), hit('claim', 4), hit('article', 5)]);
    expect(g.map((x) => [x.label, x.hits.map((h) => h.id)])).toEqual([
      ['Articles', [3, 5]],
      ['Claims', [2, 4]],
      ['Notes', [1]],
    ]);
  });

  it('keeps empty groups (the view hides them)', () => {
    expect(groupHits([]).map((g) => g.hits.length)).toEqual([0, 0, 0]);
  });
});

describe('hitTarget', () => {
  it('a claim opens its page', () => {
    expect(hitTarget(hit('claim', 1, { claimId: 9, articleId: null }))).toEqual({ view: 'claims', params: { claimId: 9 } });
  });

  it('a note opens the reader at the matched text', () => {
    expect(hitTarget(hit('note', 1, { articleId: 4, start: 10, end: 20 }))).toEqual({ view: 'reader', params: { articleId: 4, start: 10, end: 20 } });
  });

  it('an article without a place opens at the top; a claim without an id falls back to its article', () => {
    expect(hitTarget(hit('article', 1, { articleId: 4, start: 3 }))).toEqual({ view: 'reader', params: { articleId: 4 } });
    expect(hitTarget(hit('claim', 1, { claimId: null, articleId: 6 }))).toEqual({ view: 'reader', params: { articleId: 6 } });
  });

  it('a hit with nowhere to go opens nothing', () => {
    expect(hitTarget(hit('note', 1, { articleId: null }))).toBeNull();
  });
});
