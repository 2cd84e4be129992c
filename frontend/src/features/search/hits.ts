// Pure logic of the search view: the hits grouped as shown, and where a hit opens.
import type { SearchHit } from '../../api/search';

export const HIT_GROUPS: { kind: SearchHit['kind']; label: string }[] = [
  { kind: 'article', label: 'Articles' },
  { kind: 'claim', label: 'Claims' },
  { kind: 'note', label: 'Notes' },
];

export interface HitGroup {
  kind: SearchHit['kind'];
  label: string;
  hits: SearchHit[];
}

/** The hits grouped by kind (articles, claims, notes), each group in the answer's order. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  return HIT_GROUPS.map((g) => ({ ...g, hits: hits.filter((h) => h.kind === g.kind) }));
}

/**
 * Where a hit opens: a claim on its page; an article or a note in the reader, at the
 * matched text when the hit has its place; null for a hit with nowhere to go.
 */
export function hitTarget(h: SearchHit): { view: string; params: Record<string, unknown> } | null {
  if (h.kind === 'claim' && h.claimId !== null) return { view: 'claims', params: { claimId: h.claimId } };
  if (h.articleId === null) return null;
  const params: Record<string, unknown> = { articleId: h.articleId };
  if (h.start !== null && h.end !== null) {
    params.start = h.start;
    params.end = h.end;
  }
  return { view: 'reader', params };
}
