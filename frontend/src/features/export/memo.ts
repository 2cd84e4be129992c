// Pure rules of the verification memo's action (ExportService.Memo, docs/export.md):
// which claims it holds, the name the save dialog suggests (the one Go gives a download)
// and the download's type.
import type { MemoOptions } from '../../api/export';

export type MemoFormat = 'html' | 'text';

/** What a memo is of: claims by id (a repeated id once, in the order given), or a tag's claims. */
export function memoOptions(of: { claimIds?: readonly number[]; tag?: string }, format: MemoFormat): MemoOptions {
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
  if ((o.tag ?? '') !== '') of = `tag-${fileWord(o.tag ?? '')}`;
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
