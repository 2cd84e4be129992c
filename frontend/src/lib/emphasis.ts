// Splits a sentence into plain and emphasised parts for the words a match
// shared with the claim, so the UI can render them as text nodes (never HTML).

export interface Part {
  text: string;
  em: boolean;
}

/**
 * Marks each word that starts with one of `terms` (stemmed, lower case: 'troop'
 * marks 'troops') and each occurrence of a phrase in `phrases` (entity names),
 * case-insensitively. Adjacent parts of the same kind are merged.
 */
export function emphasise(text: string, terms: readonly string[], phrases: readonly string[] = []): Part[] {
  const marked = new Array<boolean>(text.length).fill(false);
  // Lower-casing may change the length (e.g. 'İ'); then match as written.
  const folded = text.toLocaleLowerCase();
  const lower = folded.length === text.length ? folded : text;
  for (const p of phrases) {
    const q = p.trim().toLocaleLowerCase();
    if (q.length < 2) continue;
    for (let i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, i + q.length)) {
      const before = i === 0 ? '' : lower[i - 1]!;
      if (/[\p{L}\p{N}]/u.test(before)) continue;
      marked.fill(true, i, i + q.length);
    }
  }
  const stems = terms.map((t) => t.trim().toLocaleLowerCase()).filter((t) => t.length >= 2);
  if (stems.length > 0) {
    const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    for (let m = word.exec(lower); m; m = word.exec(lower)) {
      const w = m[0];
      if (stems.some((s) => w.startsWith(s) || (s.length >= 4 && s.startsWith(w) && w.length >= 3))) {
        marked.fill(true, m.index, m.index + w.length);
      }
    }
  }
  const parts: Part[] = [];
  for (let i = 0; i < text.length; ) {
    const em = marked[i]!;
    let j = i;
    while (j < text.length && marked[j] === em) j++;
    parts.push({ text: text.slice(i, j), em });
    i = j;
  }
  return parts;
}
