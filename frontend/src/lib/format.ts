// Small display helpers for the meta lines.

/** First 12 hex digits: enough to tell versions apart at a glance. */
export function shortSha(sha256: string): string {
  return sha256.slice(0, 12);
}

/** '1 character' / '12,345 characters' (grouping fixed to en so tests are stable). */
export function formatCharCount(n: number): string {
  // Grouped by hand: the first toLocaleString call loads ICU data (~10 ms), on the
  // path of opening an article.
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped} ${n === 1 ? 'character' : 'characters'}`;
}
