import { describe, expect, it } from 'vitest';
import { parseSnippet, snippetText } from './snippet';

// Go marks each match between U+FDD0 and U+FDD1 (app/search.go); written O and C here.
const O = '\uFDD0';
const C = '\uFDD1';

describe('parseSnippet', () => {
  it('splits marked words', () => {
    expect(parseSnippet(`Minister ${O}Olga${C} ${O}Lyubimova${C} arrived`)).toEqual([
      { text: 'Minister ', mark: false },
      { text: 'Olga', mark: true },
      { text: ' ', mark: false },
      { text: 'Lyubimova', mark: true },
      { text: ' arrived', mark: false },
    ]);
  });
  it("keeps the text's own square brackets as text (an editor's words in a quote)", () => {
    expect(parseSnippet(`he [the harbour master] closed the ${O}quay${C} [sic]`)).toEqual([
      { text: 'he [the harbour master] closed the ', mark: false },
      { text: 'quay', mark: true },
      { text: ' [sic]', mark: false },
    ]);
    expect(snippetText(`a [b] ${O}c${C}`)).toBe('a [b] c');
  });
  it('handles marks at both ends and adjacent marks', () => {
    expect(parseSnippet(`${O}a${C}${O}b${C} c ${O}d${C}`)).toEqual([
      { text: 'ab', mark: true },
      { text: ' c ', mark: false },
      { text: 'd', mark: true },
    ]);
  });
  it('keeps HTML literally, as text', () => {
    const parts = parseSnippet(`<script>alert(1)</script> and ${O}<b>x</b>${C}`);
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> and ', mark: false },
      { text: '<b>x</b>', mark: true },
    ]);
    expect(snippetText(`a ${O}<script>${C} b`)).toBe('a <script> b');
  });
  it('leaves unbalanced markers out of the text', () => {
    expect(parseSnippet(`a ${C} b ${O} c`)).toEqual([{ text: 'a  b  c', mark: false }]);
    expect(parseSnippet(`x ${O}y`)).toEqual([{ text: 'x y', mark: false }]);
  });
  it('drops empty marks and handles empty input', () => {
    expect(parseSnippet(`a ${O}${C} b`)).toEqual([{ text: 'a  b', mark: false }]);
    expect(parseSnippet('')).toEqual([]);
    expect(parseSnippet(null)).toEqual([]);
  });
  it('keeps emoji and non-Latin text intact', () => {
    expect(parseSnippet(`🇰🇵 ${O}김정은${C} 𝓚`)).toEqual([
      { text: '🇰🇵 ', mark: false },
      { text: '김정은', mark: true },
      { text: ' 𝓚', mark: false },
    ]);
  });
});
