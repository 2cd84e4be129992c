// Pure helpers for importing from a browser: which files to send, how to cut
// them into requests under the bridge's limit, and how to summarise the result.
import type { ImportOutcome, ImportSummary } from '../../api/import';

/** File name endings ImportService reads (docs/api.md, ImportService). */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl'] as const;
/** For <input type=file accept=…>. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/**
 * Largest request body we build, in bytes of JSON: the browser door refuses
 * requests over 16 MiB; base64 makes files 4/3 larger, so ~12 MB keeps a margin.
 */
export const BATCH_LIMIT = 12_000_000;

/** Bytes of JSON per file besides its base64 content: {"name":"…","content":""},. */
const PER_FILE_OVERHEAD = 32;

export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** True when ImportService reads files of this kind (by extension, as Go decides). */
export function isImportable(name: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** True for dot-files and files in dot-folders (left out of dropped folders, as ImportPaths does). */
export function isHidden(path: string): boolean {
  return path.split(/[/\\]/).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/** Length of the base64 encoding of n bytes. */
export function base64Length(n: number): number {
  return 4 * Math.ceil(Math.max(0, n) / 3);
}

/** What a file costs in a request: unsupported kinds are sent by name only (Go rejects them by name). */
export function requestCost(f: { name: string; size: number }): number {
  return PER_FILE_OVERHEAD + new TextEncoder().encode(f.name).length + (isImportable(f.name) ? base64Length(f.size) : 0);
}

export interface BatchPlan<T> {
  /** Groups of files, in their order, each under the limit. */
  batches: T[][];
  /** Files that alone exceed the limit: the browser cannot send them. */
  tooLarge: T[];
}

/** Cuts files into requests of at most `limit` bytes of JSON each, keeping their order. */
export function planBatches<T extends { name: string; size: number }>(files: readonly T[], limit = BATCH_LIMIT): BatchPlan<T> {
  const batches: T[][] = [];
  const tooLarge: T[] = [];
  let cur: T[] = [];
  let used = 0;
  for (const f of files) {
    const cost = requestCost(f);
    if (cost > limit) {
      tooLarge.push(f);
      continue;
    }
    if (cur.length > 0 && used + cost > limit) {
      batches.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(f);
    used += cost;
  }
  if (cur.length > 0) batches.push(cur);
  return { batches, tooLarge };
}

export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

/** The reason shown for a file too large to send from a browser. */
export function tooLargeReason(size: number): string {
  return `too large to send from a browser (${formatBytes(size)}; the limit is about 9 MB per file): import it in the desktop app or with \`claimdesk import PATH\``;
}

export function emptySummary(): ImportSummary {
  return { imported: 0, versions: 0, duplicates: 0, rejected: 0, skipped: 0, cancelled: false, items: [] };
}

/** Adds b's counts and items to a (batches of one import). */
export function mergeSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
  return {
    imported: a.imported + b.imported,
    versions: a.versions + b.versions,
    duplicates: a.duplicates + b.duplicates,
    rejected: a.rejected + b.rejected,
    skipped: a.skipped + b.skipped,
    cancelled: a.cancelled || b.cancelled,
    stopped: a.stopped || b.stopped || '',
    notRead: (a.notRead ?? 0) + (b.notRead ?? 0),
    notReadNames: [...(a.notReadNames ?? []), ...(b.notReadNames ?? [])],
    items: [...a.items, ...b.items],
  };
}

/** Rejected outcomes for files we never sent. */
export function rejectedLocally(files: readonly { name: string; size: number }[]): ImportSummary {
  const items: ImportOutcome[] = files.map((f) => ({ name: f.name, status: 'rejected', reason: tooLargeReason(f.size) }));
  return { ...emptySummary(), rejected: items.length, items };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line: "2 imported · 1 new version · 1 duplicate · 1 rejected" (zeros left out; "Nothing imported" if all zero). */
export function summaryLine(s: ImportSummary): string {
  const parts: string[] = [];
  if (s.imported) parts.push(`${s.imported} imported`);
  if (s.versions) parts.push(plural(s.versions, 'new version'));
  if (s.duplicates) parts.push(plural(s.duplicates, 'duplicate'));
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (s.rejected) parts.push(`${s.rejected} rejected`);
  const line = parts.length ? parts.join(' · ') : 'Nothing imported';
  if (s.stopped) return `${line} — stopped: ${s.stopped}`;
  return s.cancelled ? `${line} (cancelled)` : line;
}

/** The stored articles (new ones and new versions) whose text states a date after today. */
export function datedAhead(s: ImportSummary): ImportOutcome[] {
  return s.items.filter((o) => (o.status === 'imported' || o.status === 'version') && !!o.ahead);
}

/**
 * "1 article is dated after today, as its text states: its date is kept." ('' if none):
 * an import takes the date its text gives, and says so when it lies ahead (uxwalk5).
 */
export function aheadNote(s: ImportSummary): string {
  const n = datedAhead(s).length;
  if (n === 0) return '';
  return n === 1 ? '1 article is dated after today, as its text states: its date is kept.' : `${n} articles are dated after today, as their texts state: their dates are kept.`;
}

/** A file's (or a JSON record's) display name: "feed.jsonl, line 3". */
export function outcomeName(o: ImportOutcome, jsonl = o.name.toLowerCase().endsWith('.jsonl')): string {
  if (o.record === undefined || o.record === null) return o.name;
  return `${o.name}, ${jsonl ? 'line' : 'record'} ${o.record}`;
}

/** Ids of the articles an import stored (new ones and new versions), for the suggester. */
export function storedArticleIds(s: ImportSummary): number[] {
  const ids = s.items.filter((o) => (o.status === 'imported' || o.status === 'version') && typeof o.articleId === 'number').map((o) => o.articleId as number);
  return [...new Set(ids)];
}
