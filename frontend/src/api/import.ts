// Typed wrapper for app.ImportService (Go). Field names mirror app/import.go.
import { call } from './transport';

export interface ImportOptions {
  /** '' = detect (UTF-8 ± BOM, UTF-16 with BOM, else windows-1252). */
  encoding: string;
  /** 0 = the default limit (10 MB). */
  maxBytes: number;
}

/** A file handed over as bytes: its name and its content, base64-encoded. */
export interface ImportFile {
  name: string;
  content: string;
}

export type ImportStatus = 'imported' | 'version' | 'duplicate' | 'skipped' | 'rejected';

export interface ImportOutcome {
  name: string;
  /** For a web page (ImportURLs, feed items): the address it was finally read from. */
  url?: string;
  record?: number;
  status: ImportStatus;
  articleId?: number;
  title?: string;
  reason?: string;
  format?: string;
  encoding?: string;
  version?: number;
  previousVersionId?: number;
  anchors?: { exact: number; fuzzy: number; orphan: number };
}

export interface ImportSummary {
  imported: number;
  versions: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  cancelled: boolean;
  /** Why the import stopped before the end (the disk is full), said once. */
  stopped?: string;
  /** Files it did not get to after stopping. */
  notRead?: number;
  items: ImportOutcome[];
}

export interface Orphan {
  spanId: number;
  articleId: number;
  articleTitle: string;
  articleVersion: number;
  quote: string;
  kind: string;
  start: number;
  end: number;
  state: string;
}

/** An article pasted into the window: ReadPaste's prefill, as the analyst corrected it. Mirrors app.PastedArticle. */
export interface PastedArticle {
  title: string;
  body: string;
  outlet: string;
  /** 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM' or ''. */
  publishedAt: string;
  url: string;
  byline: string;
  language: string;
}

const S = 'ImportService';

const fixPasted = (a: PastedArticle | null): PastedArticle => ({
  title: a?.title ?? '',
  body: a?.body ?? '',
  outlet: a?.outlet ?? '',
  publishedAt: a?.publishedAt ?? '',
  url: a?.url ?? '',
  byline: a?.byline ?? '',
  language: a?.language ?? '',
});

export const fix = (s: ImportSummary | null): ImportSummary => ({
  imported: s?.imported ?? 0,
  versions: s?.versions ?? 0,
  duplicates: s?.duplicates ?? 0,
  rejected: s?.rejected ?? 0,
  skipped: s?.skipped ?? 0,
  cancelled: s?.cancelled ?? false,
  stopped: s?.stopped ?? '',
  notRead: s?.notRead ?? 0,
  items: s?.items ?? [],
});

export const importApi = {
  importPaths: (paths: string[], opts: ImportOptions): Promise<ImportSummary> =>
    call<ImportSummary | null>(S, 'ImportPaths', paths, opts).then(fix),
  importFiles: (files: ImportFile[], opts: ImportOptions): Promise<ImportSummary> =>
    call<ImportSummary | null>(S, 'ImportFiles', files, opts).then(fix),
  /** Fetches each web page and imports it; a failed address is rejected with its reason, the others go on. */
  importURLs: (urls: string[], opts: ImportOptions): Promise<ImportSummary> =>
    call<ImportSummary | null>(S, 'ImportURLs', urls, opts).then(fix),
  /** Reads the clipboard's text (and HTML) into a prefilled article; stores nothing. */
  readPaste: (text: string, html: string): Promise<PastedArticle> =>
    call<PastedArticle | null>(S, 'ReadPaste', text, html).then(fixPasted),
  importPasted: (a: PastedArticle): Promise<ImportSummary> => call<ImportSummary | null>(S, 'ImportPasted', a).then(fix),
  cancel: (): Promise<boolean> => call<boolean>(S, 'Cancel'),
  orphans: (): Promise<Orphan[]> => call<Orphan[] | null>(S, 'Orphans').then((r) => r ?? []),
};
