// Pure logic of the claim × article matrix: agreement markers and colours,
// the figure a cell shows, sorting and filtering rows, the first-appearance
// timeline, and the "as of" date check. No Svelte, no API: tested alone.

import { contrastRatio } from './grades';

export type Agreement = 'agrees' | 'conflicts' | 'only' | 'unknown';
export const AGREEMENTS: Agreement[] = ['agrees', 'conflicts', 'only', 'unknown'];

export interface AgreementStyle {
  /** Shown with the colour, never colour alone. */
  icon: string;
  label: string;
  description: string;
  light: { bg: string; fg: string; border: string };
  dark: { bg: string; fg: string; border: string };
}

// Okabe–Ito hues (blue / vermillion / grey / yellow), as pale tints in light
// mode and deep tints in dark mode; each also differs by icon and border style.
export const AGREEMENT_STYLES: Record<Agreement, AgreementStyle> = {
  agrees: {
    icon: '✓',
    label: 'agrees',
    description: 'agrees with another article (or nothing contradicts it)',
    light: { bg: '#d6e9f8', fg: '#073b63', border: '#0072b2' },
    dark: { bg: '#0d3550', fg: '#d7ecfb', border: '#56b4e9' },
  },
  conflicts: {
    icon: '≠',
    label: 'conflicts',
    description: 'contradicts another article: a figure or date differs, or one asserts what the other denies',
    light: { bg: '#fbe0cc', fg: '#6b2500', border: '#d55e00' },
    dark: { bg: '#552200', fg: '#ffdcc4', border: '#e69f00' },
  },
  only: {
    icon: '①',
    label: 'only here',
    description: 'no other article states this claim',
    light: { bg: '#eeeeee', fg: '#2b2b2b', border: '#8a8a8a' },
    dark: { bg: '#2c2f34', fg: '#e6e8eb', border: '#8c94a0' },
  },
  unknown: {
    icon: '?',
    label: 'cannot compare',
    description: 'values that cannot be compared (a figure against a date, an unresolved date)',
    light: { bg: '#fbf4c4', fg: '#4a4000', border: '#b8a200' },
    dark: { bg: '#3d3800', fg: '#fbf1a8', border: '#f0e442' },
  },
};

export function agreementOf(v: string | null | undefined): Agreement {
  return AGREEMENTS.includes(v as Agreement) ? (v as Agreement) : 'unknown';
}

/** CSS custom properties for every agreement in both themes (set once on the grid). */
export function agreementVars(): string {
  const out: string[] = [];
  for (const a of AGREEMENTS) {
    const s = AGREEMENT_STYLES[a];
    for (const theme of ['light', 'dark'] as const) {
      const c = s[theme];
      out.push(`--ag-${a}-bg-${theme}:${c.bg}`, `--ag-${a}-fg-${theme}:${c.fg}`, `--ag-${a}-border-${theme}:${c.border}`);
    }
  }
  return out.join(';');
}

/** Lowest text/background contrast among the agreement colours (WCAG AA needs 4.5). */
export function minAgreementContrast(): number {
  let min = Infinity;
  for (const a of AGREEMENTS) for (const t of ['light', 'dark'] as const) {
    const c = AGREEMENT_STYLES[a][t];
    min = Math.min(min, contrastRatio(c.fg, c.bg));
  }
  return min;
}

// ---- what a cell says --------------------------------------------------------

export interface CellText {
  rawValue: string;
  hedge: string;
  normalized?: { kind: string; text: string } | null;
}

/**
 * The figure or date as the article wrote it, with its hedge when the raw
 * value does not already contain it: ('11,000', 'around') → 'around 11,000'.
 * No raw value: the normalised reading, else ''.
 */
export function cellFigure(c: CellText): string {
  const raw = c.rawValue.trim();
  const hedge = c.hedge.trim();
  if (raw !== '') {
    if (hedge === '') return raw;
    const words = hedge.split(/[\s,;]+/).filter((w) => w !== '' && !raw.toLowerCase().includes(w.toLowerCase()));
    return words.length === 0 ? raw : `${words.join(' ')} ${raw}`;
  }
  const n = c.normalized;
  if (n && n.kind !== 'none' && n.text && n.text !== 'unresolved') return hedge ? `${hedge} ${n.text}` : n.text;
  return hedge;
}

/**
 * A mention's figure or date as its article wrote it, for the claim page: the analyst's
 * "Figure as written" (with its hedge) when they gave one, else what the reading found in
 * the text (the matrix cell's rawValue and hedge: "Nine"), else the hedge alone. Never the
 * normalised value: the claim page shows that in its own column.
 */
