// Which character of the body's text node is under a viewport point. The
// caret position gives the nearest boundary; the character on either side of
// it whose box contains the point is the one under the pointer (so the
// margin beside a short line hits nothing).

interface CaretDoc {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) if (x >= r.left - 0.5 && x <= r.right + 0.5 && y >= r.top - 0.5 && y <= r.bottom + 0.5) return true;
  return false;
}

/** UTF-16 offset of the character of node under (x, y), or null. */
export function charAtPoint(node: Text, x: number, y: number): number | null {
  const c = caretAt(x, y);
  if (!c || c.node !== node) return null;
  const text = node.data;
  const range = document.createRange();
  for (let o of [c.offset, c.offset - 1]) {
    if (o < 0 || o >= text.length) continue;
    const u = text.charCodeAt(o);
    if (u >= 0xdc00 && u <= 0xdfff && o > 0) o--; // low surrogate: start at its pair
    const hi = text.charCodeAt(o);
    const len = hi >= 0xd800 && hi <= 0xdbff && o + 1 < text.length ? 2 : 1;
    range.setStart(node, o);
    range.setEnd(node, o + len);
    if (contains(range.getClientRects(), x, y)) return o;
  }
  return null;
}

/** UTF-16 offset of the caret position nearest (x, y) if it falls in node, else null. */
export function caretOffset(node: Text, x: number, y: number): number | null {
  const c = caretAt(x, y);
  return c && c.node === node ? c.offset : null;
}
