import { describe, expect, it } from 'vitest';
import cases from '../../../testdata/invisible-cases.json';
import { describeInvisible, findInvisible, markInvisible, removeInvisible, showInvisible } from './invisibleChars';

const shown = (text: string): string => markInvisible(text).map((p) => p.text).join('');

describe('findInvisible', () => {
  it('finds an override and its pop in a note that reads "did not happen?"', () => {
    const note = 'did \u202Eton\u202C happen?';
    const found = findInvisible(note);
    expect(found.map((f) => f.index)).toEqual([4, 8]);
    expect(found.every((f) => f.kind === 'direction')).toBe(true);
    expect(describeInvisible(found)).toBe('2 invisible direction controls');
    expect(shown(note)).toBe('did ◂ton▪ happen?');
  });

  it('finds every embedding, override and isolate', () => {
    const all = 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j';
    expect(findInvisible(all)).toHaveLength(9);
    expect(removeInvisible(all)).toBe('abcdefghij');
  });

  it('finds zero-width spaces, word joiners, byte-order marks and soft hyphens', () => {
    const name = 'Men\u200Bsah \u2060Holt\uFEFF kill\u00ADed';
    const found = findInvisible(name);
    expect(found).toHaveLength(4);
    expect(found.every((f) => f.kind === 'invisible')).toBe(true);
    expect(describeInvisible(found)).toBe('4 zero-width characters');
    expect(removeInvisible(name)).toBe('Mensah Holt killed');
    expect(shown(name)).toBe('Men◇sah ◇Holt◇ kill◇ed');
  });

  it('leaves the joiners of emoji sequences alone', () => {
    for (const emoji of ['👩‍👩‍👧', '👩🏽‍💻', '🏳️‍🌈', '❤️‍🔥', '🧑‍🤝‍🧑']) {
      const text = `the ${emoji} family`;
      expect(findInvisible(text), emoji).toEqual([]);
      expect(removeInvisible(text)).toBe(text);
    }
  });

  it('leaves joiners inside Indic and Persian words alone', () => {
    // Devanagari half form (KA + VIRAMA + ZWJ + SSA), Malayalam chillu, Persian ZWNJ.
    for (const word of ['क्\u200Dष', 'न्\u200Cह', 'ന്\u200D', 'می\u200Cخواهم', 'ক্\u200Dয']) {
      const text = word.endsWith('\u200D') ? word + 'ക' : word;
      expect(findInvisible(text), word).toEqual([]);
    }
  });

  it('finds joiners in Latin text, where nothing uses them', () => {
    const text = 'did n\u200Dot hap\u200Cpen \u200D';
    expect(findInvisible(text).map((f) => f.index)).toEqual([5, 12, 17]);
    expect(removeInvisible(text)).toBe('did not happen ');
  });

  it('leaves direction marks in right-to-left text alone, finds them in left-to-right text', () => {
    expect(findInvisible('قال الوزير \u200F 2024 \u200E end')).toEqual([]);
    expect(findInvisible('שלום \u200E ok')).toEqual([]);
    const figure = 'killed 1\u200F,500 people';
    expect(findInvisible(figure).map((f) => f.kind)).toEqual(['direction']);
    expect(removeInvisible(figure)).toBe('killed 1,500 people');
  });

  it('leaves right-to-left letters, accents and ordinary emoji alone', () => {
    const text = 'Müller said שלום and قال, café 🎉 ✔️ done';
    expect(findInvisible(text)).toEqual([]);
    expect(markInvisible(text)).toEqual([{ text, mark: false }]);
  });

  it('finds tag characters that hide text, but not those of a subdivision flag', () => {
    const hidden = 'ok' + [...'ignore'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    expect(findInvisible(hidden)).toHaveLength(6);
    expect(removeInvisible(hidden)).toBe('ok');
    const england = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    expect(findInvisible(`go ${england}!`)).toEqual([]);
  });

  it('counts both kinds in one sentence', () => {
    const found = findInvisible('\u202Ea\u200Bb\u202C');
    expect(describeInvisible(found)).toBe('2 invisible direction controls and 1 zero-width character');
    expect(describeInvisible(findInvisible('a\u200Bb'))).toBe('1 zero-width character');
    expect(describeInvisible([])).toBe('');
  });

  it('marks each character in place, with plain parts between', () => {
    expect(markInvisible('\u202Edid\u202C')).toEqual([
      { text: '◂', mark: true },
      { text: 'did', mark: false },
      { text: '▪', mark: true },
    ]);
  });

  it('gives the same answer twice in a row (no regex state carried over)', () => {
    expect(findInvisible('a\u202Eb')).toHaveLength(1);
    expect(findInvisible('a\u202Eb')).toHaveLength(1);
  });

  it('changes nothing in text without them', () => {
    expect(removeInvisible('plain text')).toBe('plain text');
    expect(removeInvisible('')).toBe('');
  });
});

describe('markInvisible on a long text', () => {
  it('shows a stretch from just before the first character found, with … where it is cut', () => {
    const text = 'a'.repeat(1000) + 'did \u202Eton\u202C happen' + 'b'.repeat(1000);
    const parts = markInvisible(text, 100);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined).toContain('did ◂ton▪ happen');
    expect(joined.length).toBeLessThanOrEqual(100 + 2);
    expect(parts.filter((p) => p.mark)).toHaveLength(2);
  });

  it('does not cut an emoji in half', () => {
    const joined = markInvisible('\u200B' + 'x'.repeat(8) + '😀' + 'y'.repeat(20), 10).map((p) => p.text).join('');
    expect(joined).toBe('◇xxxxxxxx…');
  });

  it('shows a short text whole', () => {
    expect(shown('x\u200By')).toBe('x◇y');
  });

  it('never splits a mark: a tag character at the cut is shown whole or not at all', () => {
    const tag = String.fromCodePoint(0xe0041);
    const parts = markInvisible('ab' + tag + 'c'.repeat(50), 10);
    expect(parts.map((p) => p.text).join('')).toBe('ab◇◇cccccc…');
  });
});