export function mentionFigure(m: { rawValue: string; hedge: string }, read?: { raw: string; hedge: string } | null): string {
  if (m.rawValue.trim() !== '' || !read || read.raw.trim() === '') return cellFigure({ rawValue: m.rawValue, hedge: m.hedge });
  return cellFigure({ rawValue: read.raw, hedge: m.hedge.trim() || read.hedge });
}

/**
 * How a cell's column makes the claim, in words, when it does not simply assert it:
 * 'denies it', 'doubts it', 'reports it as unconfirmed'; '' for asserts (or no stance).
 * The agreement marker flags a denial only against an assertion (≠), and a doubt not at
 * all, so this is the cell's own sign that an article does not stand behind the claim.
 */
export function stanceText(stance: string | null | undefined): string {
  switch (stance) {
    case 'denies':
      return 'denies it';
    case 'doubts':
      return 'doubts it';
    case 'unconfirmed':
      return 'reports it as unconfirmed';
    default:
      return '';
  }
}

// ---- dates -----------------------------------------------------------------------

/** Day number (days since 1970-01-01, UTC) of 'YYYY-MM-DD…', or null when unknown or malformed. */
export function dayNumber(value: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / 86_400_000);
}

export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Checks an "as of" date: '' (now) or a real YYYY-MM-DD day not after today.
 * Returns '' when valid, else the message to show.
 */
export function asOfError(value: string, today: string): string {
  const v = value.trim();
  if (v === '') return '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'Use a date as YYYY-MM-DD.';
  const d = dayNumber(v);
  if (d === null) return `${v} is not a calendar date.`;
  const t = dayNumber(today);
  if (t !== null && d > t) return 'The date is in the future; the matrix can only show the past.';
  return '';
}

// ---- rows: sort and filter -------------------------------------------------

export interface SortableRow {
  claimId: number;
  statement: string;
  tags: string[];
  credibility: number | null;
  origins: number;
  firstAppearance: { publishedAt: string } | null;
}

export type SortKey = 'first' | 'statement' | 'grade' | 'origins';
export type SortDir = 'asc' | 'desc';

export const SORT_LABELS: Record<SortKey, string> = {
  first: 'First appearance',
  statement: 'Statement',
  grade: 'Grade',
  origins: 'Independent origins',
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Sorted copy. Unknowns (no first appearance date, no grade) always go last,
 * whichever the direction; ties keep the claim id order.
 * grade 'asc' = best (1) first; origins 'desc' = most first.
 */
export function sortRows<T extends SortableRow>(rows: readonly T[], key: SortKey, dir: SortDir): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  const value = (r: T): number | string | null => {
    switch (key) {
      case 'statement':
        return r.statement;
      case 'grade':
        return r.credibility ?? null;
      case 'origins':
        return r.origins;
      case 'first':
        return dayNumber(r.firstAppearance?.publishedAt);
    }
  };
  const keyed = rows.map((r) => ({ r, v: value(r) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v === null && b.v !== null) return 1;
      if (b.v === null && a.v !== null) return -1;
      return a.r.claimId - b.r.claimId;
    }
    const c = typeof a.v === 'string' ? collator.compare(a.v, b.v as string) : (a.v as number) - (b.v as number);
    return c !== 0 ? sign * c : a.r.claimId - b.r.claimId;
  });
  return keyed.map((k) => k.r);
}

/** Rows whose statement contains text (case-insensitive) and that carry tag ('' = any). */
export function filterRows<T extends SortableRow>(rows: readonly T[], text: string, tag: string): T[] {
  const t = text.trim().toLocaleLowerCase();
  const g = tag.trim().toLocaleLowerCase();
  return rows.filter(
    (r) => (t === '' || r.statement.toLocaleLowerCase().includes(t)) && (g === '' || r.tags.some((x) => x.toLocaleLowerCase() === g)),
  );
}

// ---- timeline of first appearance --------------------------------------------

export interface TimelineMark {
  claimId: number;
  statement: string;
  date: string;
  /** 0..1 along the dated axis; null = undated (drawn after the axis). */
  x: number | null;
  /** stacking level for marks close together */
  lane: number;
}

