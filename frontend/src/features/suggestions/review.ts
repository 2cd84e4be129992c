// Pure logic of the review list's keys and chips (SuggestionsView): which type chips
// show, which row a key moves to, which row takes the focus after a decision, and the
// detail line under a suggestion.
import type { Suggestion } from '../../api/suggestions';
import { TYPE_ORDER } from './group';

/**
 * The type chips: every type with suggestions, and the chosen type even at 0 (e.g.
 * after accepting them all), in TYPE_ORDER with unknown types last.
 */
export function typeChips(counts: Record<string, number>, chosen: string): string[] {
  const rank = (t: string): number => (TYPE_ORDER.indexOf(t) + 99) % 99;
  return [...new Set([...Object.keys(counts), ...(chosen ? [chosen] : [])])].sort((a, b) => rank(a) - rank(b));
}

/**
 * The row a key moves the focus to from row `at` of `count` (J/↓ next, K/↑ previous,
 * Home first, End last; no wrapping), or null for a key that does not move.
 */
export function rowForReviewKey(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'j':
    case 'J':
    case 'ArrowDown':
      return Math.min(at + 1, count - 1);
    case 'k':
    case 'K':
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The row to focus once `spanId` is decided: the first row after it in the list as it was
 * (`before`) that is still in the list as it is now (`after`), else the nearest before it;
 * undefined when none is left. A decision may take others with it (a rejection rejects the
 * same name's suggestions elsewhere), so the row right after may be gone too.
 */
export function neighbourAfter(before: readonly Suggestion[], after: readonly Suggestion[], spanId: number): Suggestion | undefined {
  const left = new Map(after.map((x) => [x.spanId, x]));
  const i = before.findIndex((x) => x.spanId === spanId);
  const later = before.slice(i + 1).find((x) => left.has(x.spanId));
  const earlier = before.slice(0, Math.max(i, 0)).reverse().find((x) => left.has(x.spanId));
  const pick = later ?? earlier;
  return pick ? left.get(pick.spanId) : undefined;
}

/** What the suggester read besides the type: the normalised value, the hedge, the speaker. */
export function detailLines(s: Pick<Suggestion, 'normalized' | 'hedge' | 'speakerName'>): string[] {
  const out: string[] = [];
  if (s.normalized) out.push(`= ${s.normalized}`);
  if (s.hedge) out.push(`hedge: ${s.hedge}`);
  if (s.speakerName) out.push(`speaker: ${s.speakerName}`);
  return out;
}
