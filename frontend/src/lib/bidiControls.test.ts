import { describe, expect, it } from 'vitest';
import { showBidiControls } from './bidiControls';

describe('showBidiControls', () => {
  it('shows an override as marks, keeping the length', () => {
    const stored = 'did \u202Eton\u202C happen';
    const shown = showBidiControls(stored);
    expect(shown).toBe('did ◂ton▪ happen');
    expect(shown.length).toBe(stored.length);
  });

  it('marks every embedding, override and isolate', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(showBidiControls(all)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(showBidiControls(all).length).toBe(all.length);
  });

  it('leaves right-to-left text, marks (LRM, RLM) and emoji alone', () => {
    const text = 'قال الوزير \u200F 👩‍👩‍👧 שלום \u200E end';
    expect(showBidiControls(text)).toBe(text);
  });

  it('gives the same answer twice in a row (no regex state carried over)', () => {
    expect(showBidiControls('a\u202Eb')).toBe('a◂b');
    expect(showBidiControls('a\u202Eb')).toBe('a◂b');
  });
});