export interface Timeline {
  start: string;
  end: string;
  marks: TimelineMark[];
  ticks: { x: number; label: string }[];
  undated: number;
  lanes: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * One mark per claim at its first appearance on a linear date axis; marks
 * closer than `minGap` (fraction of the width) stack in lanes; undated claims
 * are counted and placed after the axis (x null), in the order given.
 */
export function timelineLayout(
  rows: readonly { claimId: number; statement: string; firstAppearance: { publishedAt: string } | null }[],
  minGap = 0.012,
): Timeline {
  const dated: { r: (typeof rows)[number]; d: number }[] = [];
  const undated: (typeof rows)[number][] = [];
  for (const r of rows) {
    const d = dayNumber(r.firstAppearance?.publishedAt);
    if (d === null) undated.push(r);
    else dated.push({ r, d });
  }
  if (dated.length === 0) {
    return {
      start: '',
      end: '',
      ticks: [],
      undated: undated.length,
      lanes: 1,
      marks: undated.map((r) => ({ claimId: r.claimId, statement: r.statement, date: '', x: null, lane: 0 })),
    };
  }
  dated.sort((a, b) => a.d - b.d || a.r.claimId - b.r.claimId);
  let lo = dated[0]!.d;
  let hi = dated[dated.length - 1]!.d;
  // A single day (or all on one day) gets a week either side, so the mark sits mid-axis.
  if (hi - lo < 2) {
    lo -= 7;
    hi += 7;
  }
  const span = hi - lo;
  const laneEnds: number[] = [];
  const marks: TimelineMark[] = dated.map(({ r, d }) => {
    const x = (d - lo) / span;
    let lane = laneEnds.findIndex((end) => x - end >= minGap);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x);
    } else laneEnds[lane] = x;
    return { claimId: r.claimId, statement: r.statement, date: isoDay(d), x, lane };
  });
  for (const r of undated) marks.push({ claimId: r.claimId, statement: r.statement, date: '', x: null, lane: 0 });
  return { start: isoDay(lo), end: isoDay(hi), marks, ticks: ticksFor(lo, hi), undated: undated.length, lanes: Math.max(1, laneEnds.length) };
}

/** Month ticks (or years when the range is long), at most ~8. */
function ticksFor(lo: number, hi: number): { x: number; label: string }[] {
  const a = new Date(lo * 86_400_000);
  const b = new Date(hi * 86_400_000);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  const step = months <= 8 ? 1 : months <= 24 ? 3 : months <= 96 ? 12 : 12 * Math.ceil(months / 96);
  const out: { x: number; label: string }[] = [];
  let y = a.getUTCFullYear();
  let m = a.getUTCMonth() + 1; // first month start after lo
  if (step >= 12) {
    y += 1;
    m = 0;
  }
  for (let i = 0; i < 200; i++) {
    if (m > 11) {
      y += Math.floor(m / 12);
      m %= 12;
    }
    const day = Math.round(Date.UTC(y, m, 1) / 86_400_000);
    if (day > hi) break;
    if (day >= lo) out.push({ x: (day - lo) / (hi - lo), label: step >= 12 || m === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m]! });
    m += step;
  }
  return out;
}

// ---- counts -------------------------------------------------------------------

/** '3 articles, 1 origin' */
export function originLine(articles: number, origins: number): string {
  return `${articles} article${articles === 1 ? '' : 's'}, ${origins} origin${origins === 1 ? '' : 's'}`;
}

// ---- the default scope of a big workspace --------------------------------------

/** Rows the view asks for at most: past it, the server sends the most recently changed (app.MatrixDefaultLimit, the server's default, is the same). */
export const MATRIX_LIMIT = 200;

export interface ScopeRequest {
  limit: number;
  tag?: string;
  text?: string;
}

/**
 * What the view asks MatrixService.Get for, besides by and asOf. A workspace
 * that fits under the cap is read whole and filtered here (as it always was);
 * once the server has capped an answer ("bounded"), the tag and text filters
 * go to the server, so they reach every claim and not just the shown ones.
 */
export function scopeRequest(bounded: boolean, text: string, tag: string, limit = MATRIX_LIMIT): ScopeRequest {
  if (!bounded) return { limit };
  const out: ScopeRequest = { limit };
  if (tag.trim() !== '') out.tag = tag.trim();
  if (text.trim() !== '') out.text = text.trim();
  return out;
}

/**
 * The line that says what a capped grid shows; '' when every claim that passes
 * the filter is shown.
 */
export function scopeNote(shown: number, total: number, limited: boolean, filtered: boolean): string {
  if (!limited || total <= shown) return '';
  const n = (x: number) => x.toLocaleString('en-GB');
  if (filtered) return `${n(shown)} most recently changed of the ${n(total)} claims that match — narrow the filter to see others`;
  return `${n(shown)} most recently changed of ${n(total)} claims — filter by tag or search to see others`;
}

/**
 * The columns (0…n-1) that some row has a cell in, in order: what a filtered matrix
 * shows, so that one claim's mentions sit side by side instead of scattered among the
 * columns of every other claim's articles.
 */
export function columnsInUse(rows: readonly (readonly unknown[])[], n: number): number[] {
  const used = new Array<boolean>(n).fill(false);
  for (const slots of rows) for (let i = 0; i < n; i++) if (slots[i] != null) used[i] = true;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (used[i]) out.push(i);
  return out;
}
