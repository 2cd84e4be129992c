import { describe, expect, it } from 'vitest';
import { OffsetError, TextOffsets, offsetsFor } from './offsets';

// Reference conversion: slow but obviously right.
function cpToUtf16Ref(text: string, cp: number): number {
  return Array.from(text).slice(0, cp).join('').length;
}

// Every code point boundary must round-trip and agree with the reference,
// and substr-style slicing by code points must equal slicing by UTF-16.
function checkAllBoundaries(text: string): void {
  const t = new TextOffsets(text);
  const cps = Array.from(text);
  expect(t.codePointLength).toBe(cps.length);
  expect(t.utf16Length).toBe(text.length);
  for (let cp = 0; cp <= cps.length; cp++) {
    const u = t.toUtf16(cp);
    expect(u).toBe(cpToUtf16Ref(text, cp));
    expect(t.fromUtf16(u)).toBe(cp);
  }
  for (let s = 0; s <= cps.length; s++) {
    for (let e = s; e <= cps.length; e++) {
      const span = t.spanToUtf16({ start: s, end: e });
      expect(text.slice(span.start, span.end)).toBe(cps.slice(s, e).join(''));
    }
  }
}

describe('TextOffsets', () => {
  it('is the identity on ASCII', () => {
    const t = new TextOffsets('Kim met Lyubimova.');
    expect(t.toUtf16(4)).toBe(4);
    expect(t.fromUtf16(18)).toBe(18);
    checkAllBoundaries('Kim met Lyubimova.');
  });

  it('handles empty text (only offset 0 is valid)', () => {
    const t = new TextOffsets('');
    expect(t.codePointLength).toBe(0);
    expect(t.toUtf16(0)).toBe(0);
    expect(t.fromUtf16(0)).toBe(0);
    expect(() => t.toUtf16(1)).toThrow(OffsetError);
    expect(() => t.fromUtf16(1)).toThrow(OffsetError);
  });

  it('counts an astral letter (𝓚) as one code point and two UTF-16 units', () => {
    const text = 'a𝓚b';
    const t = new TextOffsets(text);
    expect(t.codePointLength).toBe(3);
    expect(t.toUtf16(1)).toBe(1);
    expect(t.toUtf16(2)).toBe(3);
    expect(t.toUtf16(3)).toBe(4);
    expect(t.fromUtf16(3)).toBe(2);
    checkAllBoundaries(text);
    checkAllBoundaries('𝓚𝓚𝓚 𝓚');
  });

  it('handles emoji, ZWJ sequences and flags code point by code point', () => {
    // 👩‍👩‍👧 is 5 code points (3 emoji + 2 ZWJ); 🇰🇷 is 2 regional indicators.
    const text = 'Hi 👩‍👩‍👧 from 🇰🇷 and 🇷🇺! 😀';
    checkAllBoundaries(text);
    const t = new TextOffsets(text);
    const from = text.indexOf('from');
    // 'Hi ' (3) + family (5 cp, 8 units) + ' ' → 'from' at cp 9, UTF-16 12.
    expect(from).toBe(12);
    expect(t.fromUtf16(from)).toBe(9);
    expect(t.toUtf16(9)).toBe(12);
    // The end offset after the last emoji.
    expect(t.toUtf16(t.codePointLength)).toBe(text.length);
  });

  it('handles CJK (BMP, one unit each) and astral CJK extension B', () => {
    checkAllBoundaries('朝鲜 조선민주주의인민공화국 北朝鮮');
    const text = '𠀀中𠀁'; // U+20000, U+4E2D, U+20001
    const t = new TextOffsets(text);
    expect(t.spanToUtf16({ start: 1, end: 2 })).toEqual({ start: 2, end: 3 });
    checkAllBoundaries(text);
  });

  it('counts combining marks as separate code points (as Go and SQLite do)', () => {
    const text = 'Cafe\u0301 e\u0301te\u0301'; // decomposed accents
    const t = new TextOffsets(text);
    expect(t.codePointLength).toBe(text.length);
    checkAllBoundaries(text);
    checkAllBoundaries('𝓚\u0301x');
  });

  it('handles right-to-left text (logical order, not visual)', () => {
    checkAllBoundaries('قال الوزير إن التعاون غير مسبوق');
    checkAllBoundaries('שר התרבות 🇮🇱 אמר');
    const text = 'KCNA: «كوريا» 𝓚';
    const t = new TextOffsets(text);
    const quote = t.spanToUtf16({ start: 7, end: 12 });
    expect(text.slice(quote.start, quote.end)).toBe('كوريا');
  });

  it('accepts offsets at the end of the text', () => {
    const t = new TextOffsets('ab😀');
    expect(t.toUtf16(3)).toBe(4);
    expect(t.fromUtf16(4)).toBe(3);
  });

  it('throws for out-of-range offsets instead of clamping', () => {
    const t = new TextOffsets('ab😀');
    expect(() => t.toUtf16(-1)).toThrow(/out of range/);
    expect(() => t.toUtf16(4)).toThrow(/out of range \[0, 3\]/);
    expect(() => t.fromUtf16(5)).toThrow(/out of range \[0, 4\]/);
    expect(() => t.fromUtf16(-1)).toThrow(OffsetError);
  });

  it('throws for non-integer input', () => {
    const t = new TextOffsets('abc');
    for (const bad of [1.5, Number.NaN, Infinity, '1', null, undefined]) {
      expect(() => t.toUtf16(bad as number)).toThrow(/must be an integer/);
      expect(() => t.fromUtf16(bad as number)).toThrow(/must be an integer/);
    }
  });

  it('throws for a UTF-16 offset inside a surrogate pair', () => {
    const t = new TextOffsets('a😀b');
    expect(() => t.fromUtf16(2)).toThrow(/inside a surrogate pair/);
  });

  it('throws for reversed spans', () => {
    const t = new TextOffsets('abc');
    expect(() => t.spanToUtf16({ start: 2, end: 1 })).toThrow(/after its end/);
    expect(() => t.spanFromUtf16({ start: 2, end: 1 })).toThrow(OffsetError);
  });

  it('converts spans both ways', () => {
    const text = '😀 Kim Jong Un 👩‍👩‍👧 met Lyubimova';
    const t = new TextOffsets(text);
    const u = { start: text.indexOf('Lyubimova'), end: text.length };
    const cp = t.spanFromUtf16(u);
    expect(Array.from(text).slice(cp.start, cp.end).join('')).toBe('Lyubimova');
    expect(t.spanToUtf16(cp)).toEqual(u);
  });

  it('treats a lone surrogate as one code point, like the string iterator', () => {
    checkAllBoundaries('a\ud800b\udc00c');
  });

  it('stays fast on a long text with many astral characters', () => {
    const text = 'word 😀 𝓚 '.repeat(50_000); // 500k code points
    const started = performance.now();
    const t = new TextOffsets(text);
    let sum = 0;
    for (let cp = 0; cp < t.codePointLength; cp += 7) sum += t.fromUtf16(t.toUtf16(cp)) - cp;
    expect(sum).toBe(0);
    // Generous bound for a slow shared machine; a quadratic version takes minutes.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('offsetsFor', () => {
  it('reuses the table for the same text and rebuilds for another', () => {
    const a = offsetsFor('x😀');
    expect(offsetsFor('x😀')).toBe(a);
    const b = offsetsFor('y');
    expect(b).not.toBe(a);
    expect(b.codePointLength).toBe(1);
  });
});

describe('offsets with the seed corpus’ characters and the snapping module', () => {
  it('is the identity over curly quotes and dashes (BMP), as in the seeds', () => {
    const t = 'Lyubimova’s delegation — 125-strong — met “Kim Jong-un”.';
    checkAllBoundaries(t);
    const o = new TextOffsets(t);
    expect(o.toUtf16(t.indexOf('delegation'))).toBe(t.indexOf('delegation'));
  });

  it('maps a snapped selection after emoji to code points that substr() agrees with', async () => {
    const { snapSelection } = await import('./snap');
    const t = '🇰🇵 👍🏽 𝓚im Jong-un met Olga Lyubimova in 평양.';
    const o = new TextOffsets(t);
    const i = t.indexOf('lga Lyu'); // mid-word: snaps to "Olga Lyubimova"
    const snapped = snapSelection(t, i, i + 7);
    expect(snapped).not.toBeNull();
    const cp = o.spanFromUtf16(snapped!);
    const quote = t.slice(snapped!.start, snapped!.end);
    expect(quote).toBe('Olga Lyubimova');
    expect(Array.from(t).slice(cp.start, cp.end).join('')).toBe(quote);
    // 🇰🇵 is two astral code points, 👍🏽 two more, 𝓚 one: five extra units before "Olga".
    expect(snapped!.start - cp.start).toBe(5);
    const k = snapSelection(t, t.indexOf('𝓚') + 1, t.indexOf('𝓚') + 3)!;
    expect(t.slice(k.start, k.end)).toBe('𝓚im');
    const kc = o.spanFromUtf16(k);
    expect(Array.from(t).slice(kc.start, kc.end).join('')).toBe('𝓚im');
  });

  it('converts 2,000 overlapping spans quickly (one table, binary searches)', () => {
    const t = 'word 😀 '.repeat(3000);
    const o = new TextOffsets(t);
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < 2000; i++) {
      const s = (i * 37) % (o.codePointLength - 100);
      const u = o.spanToUtf16({ start: s, end: s + 50 });
      sum += u.end - u.start;
    }
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
