import { describe, expect, it } from 'vitest';
import { cursorStep, snapSelection, stepWord } from './snap';

/** Snap the first occurrence of `sel` in text (or [a, b) given as numbers) and return the snapped text. */
function snapText(text: string, a: number, b: number): string | null {
  const r = snapSelection(text, a, b);
  return r ? text.slice(r.start, r.end) : null;
}

function at(text: string, sub: string): [number, number] {
  const i = text.indexOf(sub);
  if (i < 0) throw new Error(`${sub} not in ${text}`);
  return [i, i + sub.length];
}

const T = 'Russian Culture Minister Olga Lyubimova has made a visit to North Korea.';

describe('snapSelection', () => {
  it('keeps an exact word selection', () => {
    expect(snapText(T, ...at(T, 'Olga Lyubimova'))).toBe('Olga Lyubimova');
  });

  it('expands a selection inside one word to the word', () => {
    expect(snapText(T, ...at(T, 'ubim'))).toBe('Lyubimova');
    const [a] = at(T, 'Lyubimova');
    expect(snapText(T, a + 3, a + 3 + 1)).toBe('Lyubimova');
  });

  it('expands partial words at both ends', () => {
    expect(snapText(T, ...at(T, 'ga Lyubi'))).toBe('Olga Lyubimova');
  });

  it('trims leading and trailing spaces without pulling in neighbours', () => {
    expect(snapText(T, ...at(T, ' Olga Lyubimova '))).toBe('Olga Lyubimova');
    expect(snapText(T, ...at(T, '  '.trim() + ' Korea.'))).toBe('Korea');
  });

  it('trims sentence punctuation around words but keeps quotes and brackets', () => {
    expect(snapText(T, ...at(T, 'North Korea.'))).toBe('North Korea');
    const q = 'He said, “unprecedented” (KCNA), then left.';
    expect(snapText(q, ...at(q, ', “unprecedented”'))).toBe('“unprecedented”');
    expect(snapText(q, ...at(q, 'CN'))).toBe('KCNA');
    expect(snapText(q, ...at(q, '(KCNA),'))).toBe('(KCNA)');
  });

  it('treats a curly apostrophe and hyphenated names as the text has them', () => {
    const t = 'Kim Jong-un’s visit';
    expect(snapText(t, ...at(t, 'Jong-u'))).toBe('Jong-un’s');
    expect(snapText(t, ...at(t, 'Kim'))).toBe('Kim');
  });

  it('returns null for spaces or punctuation only, or an empty selection', () => {
    expect(snapSelection(T, 3, 3)).toBeNull();
    const t = 'a , . b';
    expect(snapSelection(t, 1, 5)).toBeNull();
  });

  it('accepts a backwards selection', () => {
    const [a, b] = at(T, 'Olga');
    expect(snapText(T, b, a)).toBe('Olga');
  });

  it('never splits an emoji with a skin-tone modifier or a ZWJ sequence', () => {
    const t = 'Great 👍🏽 news 👨‍👩‍👧 today';
    const i = t.indexOf('👍🏽');
    // Selecting only the first surrogate of the thumbs-up.
    expect(snapText(t, i, i + 1)).toBe('👍🏽');
    const j = t.indexOf('👨‍👩‍👧');
    expect(snapText(t, j + 2, j + 4)).toBe('👨‍👩‍👧');
  });

  it('never splits a combining mark from its base', () => {
    const t = 'cafe\u0301 noir'; // é as e + combining acute
    expect(snapText(t, 0, 4)).toBe('cafe\u0301');
    const u = 'x \u0915\u094d\u0937 y'; // Devanagari conjunct
    expect(snapText(u, 2, 3)).toBe('\u0915\u094d\u0937');
  });

  it('handles astral letters (𝓚) inside words', () => {
    const t = 'the 𝓚ing said';
    const i = t.indexOf('𝓚');
    expect(snapText(t, i + 1, i + 3)).toBe('𝓚ing');
  });

  it('snaps CJK to the segmenter’s words', () => {
    const t = '北朝鮮の指導者が会談した。';
    const r = snapText(t, 1, 2);
    expect(r).not.toBeNull();
    expect(t.includes(r as string)).toBe(true);
    expect((r as string).length).toBeGreaterThanOrEqual(1);
    // A whole-sentence selection loses only the final full stop? (。 is not trimmed: keep it simple)
    expect(snapText(t, 0, t.length)?.startsWith('北朝鮮')).toBe(true);
  });

  it('clamps out-of-range offsets', () => {
    expect(snapText('one two', -5, 99)).toBe('one two');
  });
});

