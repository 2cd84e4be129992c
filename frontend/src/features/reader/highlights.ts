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

export interface IdSpan extends PaintSpan {
  id: number;
}

interface Painted {
  /** The span object last painted: the same object again means nothing changed. */
  ref: IdSpan;
  range: Range;
  name: string;
  start: number;
  end: number;
}

/**
 * Keeps the base highlights of one text node in step with a changing span list,
 * touching only what changed: a span created, moved, retyped or deleted adds or
 * removes its one Range; the other ranges (and the Highlight objects the browser
 * already painted) stay. A new text node (another article) starts afresh.
 * Cost per update: O(n) map lookups, and Range work only for the changes.
 */
export class SpanPainter {
  private node: Text | null = null;
  private offsets: TextOffsets | null = null;
  private painted = new Map<number, Painted>();
  private highlights = new Map<string, Highlight>();

  /** Paints exactly the given spans; returns how many ranges were created or removed. */
  paint(node: Text, offsets: TextOffsets, spans: readonly IdSpan[]): number {
    if (!supported()) return 0;
    ensureStyles();
    // Someone else replaced our highlights (paintSpans, clearAll): start afresh.
    let foreign = false;
    for (const [name, h] of this.highlights) if (CSS.highlights.get(name) !== h) foreign = true;
    if (foreign || node !== this.node || offsets !== this.offsets) {
      this.clear();
      this.node = node;
      this.offsets = offsets;
    }
    let changed = 0;
    const seen = new Set<number>();
    for (const s of spans) {
      seen.add(s.id);
      const old = this.painted.get(s.id);
      if (old && old.ref === s) continue;
      const name = highlightName(s.kind, s.entityType, s.state);
      if (old && old.start === s.start && old.end === s.end && old.name === name) {
        old.ref = s;
        continue;
      }
      if (old) {
        this.highlights.get(old.name)?.delete(old.range);
        this.painted.delete(s.id);
        changed++;
      }
      const range = rangeFor(node, offsets, s.start, s.end);
      if (!range) continue;
      this.highlight(name).add(range);
      this.painted.set(s.id, { ref: s, range, name, start: s.start, end: s.end });
      changed++;
    }
    if (seen.size !== this.painted.size) {
      for (const [id, p] of this.painted) {
        if (seen.has(id)) continue;
        this.highlights.get(p.name)?.delete(p.range);
        this.painted.delete(id);
        changed++;
      }
    }
    return changed;
  }

  /** Removes every base highlight this painter made. */
  clear(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.painted.clear();
    this.node = null;
    this.offsets = null;
  }

  private highlight(name: string): Highlight {
    let h = this.highlights.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = BASE_PRIORITY.get(name) ?? 0;
      this.highlights.set(name, h);
      CSS.highlights.set(name, h);
    }
    return h;
  }
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
