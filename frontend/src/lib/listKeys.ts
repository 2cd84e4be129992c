import { rowForKey } from './virtual';

/**
 * Where a key moves focus in a search box with its results under it: ↓ from the box to
 * the first result, ↑ from the first back to the box, and between results as rowForKey
 * says. `at` is the focused result's index (-1: the box itself, or elsewhere: `inBox`
 * says which). Returns the result index to focus, 'box', or null to leave the key alone.
 * The Search view and the reader's "attach to an existing claim" both read keys so.
 */
export function resultsKeyStep(key: string, at: number, count: number, inBox: boolean, pageRows = 8): number | 'box' | null {
  if (count === 0) return null;
  if (at < 0) return inBox && key === 'ArrowDown' ? 0 : null;
  if (at === 0 && key === 'ArrowUp') return 'box';
  const next = rowForKey(key, at, count, pageRows);
  return next < 0 ? null : next;
}
