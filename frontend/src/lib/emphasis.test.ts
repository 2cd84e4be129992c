import { describe, expect, it } from 'vitest';
import { emphasise } from './emphasis';

const em = (parts: { text: string; em: boolean }[]) => parts.filter((p) => p.em).map((p) => p.text);

describe('emphasise', () => {
  it('marks words starting with a stemmed term', () => {
    const p = emphasise('North Korea has deployed around 11,000 elite troops.', ['troop', 'deploy']);
    expect(em(p)).toEqual(['deployed', 'troops']);
    expect(p.map((x) => x.text).join('')).toBe('North Korea has deployed around 11,000 elite troops.');
  });
  it('marks entity names as phrases, case-insensitively, at word starts', () => {
    expect(em(emphasise('Troops from north korea; South Korea too.', [], ['North Korea']))).toEqual(['north korea']);
  });
  it('returns one plain part when nothing matches', () => {
    expect(emphasise('nothing here', ['zzz'])).toEqual([{ text: 'nothing here', em: false }]);
    expect(emphasise('', ['a'])).toEqual([]);
  });
  it('keeps markup characters as text', () => {
    const p = emphasise('<b>troops</b>', ['troop']);
    expect(p.map((x) => x.text).join('')).toBe('<b>troops</b>');
  });
});
