// Typed wrapper for app.ExportService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { ExportFileResult, ExportOptions as GoExportOptions, ExportResult, MemoOptions } from './contract.gen';

export const EXPORT_WHAT = ['annotations', 'claims', 'entities', 'mentions', 'assessments', 'evidence', 'sources', 'bundle'] as const;
export type ExportWhat = (typeof EXPORT_WHAT)[number];
export type ExportFormat = 'csv' | 'jsonl' | 'webannotation' | 'claimreview' | 'xlsx';

/**
 * ExportOptions: articleId 0 = any article, tag '' = any, since 'YYYY-MM-DD' or '', state
 * suggested | accepted | rejected | '', excel (CSV only) a UTF-8 byte order mark first.
 * A result's warnings are what the file's reader should know (nothing was changed); its
 * encoding 'base64' for a binary export (xlsx).
 */
export type { ExportFileResult, ExportResult, MemoOptions };
/** Go's ExportOptions with what and format narrowed to the ones the UI offers. */
export type ExportOptions = Required<Omit<GoExportOptions, 'what' | 'format'>> & { what: ExportWhat; format: ExportFormat };

const S = 'ExportService';

export const exportApi = {
  export: (opts: ExportOptions): Promise<ExportResult> => call(S, 'Export', opts),
  exportToFile: (path: string, overwrite: boolean, opts: ExportOptions): Promise<ExportFileResult> =>
    call(S, 'ExportToFile', path, overwrite, opts),
  cancel: (): Promise<boolean> => call(S, 'Cancel'),
  /** A verification memo (claims by id, or a tag's claims) into memory, for a download. */
  memo: (opts: MemoOptions): Promise<ExportResult> => call(S, 'Memo', opts),
  /** A verification memo written where the window's save dialog said (window only). */
  memoToFile: (path: string, overwrite: boolean, opts: MemoOptions): Promise<ExportFileResult> => call(S, 'MemoToFile', path, overwrite, opts),
};
