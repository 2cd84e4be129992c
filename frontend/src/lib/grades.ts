// Admiralty / NATO grading: information credibility 1–6 on claims, source
// reliability A–F on sources, and the two together ("B2") on a mention.
// Badge colours are a blue→orange diverging scale (safe for the common forms
// of colour blindness) with grey for "cannot be judged"; every badge also
// carries its code and label as text, so colour is never the only signal.

export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITIES: Credibility[] = [1, 2, 3, 4, 5, 6];
export const RELIABILITIES: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** ClaimService.List filter value meaning "no assessment yet". */
export const UNGRADED_FILTER = 7;
export const UNGRADED_LABEL = 'Ungraded';

export function isCredibility(v: unknown): v is Credibility {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 6;
}

export function isReliability(v: unknown): v is Reliability {
  return typeof v === 'string' && v.length === 1 && 'ABCDEF'.includes(v);
}

/** 'Probably true' for 2; 'Ungraded' for null or anything out of range. */
export function credibilityLabel(c: number | null | undefined): string {
  return isCredibility(c) ? CREDIBILITY_LABELS[c] : UNGRADED_LABEL;
}

/** '2 Probably true'; 'Ungraded'. */
export function credibilityText(c: number | null | undefined): string {
  return isCredibility(c) ? `${c} ${CREDIBILITY_LABELS[c]}` : UNGRADED_LABEL;
}

/** 'Usually reliable' for 'B'; '' letters and unknowns are F. */
export function reliabilityLabel(r: string | null | undefined): string {
  return RELIABILITY_LABELS[normReliability(r)];
}

/** 'B Usually reliable'. */
export function reliabilityText(r: string | null | undefined): string {
  const n = normReliability(r);
  return `${n} ${RELIABILITY_LABELS[n]}`;
}

/** Unknown or empty reliability is F (cannot be judged), as the service does. */
export function normReliability(r: string | null | undefined): Reliability {
  const u = (r ?? '').trim().toUpperCase();
  return isReliability(u) ? u : 'F';
}

/** What an ungraded claim shows where its credibility digit would be (the service sends '-'). */
export const UNGRADED_MARK = '–';

/**
 * Source reliability and claim credibility together: 'B2'; an unknown source is 'F',
 * an ungraded claim '–' (not '6': 6 is a judgement, "truth cannot be judged").
 */
export function composeGrade(r: string | null | undefined, c: number | null | undefined): string {
  return `${normReliability(r)}${isCredibility(c) ? c : UNGRADED_MARK}`;
}

/** Splits 'B2' into its parts; a malformed source is F, anything but 1–6 after it is ungraded (null). */
export function splitGrade(grade: string | null | undefined): { reliability: Reliability; credibility: Credibility | null } {
  const g = (grade ?? '').trim().toUpperCase();
  const n = Number(g.slice(1));
  return { reliability: normReliability(g.slice(0, 1)), credibility: g.length === 2 && isCredibility(n) ? n : null };
}

/** 'B2: source usually reliable, information probably true' (for titles and screen readers). */
export function gradeDescription(grade: string | null | undefined): string {
  const { reliability, credibility } = splitGrade(grade);
  const info = credibility === null ? 'information not assessed yet' : `information ${CREDIBILITY_LABELS[credibility].toLowerCase()}`;
  return `${composeGrade(reliability, credibility)}: source ${RELIABILITY_LABELS[reliability].toLowerCase()}, ${info}`;
}

export interface BadgeColors {
  bg: string;
  fg: string;
  border: string;
}

// Blue = better, orange = worse, grey = cannot be judged (ColorBrewer Blues /
// Oranges; these stay distinct under deuteranopia, protanopia and tritanopia).
const SCALE: BadgeColors[] = [
  { bg: '#08519c', fg: '#ffffff', border: '#08519c' }, // best
  { bg: '#9ecae1', fg: '#08264a', border: '#6baed6' },
  { bg: '#deebf7', fg: '#08306b', border: '#9ecae1' },
  { bg: '#fdd9b5', fg: '#5a2400', border: '#fdae6b' },
  { bg: '#a63603', fg: '#ffffff', border: '#a63603' }, // worst
  { bg: '#e5e5e5', fg: '#2b2b2b', border: '#a3a3a3' }, // cannot be judged
];
const UNGRADED: BadgeColors = { bg: 'transparent', fg: 'inherit', border: '#8c94a0' };

export function credibilityColors(c: number | null | undefined): BadgeColors {
  return isCredibility(c) ? SCALE[c - 1]! : UNGRADED;
}

export function reliabilityColors(r: string | null | undefined): BadgeColors {
  return SCALE[RELIABILITIES.indexOf(normReliability(r))]!;
}

/** Inline style for a badge element (custom properties read by the badge CSS). */
export function badgeStyle(colors: BadgeColors): string {
  return `--badge-bg:${colors.bg};--badge-fg:${colors.fg};--badge-border:${colors.border}`;
}

// ---- contrast (WCAG 2.x) ----------------------------------------------------

function channel(v: number): number {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of '#rrggbb'. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => channel(parseInt(x, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two '#rrggbb' colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour (near-black or white) that reads best on a '#rrggbb' background (tag swatches). */
export function readableTextOn(bg: string): string {
  try {
    return contrastRatio(bg, '#111111') >= contrastRatio(bg, '#ffffff') ? '#111111' : '#ffffff';
  } catch {
    return 'inherit';
  }
}

/** Okabe-Ito palette, safe for colour-blind readers; the tag colours offered first. */
export const TAG_PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

export function isHexColor(v: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(v);
}
