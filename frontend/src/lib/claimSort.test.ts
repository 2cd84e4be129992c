import { describe, expect, it } from 'vitest';
import { CLAIM_SORTS, claimSortOf, sortKeyText } from './claimSort';

describe('claimSort', () => {
  it('offers the six orders, the list own order first', () => {
    expect(CLAIM_SORTS.map((s) => s.id)).toEqual(['changed', 'mentions', 'origins', 'contradictions', 'grade', 'first-seen']);
    expect(new Set(CLAIM_SORTS.map((s) => s.label)).size).toBe(6);
  });

  it('reads only a known order from an address; the default is the empty value Go takes as "changed"', () => {
    expect(claimSortOf('mentions')).toBe('mentions');
    expect(claimSortOf('first-seen')).toBe('first-seen');
    expect(claimSortOf('changed')).toBe('');
    expect(claimSortOf('loudest')).toBe('');
    expect(claimSortOf('MENTIONS')).toBe('');
    expect(claimSortOf(3)).toBe('');
    expect(claimSortOf(undefined)).toBe('');
  });

  it('names the key a row is sorted by when the row does not show it already', () => {
    const fmt = (iso: string) => `<${iso}>`;
    expect(sortKeyText('contradictions', { contradictions: 0, firstSeen: '' }, fmt)).toBe('no contradiction');
    expect(sortKeyText('contradictions', { contradictions: 1, firstSeen: '' }, fmt)).toBe('1 contradiction');
    expect(sortKeyText('contradictions', { contradictions: 12, firstSeen: '' }, fmt)).toBe('12 contradictions');
    expect(sortKeyText('first-seen', { contradictions: 0, firstSeen: '2026-03-01' }, fmt)).toBe('first seen <2026-03-01>');
    expect(sortKeyText('first-seen', { contradictions: 0, firstSeen: '' }, fmt)).toBe('no dated mention');
    for (const s of ['', 'changed', 'mentions', 'origins', 'grade']) expect(sortKeyText(s, { contradictions: 3, firstSeen: '2026-03-01' }, fmt)).toBe('');
  });
});
