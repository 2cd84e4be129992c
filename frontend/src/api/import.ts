// Typed wrapper for app.ImportService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { ImportFile, ImportOptions, ImportOutcome, ImportSummary, Orphan, PastedArticle } from './contract.gen';

/**
 * ImportOptions: encoding '' = detect (UTF-8 ± BOM, UTF-16 with BOM, else windows-1252),
 * maxBytes 0 = the default limit (10 MB), versionOf 0 = a new article. An ImportFile's
 * content is base64. An outcome's url is the address a web page was finally read from;
 * a summary's stopped says why the import stopped before the end (the disk is full), once.
 */
export type { ImportFile, ImportOptions, ImportOutcome, ImportSummary, Orphan, PastedArticle };

export type ImportStatus = 'imported' | 'version' | 'duplicate' | 'skipped' | 'rejected';

const S = 'ImportService';

export const importApi = {
  importPaths: (paths: string[], opts: ImportOptions): Promise<ImportSummary> => call(S, 'ImportPaths', paths, opts),
  importFiles: (files: ImportFile[], opts: ImportOptions): Promise<ImportSummary> => call(S, 'ImportFiles', files, opts),
  /** Fetches each web page and imports it; a failed address is rejected with its reason, the others go on. */
  importURLs: (urls: string[], opts: ImportOptions): Promise<ImportSummary> => call(S, 'ImportURLs', urls, opts),
  /** Reads the clipboard's text (and HTML) into a prefilled article; stores nothing. */
  readPaste: (text: string, html: string): Promise<PastedArticle> => call(S, 'ReadPaste', text, html),
  importPasted: (a: PastedArticle): Promise<ImportSummary> => call(S, 'ImportPasted', a),
  cancel: (): Promise<boolean> => call(S, 'Cancel'),
  orphans: (): Promise<Orphan[]> => call(S, 'Orphans'),
};
