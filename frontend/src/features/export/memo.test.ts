import { describe, expect, it } from 'vitest';
import { memoFilename, memoMime, memoOptions, togglePicked } from './memo';

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
