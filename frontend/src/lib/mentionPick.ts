// A claim of thousands of mentions ("accept all" over a feed archive) draws its first
// mentions and counts the rest, everywhere on its page: the cards, the figures table and
// the evidence picker (10,000 <option>s or table rows took seconds to draw). The picker
// finds any mention by the words of its label. No UI or Svelte here.

/** How many mentions (cards, figure rows, picker options) a claim page draws before asked. */
export const DRAWN_MENTIONS = 200;

export interface Picked<T> {
  /** The items to draw: the matches, at most limit, plus the selected one if it matched but fell beyond. */
  shown: T[];
  /** Matches left undrawn. */
  more: number;
  /** Every item matching the query. */
  matches: number;
}

/** Lower case, without accents, so "sao" finds "São". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether w occurs in text at the start of a word ("7:" is not in "Bulletin 17:"). */
function startsAWord(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (i === 0 || !WORD_CHAR.test(text[i - 1]!)) return true;
  }
  return false;
}

/**
 * The items whose label holds every word of the query at the start of one of its words
 * (in any order, case and accents aside), in their order, at most limit of them; the selected item is kept in what is
 * drawn (a select must hold its value) when it matches.
 */
export function pickMentions<T>(items: readonly T[], query: string, label: (t: T) => string, limit = DRAWN_MENTIONS, selected?: (t: T) => boolean): Picked<T> {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matching = words.length === 0 ? items : items.filter((t) => {
    const l = fold(label(t));
    return words.every((w) => startsAWord(l, w));
  });
  const shown = matching.slice(0, limit);
  if (selected && matching.length > limit) {
    const sel = matching.find(selected);
    if (sel !== undefined && !shown.includes(sel)) shown.push(sel);
  }
  return { shown, more: matching.length - Math.min(limit, matching.length), matches: matching.length };
}
