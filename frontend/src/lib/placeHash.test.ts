import { describe, expect, it } from 'vitest';
import { placeFromHash, placeToHash, type ClaimsFilterPlace } from './placeHash';

const EMPTY: ClaimsFilterPlace = { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0, sort: '' };
const VIEWS = ['claims', 'matrix', 'search'];

describe('placeHash', () => {
  it('the reader needs no fragment, and an empty or unknown one is no place', () => {
    expect(placeToHash('reader', null, EMPTY)).toBe('');
    expect(placeFromHash('', VIEWS)).toBeNull();
    expect(placeFromHash('#reader', VIEWS)).toBeNull();
    expect(placeFromHash('#nowhere', VIEWS)).toBeNull();
  });

  it('round-trips the open claim and the filter, text with spaces and symbols included', () => {
    const filter = { ...EMPTY, credibility: 4, text: 'evacuated 100% & more', entityId: 7 };
    const h = placeToHash('claims', 12, filter);
    expect(h.startsWith('#claims?')).toBe(true);
    expect(placeFromHash(h, VIEWS)).toEqual({ view: 'claims', claimId: 12, filter: { credibility: 4, entityId: 7, text: 'evacuated 100% & more' }, outlet: 0 });
  });

  it('another view keeps only its name', () => {
    expect(placeToHash('matrix', 3, { ...EMPTY, credibility: 2 })).toBe('#matrix');
    expect(placeFromHash('#matrix', VIEWS)).toEqual({ view: 'matrix', claimId: null, filter: {}, outlet: 0 });
  });

  it('leaves out values that are no ids', () => {
    expect(placeFromHash('#claims?claim=-3&credibility=x&entityId=2.5&tag=', VIEWS)).toEqual({ view: 'claims', claimId: null, filter: {}, outlet: 0 });
  });

  it("keeps the article list's outlet in any view, the reader included; 'none' is the articles with no outlet", () => {
    expect(placeToHash('reader', null, EMPTY, 3)).toBe('#reader?outlet=3');
    expect(placeFromHash('#reader?outlet=3', VIEWS)).toEqual({ view: 'reader', claimId: null, filter: {}, outlet: 3 });
    expect(placeToHash('reader', null, EMPTY, -1)).toBe('#reader?outlet=none');
    expect(placeFromHash('#reader?outlet=none', VIEWS)?.outlet).toBe(-1);
    const h = placeToHash('claims', 5, { ...EMPTY, tag: 'x' }, 8);
    expect(placeFromHash(h, VIEWS)).toEqual({ view: 'claims', claimId: 5, filter: { tag: 'x' }, outlet: 8 });
    expect(placeFromHash('#reader?outlet=-7', VIEWS)).toBeNull();
    expect(placeFromHash('#matrix?outlet=abc', VIEWS)?.outlet).toBe(0);
  });

  it("keeps the claims list's order; an unknown one, or the default, is left out", () => {
    const h = placeToHash('claims', null, { ...EMPTY, sort: 'contradictions', credibility: 2 });
    expect(placeFromHash(h, VIEWS)).toEqual({ view: 'claims', claimId: null, filter: { credibility: 2, sort: 'contradictions' }, outlet: 0 });
    expect(placeToHash('claims', null, { ...EMPTY, sort: 'changed' })).toBe('#claims');
    expect(placeFromHash('#claims?sort=loudest', VIEWS)).toEqual({ view: 'claims', claimId: null, filter: {}, outlet: 0 });
  });

  it('leaves out ids past the safe integers and survives a malformed escape', () => {
    expect(placeFromHash('#claims?claim=9223372036854775808&entityId=1e30', VIEWS)).toEqual({ view: 'claims', claimId: null, filter: {}, outlet: 0 });
    expect(placeFromHash('#%E0%A4%A', VIEWS)).toBeNull();
  });
});
