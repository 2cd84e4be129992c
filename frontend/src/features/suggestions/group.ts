// Pure helpers of the suggestions review list.
import type { Suggestion } from '../../api/suggestions';

export const TYPE_ORDER = ['person', 'organisation', 'place', 'event', 'date', 'number', 'quote'];

export interface TypeGroup {
  type: string;
  items: Suggestion[];
}

/** Suggestions grouped by type (people first, then organisations, …), each group in list order. */
export function groupByType(list: readonly Suggestion[]): TypeGroup[] {
  const by = new Map<string, Suggestion[]>();
  for (const s of list) {
    let g = by.get(s.type);
    if (!g) by.set(s.type, (g = []));
    g.push(s);
  }
  const rank = (t: string): number => {
    const i = TYPE_ORDER.indexOf(t);
    return i < 0 ? TYPE_ORDER.length : i;
  };
  return [...by.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([type, items]) => ({ type, items }));
}

/** Counts per type, for the type filter's chips. */
export function countByType(list: readonly Suggestion[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of list) out[s.type] = (out[s.type] ?? 0) + 1;
  return out;
}

/** Types whose confidence is calibrated: of such suggestions at 0.9, about 90 % are right. */
export const CALIBRATED_TYPES = ['person', 'organisation', 'place'];

/** What a suggestion's confidence means, for its tooltip. */
export function confidenceTitle(type: string, c: number): string {
  if (!CALIBRATED_TYPES.includes(type)) return 'confidence (the rule’s own estimate)';
  const n = Math.round(Number(formatConfidence(Math.min(1, Math.max(0, c)))) * 100); // as the number shown
  return `calibrated confidence: about ${n} in 100 suggestions like this one were right on a development set of news (docs/suggestions.md)`;
}

/** "0.92" */
export function formatConfidence(c: number): string {
  return (Math.round(c * 100) / 100).toFixed(2);
}

/** What the confirmation of "accept all above X" says: how many, of what, where. */
export function acceptWhereText(n: number, type: string, min: number, articleTitle: string | null): string {
  const what = `${n} ${type ? `${type} ` : ''}suggestion${n === 1 ? '' : 's'}`;
  const where = articleTitle ? `in “${articleTitle}”` : 'across the workspace';
  return `Accept ${what} with confidence ${formatConfidence(min)} or above ${where}?`;
}

/**
 * The text around a suggestion, at most `max` characters each side, starting and
 * ending on whole words: a word cut by the stored context (or by `max`) is left
 * out and marked with an ellipsis.
 */
export function contextOf(s: Pick<Suggestion, 'prefix' | 'suffix'>, max = 60): { before: string; after: string } {
  const flat = (t: string): string => t.replace(/\s+/g, ' ');
  let before = flat(s.prefix).slice(-max);
  let after = flat(s.suffix).slice(0, max);
  // A prefix that does not begin with a space (or is the article's start, shorter than the context Go keeps) begins mid-word.
  if (before.length >= Math.min(max, 20) && !/^\s/.test(before)) before = `…${before.replace(/^\S*\s?/, '')}`;
  if (after.length >= Math.min(max, 20) && !/\s$/.test(after)) after = `${after.replace(/\s?\S*$/, '')}…`;
  return { before, after };
}
