// Small display helpers for the meta lines.

/** First 12 hex digits: enough to tell versions apart at a glance. */
export function shortSha(sha256: string): string {
  return sha256.slice(0, 12);
}

/** '1 character' / '12,345 characters' (grouping fixed to en so tests are stable). */
export function formatCharCount(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'character' : 'characters'}`;
}
