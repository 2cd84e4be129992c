// Several articles picked in the article list, to act on together (Remove N articles…),
// as a file manager picks files: Ctrl+click (⌘+click) adds or takes one out, Shift+click
// takes every row from the anchor (the last one Ctrl+clicked, else the open article) to
// the clicked one. A plain click opens an article and leaves the pick alone.

export interface Marks {
  /** The picked article ids, in the order they were picked. */
  ids: number[];
  /** The row index a Shift+click counts from (null: from the open article's row). */
  anchor: number | null;
}

export const NO_MARKS: Marks = { ids: [], anchor: null };

/**
 * Ctrl+click on the article id at row index. With nothing picked yet, the open article
 * (openId, if another) is picked with it: it was the selection the analyst saw.
 */
export function toggleMark(m: Marks, id: number, index: number, openId: number | null): Marks {
  let ids = m.ids.length === 0 && openId !== null && openId !== id ? [openId] : [...m.ids];
  ids = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
  return { ids, anchor: index };
}

/**
 * Shift+click on row index: every row from the anchor (else the open article's row, else
 * the clicked row alone) to it is picked, added to what was picked. idAt gives a row's
 * article id, undefined while its page has not arrived (such a row is left out).
 */
export function markRange(m: Marks, index: number, openIndex: number, idAt: (i: number) => number | undefined): Marks {
  const from = m.anchor ?? (openIndex >= 0 ? openIndex : index);
  const ids = [...m.ids];
  const step = from <= index ? 1 : -1;
  for (let i = from; ; i += step) {
    const id = idAt(i);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
    if (i === index) break;
  }
  return { ids, anchor: from };
}

/** What the Remove button says for the pick: "Remove 3 articles…". */
export function removeLabel(n: number): string {
  return n === 1 ? 'Remove 1 article…' : `Remove ${n} articles…`;
}
