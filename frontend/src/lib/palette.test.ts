import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, THEME, contrast, entityTint, highlightCss, highlightName, over, type Theme } from './palette';

const themes: Theme[] = ['light', 'dark'];

describe('palette contrast (WCAG AA, 4.5:1)', () => {
  for (const theme of themes) {
    it(`text on every entity tint, accepted and suggested, ${theme}`, () => {
      for (const t of ENTITY_TYPES) {
        for (const suggested of [false, true]) {
          const bg = entityTint(t, theme, suggested);
          expect(contrast(THEME[theme].text, bg), `${t} ${suggested ? 'suggested' : ''} ${theme}`).toBeGreaterThanOrEqual(4.5);
          // Hovered: the translucent hover layer over the tint.
          expect(contrast(THEME[theme].text, over(THEME[theme].hover, bg)), `${t} hovered ${theme}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`selected text, ${theme}`, () => {
      expect(contrast(THEME[theme].selectedText, THEME[theme].selectedBg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('keeps accepted tints of different types apart', () => {
    const tints = ENTITY_TYPES.map((t) => entityTint(t, 'light'));
    expect(new Set(tints).size).toBe(ENTITY_TYPES.length);
  });

  it('computes known contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('highlight names', () => {
  it('maps kind, type and state to one highlight per style', () => {
    expect(highlightName('entity', 'person', 'accepted')).toBe('cd-person');
    expect(highlightName('entity', 'place', 'suggested')).toBe('cd-place-suggested');
    expect(highlightName('claim', '', 'accepted')).toBe('cd-claim');
    expect(highlightName('note', '', 'accepted')).toBe('cd-note');
  });

  it('has a style for every name', () => {
    const css = highlightCss();
    for (const t of ENTITY_TYPES) {
      expect(css).toContain(`::highlight(cd-${t})`);
      expect(css).toContain(`::highlight(cd-${t}-suggested)`);
    }
    expect(css).toContain('prefers-color-scheme: dark');
  });
});
