// Paints spans over the article body's one text node with the CSS Custom
// Highlight API: one Highlight per style (entity type × state, claim, note,
// and the hover/selection overlays), never one per span, and no DOM changes
// to the text. Cost is one Range per span plus O(log k) offset conversion.
import { OffsetError, offsetsFor, type TextOffsets } from '../../lib/offsets';
import { OVERLAY, OVERLAY_PRIORITY, baseHighlights, highlightCss, highlightName } from '../../lib/palette';

export interface PaintSpan {
  start: number; // code points
  end: number;
  kind: string;
  entityType: string;
  state: string;
}

export function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

let styled = false;
function ensureStyles(): void {
  if (styled || typeof document === 'undefined') return;
  const el = document.createElement('style');
  el.dataset.claimdesk = 'highlights';
  el.textContent = highlightCss();
  document.head.append(el);
  styled = true;
}

const BASE = baseHighlights();
const BASE_PRIORITY = new Map(BASE.map((b) => [b.name, b.priority]));

/** A DOM Range over [start, end) code points of node, or null if out of range. */
export function rangeFor(node: Text, offsets: TextOffsets, start: number, end: number): Range | null {
  try {
    const r = document.createRange();
    r.setStart(node, offsets.toUtf16(start));
    r.setEnd(node, offsets.toUtf16(end));
    return r;
  } catch (err) {
    if (err instanceof OffsetError || err instanceof DOMException) return null;
    throw err;
  }
}

/** Replaces the base highlights (one per style) with the given spans. Returns how many were painted. */
export function paintSpans(node: Text, offsets: TextOffsets, spans: readonly PaintSpan[]): number {
  if (!supported()) return 0;
  ensureStyles();
  const groups = new Map<string, Range[]>();
  let painted = 0;
  for (const s of spans) {
    const r = rangeFor(node, offsets, s.start, s.end);
    if (!r) continue;
    const name = highlightName(s.kind, s.entityType, s.state);
    let g = groups.get(name);
    if (!g) groups.set(name, (g = []));
    g.push(r);
    painted++;
  }
  for (const { name } of BASE) {
    const ranges = groups.get(name);
    if (!ranges) {
      CSS.highlights.delete(name);
      continue;
    }
    const h = new Highlight();
    for (const r of ranges) h.add(r);
    h.priority = BASE_PRIORITY.get(name) ?? 0;
    CSS.highlights.set(name, h);
  }
  return painted;
}

/** Paints one overlay (hover, selected, pending) over the given code point ranges. */
export function paintOverlay(
  which: keyof typeof OVERLAY,
  node: Text | null,
  offsets: TextOffsets | null,
  ranges: readonly { start: number; end: number }[],
): void {
  if (!supported()) return;
  ensureStyles();
  const name = OVERLAY[which];
  const h = new Highlight();
  if (node && offsets) {
    for (const x of ranges) {
      const r = rangeFor(node, offsets, x.start, x.end);
      if (r) h.add(r);
    }
  }
  if (h.size === 0) {
    CSS.highlights.delete(name);
    return;
  }
  h.priority = OVERLAY_PRIORITY[name] ?? 5;
  CSS.highlights.set(name, h);
}

/** Removes every highlight this module painted. */
export function clearAll(): void {
  if (!supported()) return;
  for (const { name } of BASE) CSS.highlights.delete(name);
  for (const name of Object.values(OVERLAY)) CSS.highlights.delete(name);
}

// The e2e test times painting through this module on the open article.
/** Paints spans over the text node of el (the article body); for the e2e timing. */
export function paintElement(el: Element, spans: readonly PaintSpan[]): number {
  const node = el.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) return 0;
  return paintSpans(node as Text, offsetsFor((node as Text).data), spans);
}

declare global {
  interface Window {
    __claimdeskHighlights?: { paintSpans: typeof paintSpans; paintElement: typeof paintElement; clearAll: typeof clearAll };
  }
}
if (typeof window !== 'undefined') {
  window.__claimdeskHighlights = { paintSpans, paintElement, clearAll };
  ensureStyles(); // the legend's swatch colours come from the same sheet
}
