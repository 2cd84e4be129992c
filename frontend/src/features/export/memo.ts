// Pure rules of the verification memo's action (ExportService.Memo, docs/export.md):
// which claims it holds, the name the save dialog suggests (the one Go gives a download)
// and the download's type.
import type { MemoOptions } from '../../api/export';
import type { ClaimFilter } from '../../api/claims';

export type MemoFormat = 'html' | 'text';

/** What a memo is of: claims by id, a tag's claims, or every claim a claim-list filter shows. */
export interface MemoOf {
  claimIds?: readonly number[];
  tag?: string;
  filter?: ClaimFilter;
}

/** Go's MaxMemoClaims (app/memo.go): a memo holds at most this many claims; Go refuses more. */
export const MAX_MEMO_CLAIMS = 200;

/** What a memo is of: a filter's claims, else a tag's claims, else claims by id (a repeated id once, in the order given). */
export function memoOptions(of: MemoOf, format: MemoFormat): MemoOptions {
  if (of.filter) return { claimIds: [], tag: '', filter: { ...of.filter }, format };
  const tag = (of.tag ?? '').trim();
  if (tag !== '') return { claimIds: [], tag, format };
  const ids: number[] = [];
  for (const id of of.claimIds ?? []) if (Number.isInteger(id) && id > 0 && !ids.includes(id)) ids.push(id);
  return { claimIds: ids, tag: '', format };
}

/** A tag as a part of a file name, as Go writes it ("Key people" → "key-people"). */
function fileWord(s: string): string {
  const w = s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = Array.from(w).slice(0, 40).join('');
  return cut === '' ? 'tag' : cut;
}

/** The name Go gives the memo (claimdesk-memo-claim12-20261207.html), for the native save dialog. */
export function memoFilename(o: MemoOptions, now: Date): string {
  const d = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
  const ids = o.claimIds ?? [];
  let of: string;
  if (o.filter) of = 'filtered';
  else if ((o.tag ?? '') !== '') of = `tag-${fileWord(o.tag ?? '')}`;
  else if (ids.length === 1) of = `claim${ids[0]}`;
  else of = `${ids.length}claims`;
  return `claimdesk-memo-${of}-${d}.${o.format === 'text' ? 'txt' : 'html'}`;
}

/** The MIME type of a memo download. */
export function memoMime(format: MemoFormat): string {
  return format === 'text' ? 'text/plain;charset=utf-8' : 'text/html;charset=utf-8';
}

/** The claims picked for a memo after a click on one's box: added at the end, or taken out. */
export function togglePicked(picked: readonly number[], id: number): number[] {
  return picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id];
}

/**
 * The claims view's memo of every claim its filter shows (count of them, all pages): the
 * tag's memo when the filter is a tag alone (named by the tag), else the filter's; over
 * MAX_MEMO_CLAIMS it is refused in words, before anything is asked of Go. None for a
 * single claim: its page's Memo is that memo, and two buttons a few pixels apart for one
 * claim (one of them saving a "filtered" file) made the analyst wonder which to press
 * (uxwalk3's finding 17).
 */
export function shownMemo(count: number, filter: ClaimFilter): { of: MemoOf; label: string } | { refused: string } | null {
  if (count <= 1) return null;
  const shown = `the ${count} claims shown`;
  if (count > MAX_MEMO_CLAIMS) {
    return { refused: `${count} claims shown: a memo holds at most ${MAX_MEMO_CLAIMS}. Narrow the filter, or tick the claims you want.` };
  }
  const tagOnly = filter.tag !== '' && !filter.text && !filter.credibility && !filter.entityId && !filter.sourceId && !filter.articleId;
  return { of: tagOnly ? { tag: filter.tag } : { filter }, label: `Memo of ${shown}` };
}
