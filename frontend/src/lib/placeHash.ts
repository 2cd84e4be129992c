// Where the analyst is — the open view, the open claim, the claims list's filter and the
// article list's outlet — as the page address's #fragment, so that a reload (F5 in the
// browser, Reload in the window) comes back there instead of to the reader with every
// filter gone. The reader is the default and restores its own last article (settings):
// it needs a fragment only for the article list's outlet.

import { claimSortOf } from './claimSort';

export interface ClaimsFilterPlace {
  text: string;
  credibility: number;
  tag: string;
  entityId: number;
  sourceId: number;
  articleId: number;
  /** The list's order (lib/claimSort); '' its own. */
  sort: string;
}

export interface Place {
  view: string;
  claimId: number | null;
  /** Only what differs from the empty filter. */
  filter: Partial<ClaimsFilterPlace>;
  /** The article list's outlet filter: 0 every article, a source id, -1 the articles with no outlet. */
  outlet: number;
}

/** How the article list's "no outlet" filter (-1) reads in the address. */
const NO_OUTLET_WORD = 'none';

const NUMBERS = ['credibility', 'entityId', 'sourceId', 'articleId'] as const;
const STRINGS = ['text', 'tag'] as const;

/** The fragment for a place: '' for the reader, else "#claims?claim=12&credibility=4&text=…" (and "outlet=3" in any view). */
export function placeToHash(view: string, claimId: number | null, filter: Partial<ClaimsFilterPlace>, outlet = 0): string {
  if (view === '') view = 'reader';
  if (view === 'reader' && outlet === 0) return '';
  const q = new URLSearchParams();
  if (outlet !== 0) q.set('outlet', outlet < 0 ? NO_OUTLET_WORD : String(outlet));
  if (view === 'claims') {
    if (claimId !== null) q.set('claim', String(claimId));
    for (const k of NUMBERS) if (filter[k]) q.set(k, String(filter[k]));
    for (const k of STRINGS) if (filter[k]) q.set(k, filter[k]!);
    if (claimSortOf(filter.sort)) q.set('sort', filter.sort!);
  }
  const s = q.toString();
  return `#${encodeURIComponent(view)}${s ? `?${s}` : ''}`;
}

// A safe integer only: 2^63 or 1e30 became a float Go refused with a JSON decoding message.
const positive = (v: string | null): number | null => {
  const n = Number(v);
  return v !== null && Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** The place a fragment names, or null (none, the reader, or not one of `views`). Bad values are left out. */
export function placeFromHash(hash: string, views: readonly string[]): Place | null {
  const m = /^#([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  let view: string;
  try {
    view = decodeURIComponent(m[1]!);
  } catch {
    return null; // "#%E0%A4%A": a malformed escape threw and the place was never written again
  }
  if (view !== 'reader' && !views.includes(view)) return null;
  const q = new URLSearchParams(m[2] ?? '');
  const o = q.get('outlet');
  const outlet = o === NO_OUTLET_WORD ? -1 : (positive(o) ?? 0);
  if (view === 'reader' && outlet === 0) return null;
  const place: Place = { view, claimId: null, filter: {}, outlet };
  if (view !== 'claims') return place;
  place.claimId = positive(q.get('claim'));
  for (const k of NUMBERS) {
    const n = positive(q.get(k));
    if (n !== null) place.filter[k] = n;
  }
  for (const k of STRINGS) {
    const v = q.get(k);
    if (v) place.filter[k] = v;
  }
  const sort = claimSortOf(q.get('sort'));
  if (sort) place.filter.sort = sort;
  return place;
}
