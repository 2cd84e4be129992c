import { describe, expect, it } from 'vitest';
import {
  CREDIBILITIES,
  RELIABILITIES,
  badgeStyle,
  composeGrade,
  contrastRatio,
  credibilityColors,
  credibilityLabel,
  credibilityText,
  gradeDescription,
  isHexColor,
  readableTextOn,
  reliabilityColors,
  reliabilityLabel,
  reliabilityText,
  splitGrade,
  TAG_PALETTE,
} from './grades';

describe('labels', () => {
  it('names the six credibility grades as the Admiralty code does', () => {
    expect(CREDIBILITIES.map(credibilityText)).toEqual([
      '1 Confirmed by other sources',
      '2 Probably true',
      '3 Possibly true',
      '4 Doubtful',
      '5 Improbable',
      '6 Truth cannot be judged',
    ]);
  });
  it('calls a missing or bad credibility ungraded', () => {
    for (const v of [null, undefined, 0, 7, 2.5, -1]) expect(credibilityLabel(v)).toBe('Ungraded');
    expect(credibilityText(null)).toBe('Ungraded');
  });
  it('names the six reliability grades', () => {
    expect(RELIABILITIES.map(reliabilityText)).toEqual([
      'A Completely reliable',
      'B Usually reliable',
      'C Fairly reliable',
      'D Not usually reliable',
      'E Unreliable',
      'F Reliability cannot be judged',
    ]);
  });
  it('treats unknown reliability as F, case-insensitively', () => {
    expect(reliabilityLabel('')).toBe('Reliability cannot be judged');
    expect(reliabilityLabel(null)).toBe('Reliability cannot be judged');
    expect(reliabilityLabel('Z')).toBe('Reliability cannot be judged');
    expect(reliabilityLabel('b')).toBe('Usually reliable');
  });
});

describe('composed grade', () => {
  it('joins reliability and credibility', () => {
    expect(composeGrade('B', 2)).toBe('B2');
    expect(composeGrade('a', 1)).toBe('A1');
  });
  it('uses F for an unknown source and a dash (not 6) for an ungraded claim', () => {
    expect(composeGrade('', 2)).toBe('F2');
    expect(composeGrade('B', null)).toBe('B–');
    expect(composeGrade(undefined, undefined)).toBe('F–');
  });
  it('splits and describes a grade', () => {
    expect(splitGrade('B2')).toEqual({ reliability: 'B', credibility: 2 });
    expect(splitGrade('x9')).toEqual({ reliability: 'F', credibility: null });
    expect(splitGrade('')).toEqual({ reliability: 'F', credibility: null });
    expect(splitGrade('F-')).toEqual({ reliability: 'F', credibility: null });
    expect(splitGrade('F6')).toEqual({ reliability: 'F', credibility: 6 });
    expect(gradeDescription('B2')).toBe('B2: source usually reliable, information probably true');
    expect(gradeDescription('F-')).toBe('F–: source reliability cannot be judged, information not assessed yet');
  });
});

describe('badge colours', () => {
  it('gives every credibility grade its own colours with AA contrast', () => {
    const seen = new Set<string>();
    for (const c of CREDIBILITIES) {
      const col = credibilityColors(c);
      expect(contrastRatio(col.bg, col.fg)).toBeGreaterThanOrEqual(4.5);
      seen.add(col.bg);
    }
    expect(seen.size).toBe(6);
  });
  it('gives every reliability grade its own colours with AA contrast', () => {
    const seen = new Set<string>();
    for (const r of RELIABILITIES) {
      const col = reliabilityColors(r);
      expect(contrastRatio(col.bg, col.fg)).toBeGreaterThanOrEqual(4.5);
      seen.add(col.bg);
    }
    expect(seen.size).toBe(6);
  });
  it('pairs grades of the same rank (A with 1 … F with 6)', () => {
    RELIABILITIES.forEach((r, i) => expect(reliabilityColors(r)).toEqual(credibilityColors(i + 1)));
  });
  it('draws ungraded claims as an outline only', () => {
    expect(credibilityColors(null).bg).toBe('transparent');
  });
  it('renders a style of custom properties', () => {
    expect(badgeStyle(credibilityColors(1))).toBe('--badge-bg:#08519c;--badge-fg:#ffffff;--badge-border:#08519c');
  });
});

describe('contrast and tag colours', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    expect(() => contrastRatio('red', '#fff')).toThrow();
  });
  it('picks readable text on every palette colour', () => {
    for (const c of TAG_PALETTE) {
      expect(isHexColor(c)).toBe(true);
      expect(contrastRatio(c, readableTextOn(c))).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableTextOn('oops')).toBe('inherit');
  });
  it('validates hex colours', () => {
    expect(isHexColor('#a1B2c3')).toBe(true);
    expect(isHexColor('#abc')).toBe(false);
    expect(isHexColor('red')).toBe(false);
  });
});
