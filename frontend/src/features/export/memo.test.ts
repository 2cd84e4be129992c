import { describe, expect, it } from 'vitest';
import { MAX_MEMO_CLAIMS, memoFilename, memoMime, memoOptions, shownMemo, togglePicked } from './memo';
import { EMPTY_FILTER } from '../../api/claims';

describe('memoOptions', () => {
  it('keeps each claim once, in order, and drops ids that are no ids', () => {
    expect(memoOptions({ claimIds: [7, 3, 7, 0, -2, 1.5, 9] }, 'html')).toEqual({ claimIds: [7, 3, 9], tag: '', format: 'html' });
  });
  it('is a tag memo when a tag is given (trimmed), whatever ids come with it', () => {
    expect(memoOptions({ claimIds: [4], tag: '  flood  ' }, 'text')).toEqual({ claimIds: [], tag: 'flood', format: 'text' });
  });
  it('a blank tag is no tag', () => {
    expect(memoOptions({ claimIds: [4], tag: '   ' }, 'html')).toEqual({ claimIds: [4], tag: '', format: 'html' });
  });
});

describe('memoFilename', () => {
  const now = new Date(Date.UTC(2026, 11, 7, 23, 59));
  it('names one claim, several and a tag as Go does', () => {
    expect(memoFilename({ claimIds: [12], tag: '', format: 'html' }, now)).toBe('claimdesk-memo-claim12-20261207.html');
    expect(memoFilename({ claimIds: [1, 2, 3], tag: '', format: 'text' }, now)).toBe('claimdesk-memo-3claims-20261207.txt');
    expect(memoFilename({ claimIds: [], tag: 'Key people / Corvale', format: 'html' }, now)).toBe('claimdesk-memo-tag-key-people-corvale-20261207.html');
  });
  it('keeps letters of any script and never leaves the name empty', () => {
    expect(memoFilename({ claimIds: [], tag: 'فيضان', format: 'html' }, now)).toBe('claimdesk-memo-tag-فيضان-20261207.html');
    expect(memoFilename({ claimIds: [], tag: '../..', format: 'html' }, now)).toBe('claimdesk-memo-tag-tag-20261207.html');
  });
});

describe('memoMime', () => {
  it('is HTML or plain text, UTF-8', () => {
    expect(memoMime('html')).toBe('text/html;charset=utf-8');
    expect(memoMime('text')).toBe('text/plain;charset=utf-8');
  });
});

describe('togglePicked', () => {
  it('adds a claim at the end and takes it out on the second click, keeping the order', () => {
    let p = togglePicked([], 5);
    p = togglePicked(p, 2);
    expect(p).toEqual([5, 2]);
    expect(togglePicked(p, 5)).toEqual([2]);
    expect(p).toEqual([5, 2]); // not changed in place
  });
});

describe('shownMemo', () => {
  const f = { ...EMPTY_FILTER, text: 'dam', sort: 'mentions' };
  it('is the filter\'s memo, with its count said', () => {
    expect(shownMemo(37, f)).toEqual({ of: { filter: f }, label: 'Memo of the 37 claims shown' });
    expect(shownMemo(1, f)).toBeNull(); // one claim: its page's Memo
  });
  it('is the tag\'s memo when the filter is a tag alone', () => {
    expect(shownMemo(3, { ...EMPTY_FILTER, tag: 'flood' })).toEqual({ of: { tag: 'flood' }, label: 'Memo of the 3 claims shown' });
  });
  it('is refused in words over the cap, and nothing when none is shown', () => {
    expect(shownMemo(MAX_MEMO_CLAIMS, f)).toHaveProperty('of');
    expect(shownMemo(MAX_MEMO_CLAIMS + 1, f)).toEqual({ refused: `${MAX_MEMO_CLAIMS + 1} claims shown: a memo holds at most ${MAX_MEMO_CLAIMS}. Narrow the filter, or tick the claims you want.` });
    expect(shownMemo(0, f)).toBeNull();
  });
  it('sends the filter to Go and names the file as Go does', () => {
    const o = memoOptions({ filter: f }, 'html');
    expect(o).toEqual({ claimIds: [], tag: '', filter: f, format: 'html' });
    expect(memoFilename(o, new Date(Date.UTC(2026, 11, 7)))).toBe('claimdesk-memo-filtered-20261207.html');
  });
});