// The table the memo's and the CLI's reading (app/export/invisible.go) is held to as well.
describe('the shared table of cases (testdata/invisible-cases.json)', () => {
  it('is read whole', () => {
    expect(cases.cases.length).toBeGreaterThanOrEqual(20);
  });

  const hex = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  for (const c of cases.cases) {
    it(c.name, () => {
      const found = findInvisible(c.text).map((f) => hex(c.text.slice(f.index, f.index + f.length)));
      expect(found).toEqual(c.marked);
      for (const k of c.kept) {
        expect(c.text).toContain(String.fromCodePoint(parseInt(k, 16)));
        expect(found).not.toContain(k);
      }
      const shown = showInvisible(c.text);
      expect(shown).toBe(c.shown);
      expect(shown.length).toBe(c.text.length); // offsets into the shown text hold
    });
  }
});

describe('showInvisible', () => {
  it('shows an override as marks, keeping the length', () => {
    const stored = 'did \u202Eton\u202C happen';
    expect(showInvisible(stored)).toBe('did ◂ton▪ happen');
  });

  it('shows what markInvisible marks, with the same marks', () => {
    const text = 'killed 1\u200F,500 \u200Bpeople, did \u202Eton\u202C 👩\u200D💻 ok\u{E0041}';
    expect(showInvisible(text)).toBe(markInvisible(text).map((p) => p.text).join(''));
    expect(showInvisible(text)).toBe('killed 1‹,500 ◇people, did ◂ton▪ 👩\u200D💻 ok◇◇');
  });

  it('gives the same answer twice in a row and leaves clean text as it is', () => {
    expect(showInvisible('a\u202Eb')).toBe('a◂b');
    expect(showInvisible('a\u202Eb')).toBe('a◂b');
    const clean = 'Müller said שלום \u200F and قال';
    expect(showInvisible(clean)).toBe(clean);
  });
});
