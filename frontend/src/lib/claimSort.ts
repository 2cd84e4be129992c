// The claims list's orders (ClaimFilter.sort): what the "Sort by" picker offers, what a
// row shows of the key it is sorted by, and which values an address may carry. The list
// is paged in Go, so Go sorts it (app/claims_sort.go: over every claim that passes the
// filter, ties by id); this module only names the orders. No UI or Svelte here.

export type ClaimSort = 'changed' | 'mentions' | 'origins' | 'contradictions' | 'grade' | 'first-seen';

export const CLAIM_SORTS: readonly { id: ClaimSort; label: string }[] = [
  { id: 'changed', label: 'Last change' },
  { id: 'mentions', label: 'Most mentions' },
  { id: 'origins', label: 'Most independent origins' },
  { id: 'contradictions', label: 'Most contradictions' },
  { id: 'grade', label: 'Verdict (1 confirmed → 6, ungraded last)' },
  { id: 'first-seen', label: 'First seen (earliest first)' },
];

/** The sort an address or a saved value names; anything else is the list's own order (''). */
export function claimSortOf(value: unknown): ClaimSort | '' {
  return typeof value === 'string' && value !== 'changed' && CLAIM_SORTS.some((s) => s.id === value) ? (value as ClaimSort) : '';
}

/**
 * What a row shows of the key the list is sorted by, when the row does not show it already
 * (grade, mentions and origins are always on the row): "2 contradictions", "first seen
 * 2026-03-01", "no dated mention". '' for the other orders.
 */
export function sortKeyText(sort: string | undefined, row: { contradictions: number; firstSeen: string }, formatDate: (iso: string) => string): string {
  if (sort === 'contradictions') {
    const n = row.contradictions;
    return n === 0 ? 'no contradiction' : `${n} contradiction${n === 1 ? '' : 's'}`;
  }
  if (sort === 'first-seen') return row.firstSeen ? `first seen ${formatDate(row.firstSeen)}` : 'no dated mention';
  return '';
}
