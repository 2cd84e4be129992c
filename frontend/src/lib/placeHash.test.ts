import { describe, expect, it } from 'vitest';
import { placeFromHash, placeToHash, type ClaimsFilterPlace } from './placeHash';

const EMPTY: ClaimsFilterPlace = { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0 };
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
    expect(placeFromHash(h, VIEWS)).toEqual({ view: 'claims', claimId: 12, filter: { credibility: 4, entityId: 7, text: 'evacuated 100% & more' } });
  });

  it('another view keeps only its name', () => {
    expect(placeToHash('matrix', 3, { ...EMPTY, credibility: 2 })).toBe('#matrix');
    expect(placeFromHash('#matrix', VIEWS)).toEqual({ view: 'matrix', claimId: null, filter: {} });
  });

  it('leaves out values that are no ids', () => {
    expect(placeFromHash('#claims?claim=-3&credibility=x&entityId=2.5&tag=', VIEWS)).toEqual({ view: 'claims', claimId: null, filter: {} });
  });

  it('leaves out ids past the safe integers and survives a malformed escape', () => {
    expect(placeFromHash('#claims?claim=9223372036854775808&entityId=1e30', VIEWS)).toEqual({ view: 'claims', claimId: null, filter: {} });
    expect(placeFromHash('#%E0%A4%A', VIEWS)).toBeNull();
  });
});
