// Window maths for virtualised lists of fixed-height rows: which rows a
// scrolled viewport shows (plus a few either side), how much empty space
// stands in for the rows above and below, and where to scroll so that a row
// is visible. Pure functions, so the list components stay thin and tested.

export interface ListWindow {
  /** First row rendered (inclusive). */
  start: number;
  /** Last row rendered + 1 (exclusive). */
  end: number;
  /** Height standing in for rows [0, start). */
  padTop: number;
  /** Height standing in for rows [end, count). */
  padBottom: number;
}

/**
 * The rows to render for a viewport of `viewport` px scrolled to `scrollTop`,
 * over `count` rows of `rowHeight` px, with `overscan` extra rows each side.
 * Cost is O(1) whatever the count.
 */
export function listWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 4): ListWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewport)) / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last, first + 1) + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/**
 * The scrollTop that brings row `index` fully into view, moving as little as
 * possible; the current scrollTop if it already is.
 */
export function scrollToRow(index: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  // A viewport shorter than a row shows the row's top.
  if (bottom > scrollTop + viewport) return Math.max(0, Math.min(top, bottom - viewport));
  return scrollTop;
}

/** Page numbers (of `pageSize` rows) that rows [start, end) fall on. */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start || pageSize <= 0) return [];
  const out: number[] = [];
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) out.push(p);
  return out;
}

/**
 * The row a key moves focus to in a list of `count` rows from row `index` (Up/Down one
 * row, PageUp/PageDown `pageRows`, Home/End the ends); -1 for any other key.
 */
export function rowForKey(key: string, index: number, count: number, pageRows: number): number {
  const last = count - 1;
  const page = Math.max(1, pageRows);
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, last);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'PageDown':
      return Math.min(index + page, last);
    case 'PageUp':
      return Math.max(index - page, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return -1;
  }
}
