// Typed wrapper for app.ExportService (Go). Field names mirror app/export.go.
import { call } from './transport';

export const EXPORT_WHAT = ['annotations', 'claims', 'entities', 'mentions', 'assessments', 'evidence', 'sources', 'bundle'] as const;
export type ExportWhat = (typeof EXPORT_WHAT)[number];
export type ExportFormat = 'csv' | 'jsonl' | 'webannotation' | 'claimreview' | 'xlsx';

export interface ExportOptions {
  what: ExportWhat;
  format: ExportFormat;
  /** 0 = any article. */
  articleId: number;
  /** Tag name; '' = any. */
  tag: string;
  /** 'YYYY-MM-DD' or ''. */
  since: string;
  /** suggested | accepted | rejected | ''. */
  state: string;
  /** CSV only: a UTF-8 byte order mark first. */
  excel: boolean;
}

export interface ExportResult {
  filename: string;
  content: string;
  rows: number;
  /** What the reader of the file should know (e.g. cells Excel would cut); nothing was changed. */
  warnings: string[];
  /** 'base64' for a binary export (xlsx): content is then base64. */
  encoding?: string;
}

export interface ExportFileResult {
  path: string;
  rows: number;
  warnings: string[];
}

const S = 'ExportService';

export const exportApi = {
  export: (opts: ExportOptions): Promise<ExportResult> => call<ExportResult>(S, 'Export', opts),
  exportToFile: (path: string, overwrite: boolean, opts: ExportOptions): Promise<ExportFileResult> =>
    call<ExportFileResult>(S, 'ExportToFile', path, overwrite, opts),
  cancel: (): Promise<boolean> => call<boolean>(S, 'Cancel'),
};