describe('stepWord', () => {
  const t = 'Russian Culture Minister Olga Lyubimova has made';
  const span = { start: t.indexOf('Olga'), end: t.indexOf('Olga') + 'Olga Lyubimova'.length };
  const show = (s: { start: number; end: number }) => t.slice(s.start, s.end);

  it('extends and shrinks the start by a word', () => {
    expect(show(stepWord(t, span, 'start', 'extend'))).toBe('Minister Olga Lyubimova');
    expect(show(stepWord(t, span, 'start', 'shrink'))).toBe('Lyubimova');
  });

  it('extends and shrinks the end by a word', () => {
    expect(show(stepWord(t, span, 'end', 'extend'))).toBe('Olga Lyubimova has');
    expect(show(stepWord(t, span, 'end', 'shrink'))).toBe('Olga');
  });

  it('never empties a span and stops at the text edges', () => {
    const one = { start: 0, end: 7 };
    expect(stepWord(t, one, 'start', 'shrink')).toEqual(one);
    expect(stepWord(t, one, 'end', 'shrink')).toEqual(one);
    expect(stepWord(t, one, 'start', 'extend')).toEqual(one);
    const last = { start: t.indexOf('made'), end: t.length };
    expect(stepWord(t, last, 'end', 'extend')).toEqual(last);
  });
});

describe('cursorStep (the reader keyboard word cursor)', () => {
  const text = 'Olga Lyubimova arrived in Pyongyang.';
  const q = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  it('starts on the first word at or after the visible start', () => {
    expect(q(cursorStep(text, null, 'ArrowRight', false))).toBe('Olga');
    expect(q(cursorStep(text, null, 'ArrowRight', false, 15))).toBe('arrived');
    expect(q(cursorStep(text, null, 'ArrowRight', false, 16))).toBe('in');
  });
  it('moves word by word with ← and →, stopping at the ends', () => {
    const olga = cursorStep(text, null, 'ArrowRight', false);
    const lyub = cursorStep(text, olga, 'ArrowRight', false);
    expect(q(lyub)).toBe('Lyubimova');
    expect(q(cursorStep(text, lyub, 'ArrowLeft', false))).toBe('Olga');
    expect(q(cursorStep(text, olga, 'ArrowLeft', false))).toBe('Olga');
    const last = { start: 26, end: 35 };
    expect(q(cursorStep(text, last, 'ArrowRight', false))).toBe('Pyongyang');
  });
  it('extends with Shift+→ and takes words back with Shift+←, never below one word', () => {
    const olga = cursorStep(text, null, 'ArrowRight', false);
    const two = cursorStep(text, olga, 'ArrowRight', true);
    expect(q(two)).toBe('Olga Lyubimova');
    expect(q(cursorStep(text, two, 'ArrowLeft', true))).toBe('Olga');
    expect(q(cursorStep(text, olga, 'ArrowLeft', true))).toBe('Olga');
  });
  it('ignores other keys', () => {
    const olga = { start: 0, end: 4 };
    expect(cursorStep(text, olga, 'PageDown', false)).toBe(olga);
  });
});

describe('cursorStep by sentence and paragraph (↓/↑, Shift+↓/↑, Ctrl+↓/↑)', () => {
  // uxwalk4 finding 12: a word in the second paragraph took 28 presses of →
  const text = 'Rain closed the pass. Trucks waited at the foot.\n\nThe road reopened at noon. Drivers cheered.\n\nA storm is due tonight.';
  const q = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  const word = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  it('↓ selects the first word of the next sentence, across paragraphs; ↑ goes back', () => {
    expect(q(cursorStep(text, word('Rain'), 'ArrowDown', false))).toBe('Trucks');
    expect(q(cursorStep(text, word('waited'), 'ArrowDown', false))).toBe('The');
    expect(q(cursorStep(text, word('Trucks'), 'ArrowUp', false))).toBe('Rain');
    expect(q(cursorStep(text, word('waited'), 'ArrowUp', false))).toBe('Trucks');
    expect(q(cursorStep(text, word('tonight'), 'ArrowDown', false))).toBe('tonight');
    expect(q(cursorStep(text, word('Rain'), 'ArrowUp', false))).toBe('Rain');
  });
  it('Ctrl+↓ selects the first word of the next paragraph; Ctrl+↑ of this one, then the one before', () => {
    expect(q(cursorStep(text, word('Rain'), 'ArrowDown', false, 0, true))).toBe('The');
    expect(q(cursorStep(text, word('Drivers'), 'ArrowDown', false, 0, true))).toBe('A');
    expect(q(cursorStep(text, word('Drivers'), 'ArrowUp', false, 0, true))).toBe('The');
    expect(q(cursorStep(text, word('The'), 'ArrowUp', false, 0, true))).toBe('Rain');
  });
  it('Shift+↓ extends the selection to the end of the sentence, then the next; Shift+↑ takes a sentence back', () => {
    const one = cursorStep(text, word('road'), 'ArrowDown', true);
    expect(q(one)).toBe('road reopened at noon');
    const two = cursorStep(text, one, 'ArrowDown', true);
    expect(q(two)).toBe('road reopened at noon. Drivers cheered');
    expect(q(cursorStep(text, two, 'ArrowUp', true))).toBe('road reopened at noon');
    expect(q(cursorStep(text, one, 'ArrowUp', true))).toBe('road reopened at noon');
  });
  it('with nothing selected yet ↓ starts where → does', () => {
    expect(q(cursorStep(text, null, 'ArrowDown', false))).toBe('Rain');
  });
});
