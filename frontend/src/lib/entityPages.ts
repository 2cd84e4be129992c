// Paging an entity's mentions (EntityService.Get gives the first page, Mentions the rest),
// and waiting for a frame to be painted before asking for what can come later.

/**
 * The next range of mentions to read when `loaded` of `total` are there and up to `step`
 * more are wanted: {offset, limit} (limit at most 1,000, the server's bound), or null
 * when there is nothing more to read.
 */
export function mentionRange(loaded: number, total: number, step: number): { offset: number; limit: number } | null {
  const limit = Math.min(step, total - loaded, 1000);
  if (!(limit > 0) || loaded < 0) return null;
  return { offset: loaded, limit };
}

/** Resolves after the next frame has been painted (a task after the next animation frame). */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}
