// Paging an entity's mentions (EntityService.Get gives the first page, Mentions the rest).

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
