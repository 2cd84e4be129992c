// Span colours, one source of truth for the ::highlight styles, the legend
// and the contrast test. Entity types use the Okabe–Ito palette (safe for
// the common colour-vision deficiencies) as tints behind the text, mixed with
// the page colour so text keeps WCAG AA contrast in light and dark themes.
// Shape carries meaning too, never colour alone: claims are underlined,
// notes wavy-underlined, machine suggestions paler with a dashed underline.

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'date', 'number', 'quote', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  date: 'Date',
  number: 'Number',
  quote: 'Quote',
  event: 'Event',
};

/** Okabe–Ito base colours. */
export const ENTITY_BASE: Record<EntityType, string> = {
  person: '#E69F00', // orange
  organisation: '#56B4E9', // sky blue
  place: '#009E73', // bluish green
  date: '#F0E442', // yellow
  number: '#0072B2', // blue
  quote: '#CC79A7', // reddish purple
  event: '#D55E00', // vermillion
};

export type Theme = 'light' | 'dark';

// found: the words a search hit jumped to (a marker-pen yellow, apart from every span tint).
export const THEME: Record<Theme, { surface: string; text: string; muted: string; selectedBg: string; selectedText: string; hover: string; found: string }> = {
  light: { surface: '#ffffff', text: '#1b1f24', muted: '#5b6472', selectedBg: '#0072B2', selectedText: '#ffffff', hover: 'rgba(0,0,0,0.14)', found: '#ffd84d' },
  dark: { surface: '#17191d', text: '#e6e8eb', muted: '#9aa3af', selectedBg: '#56B4E9', selectedText: '#000000', hover: 'rgba(255,255,255,0.07)', found: '#7a5c00' },
};

/** Share of the base colour in an accepted span's tint, and a suggestion's. */
const ACCEPTED_MIX = { light: 0.38, dark: 0.3 };
const SUGGESTED_MIX = { light: 0.16, dark: 0.2 };

type RGB = [number, number, number];

export function parseColor(c: string): { rgb: RGB; alpha: number } {
  const m = /^rgba?\(([^)]+)\)$/.exec(c);
  if (m) {
    const [r, g, b, a] = (m[1] as string).split(',').map((x) => Number(x.trim()));
    return { rgb: [r ?? 0, g ?? 0, b ?? 0], alpha: a ?? 1 };
  }
  const h = c.replace('#', '');
  return { rgb: [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB, alpha: 1 };
}

function hex([r, g, b]: RGB): string {
  return '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

/** share of a over b, as an opaque colour. */
export function mix(a: string, b: string, share: number): string {
  const x = parseColor(a).rgb;
  const y = parseColor(b).rgb;
  return hex([0, 1, 2].map((i) => (x[i] as number) * share + (y[i] as number) * (1 - share)) as RGB);
}

/** A possibly translucent colour composited over an opaque one. */
export function over(top: string, bottom: string): string {
  const { rgb, alpha } = parseColor(top);
  return mix(hex(rgb), bottom, alpha);
}

export function luminance(c: string): number {
  const lin = parseColor(c).rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (lin[0] as number) + 0.7152 * (lin[1] as number) + 0.0722 * (lin[2] as number);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function entityTint(type: EntityType, theme: Theme, suggested = false): string {
  const share = (suggested ? SUGGESTED_MIX : ACCEPTED_MIX)[theme];
  return mix(ENTITY_BASE[type], THEME[theme].surface, share);
}

/** Underline colour for a suggestion (the type's colour, readable on the page). */
export function suggestionLine(type: EntityType, theme: Theme): string {
  return theme === 'light' ? mix(ENTITY_BASE[type], '#000000', 0.8) : ENTITY_BASE[type];
}

// ---- highlight names -------------------------------------------------------

export type SpanKind = 'entity' | 'claim' | 'note';
export type SpanState = 'suggested' | 'accepted' | 'rejected';

/** The registered highlight (CSS.highlights key) a span paints into. */
export function highlightName(kind: string, entityType: string, state: string): string {
  const suffix = state === 'suggested' ? '-suggested' : '';
  if (kind === 'entity') {
    const t = (ENTITY_TYPES as readonly string[]).includes(entityType) ? entityType : 'event';
    return `cd-${t}${suffix}`;
  }
  return kind === 'claim' ? `cd-claim${suffix}` : `cd-note${suffix}`;
}

export const OVERLAY = { found: 'cd-found', hover: 'cd-hover', selected: 'cd-selected', pending: 'cd-pending' } as const;

/** Every base highlight name with its priority (higher paints on top). */
export function baseHighlights(): { name: string; priority: number }[] {
  const out: { name: string; priority: number }[] = [];
  for (const t of ENTITY_TYPES) {
    out.push({ name: `cd-${t}-suggested`, priority: 0 });
    out.push({ name: `cd-${t}`, priority: 1 });
  }
  for (const n of ['cd-claim-suggested', 'cd-claim', 'cd-note-suggested', 'cd-note']) out.push({ name: n, priority: 2 });
  return out;
}

export const OVERLAY_PRIORITY: Record<string, number> = { 'cd-found': 4, 'cd-hover': 5, 'cd-selected': 6, 'cd-pending': 7 };

function rules(theme: Theme): string {
  const t = THEME[theme];
  const lines: string[] = [];
  for (const type of ENTITY_TYPES) {
    lines.push(`::highlight(cd-${type}) { background-color: ${entityTint(type, theme)}; color: ${t.text}; }`);
    lines.push(
      `::highlight(cd-${type}-suggested) { background-color: ${entityTint(type, theme, true)}; color: ${t.text}; ` +
        `text-decoration: underline dashed ${suggestionLine(type, theme)}; }`,
    );
  }
  lines.push(`::highlight(cd-claim) { text-decoration: underline solid ${t.text}; text-decoration-thickness: 2px; }`);
  lines.push(`::highlight(cd-claim-suggested) { text-decoration: underline dashed ${t.muted}; }`);
  lines.push(`::highlight(cd-note) { text-decoration: underline wavy ${t.muted}; }`);
  lines.push(`::highlight(cd-note-suggested) { text-decoration: underline dotted ${t.muted}; }`);
  lines.push(`::highlight(cd-found) { background-color: ${t.found}; color: ${t.text}; }`);
  lines.push(`::highlight(cd-hover) { background-color: ${t.hover}; }`);
  lines.push(`::highlight(cd-selected) { background-color: ${t.selectedBg}; color: ${t.selectedText}; }`);
  lines.push(`::highlight(cd-pending) { background-color: ${t.selectedBg}; color: ${t.selectedText}; }`);
  return lines.join('\n');
}

/** The stylesheet for every highlight, light by default, dark by media query. */
export function highlightCss(): string {
  const vars = (theme: Theme) =>
    `:root { ${Object.entries(swatchVars(theme))
      .map(([k, v]) => `${k}: ${v};`)
      .join(' ')} }`;
  return `${vars('light')}\n${rules('light')}\n@media (prefers-color-scheme: dark) {\n${vars('dark')}\n${rules('dark')}\n}\n`;
}

/** CSS custom properties for legend swatches. */
export function swatchVars(theme: Theme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const type of ENTITY_TYPES) {
    out[`--sw-${type}`] = entityTint(type, theme);
    out[`--sw-${type}-suggested`] = entityTint(type, theme, true);
    out[`--sw-${type}-line`] = suggestionLine(type, theme);
  }
  return out;
}
