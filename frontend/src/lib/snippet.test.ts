import { describe, expect, it } from 'vitest';
import { parseSnippet, snippetText } from './snippet';

describe('parseSnippet', () => {
  it('splits marked words', () => {
    expect(parseSnippet('Minister [Olga] [Lyubimova] arrived')).toEqual([
      { text: 'Minister ', mark: false },
      { text: 'Olga', mark: true },
      { text: ' ', mark: false },
      { text: 'Lyubimova', mark: true },
      { text: ' arrived', mark: false },
    ]);
  });
  it('handles marks at both ends and adjacent marks', () => {
    expect(parseSnippet('[a][b] c [d]')).toEqual([
      { text: 'ab', mark: true },
      { text: ' c ', mark: false },
      { text: 'd', mark: true },
    ]);
  });
  it('keeps HTML literally, as text', () => {
    const parts = parseSnippet('<script>alert(1)</script> and [<b>x</b>]');
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> and ', mark: false },
      { text: '<b>x</b>', mark: true },
    ]);
    expect(snippetText('a [<script>] b')).toBe('a <script> b');
  });
  it('leaves unbalanced brackets as text', () => {
    expect(parseSnippet('a ] b [ c')).toEqual([{ text: 'a ] b [ c', mark: false }]);
    expect(parseSnippet('[a [b] c')).toEqual([
      { text: 'a [b', mark: true },
      { text: ' c', mark: false },
    ]);
    expect(parseSnippet('x [y')).toEqual([{ text: 'x [y', mark: false }]);
  });
  it('drops empty marks and handles empty input', () => {
    expect(parseSnippet('a [] b')).toEqual([{ text: 'a  b', mark: false }]);
    expect(parseSnippet('')).toEqual([]);
    expect(parseSnippet(null)).toEqual([]);
  });
  it('keeps emoji and non-Latin text intact', () => {
    expect(parseSnippet('🇰🇵 [김정은] 𝓚')).toEqual([
      { text: '🇰🇵 ', mark: false },
      { text: '김정은', mark: true },
      { text: ' 𝓚', mark: false },
    ]);
  });
});
