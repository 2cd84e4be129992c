// Exporting (ExportService): the dialog's options and what the last export did.
// In the window: the native save dialog and ExportToFile (asking before replacing
// a file); in a browser: Export into memory, downloaded through a Blob.
import { ApiError } from '../api';
import { dialogsApi } from '../api/dialogs';
import { exportApi, type ExportOptions, type MemoOptions } from '../api/export';
import { downloadBytes, mimeOf, normalizeOptions, suggestedFilename, whatForView } from '../features/export/options';
import { memoFilename, memoMime, type MemoFormat } from '../features/export/memo';
import { importer } from './import.svelte';
import { nav } from './nav.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';

export type ExportOutcome = { rows: number; where: string; warnings: string[] } | null;

/** Go's refusal to write over an existing file (a save that did not ask to overwrite): the UI asks "Replace?". */
function existsRefusal(err: unknown, overwrite: boolean): boolean {
  return err instanceof ApiError && err.code === 'conflict' && !overwrite && /exists/i.test(err.message);
}

/** Offers content as a download (a browser: never a path on the server's disk). */
function offerDownload(content: string | Uint8Array<ArrayBuffer>, mime: string, filename: string): void {
  const blob = new Blob([content], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

class ExportStore {
  dialogOpen = $state(false);
  options = $state<ExportOptions>({ what: 'annotations', format: 'csv', articleId: 0, tag: '', since: '', state: '', excel: false });
  running = $state(false);
  result = $state<ExportOutcome>(null);
  /** Set while asking "Replace?": the path that exists. */
  confirmReplace = $state<string | null>(null);
  private pending: { path: string; opts: ExportOptions } | null = null;

  openDialog(): void {
    void importer.detect();
    this.options.what = whatForView(nav.view) ?? this.options.what;
    this.result = null;
    this.confirmReplace = null;
    this.dialogOpen = true;
  }

  async run(): Promise<void> {
    const opts = normalizeOptions($state.snapshot(this.options));
    this.result = null;
    if (await importer.detect()) {
      let path = '';
      try {
        path = await dialogsApi.chooseExportFile(suggestedFilename(opts, new Date()));
      } catch (err) {
        errors.report(err);
        return;
      }
      if (!path) return;
      await this.toFile(path, false, opts);
    } else {
      await this.download(opts);
    }
  }

  private async toFile(path: string, overwrite: boolean, opts: ExportOptions): Promise<void> {
    this.running = true;
    try {
      const r = await progress.track('export', () => exportApi.exportToFile(path, overwrite, opts), opts.what);
      this.result = { rows: r.rows, where: r.path, warnings: r.warnings };
      progress.say(`Exported ${r.rows} row${r.rows === 1 ? '' : 's'} to ${r.path}`);
    } catch (err) {
      if (existsRefusal(err, overwrite)) {
        this.pending = { path, opts };
        this.confirmReplace = path;
      } else errors.report(err);
    } finally {
      this.running = false;
    }
  }

  /** The answer to "Replace?". */
  async replace(yes: boolean): Promise<void> {
    const p = this.pending;
    this.pending = null;
    this.confirmReplace = null;
    if (yes && p) await this.toFile(p.path, true, p.opts);
  }

  private async download(opts: ExportOptions): Promise<void> {
    this.running = true;
    try {
      const r = await progress.track('export', () => exportApi.export(opts), opts.what);
      offerDownload(downloadBytes(r.content, r.encoding), mimeOf(opts.format), r.filename);
      this.result = { rows: r.rows, where: r.filename, warnings: r.warnings };
      progress.say(`Exported ${r.rows} row${r.rows === 1 ? '' : 's'} as ${r.filename}`);
    } catch (err) {
      errors.report(err);
    } finally {
      this.running = false;
    }
  }

  // ---- the verification memo (a claim's, several claims', a tag's) ----
  /** Which memo action is at work or last finished (the key its button gave). */
  memoKey = $state('');
  memoRunning = $state(false);
  /** Where the last memo went (a path in the window, a file name in a browser). */
  memoWhere = $state('');
  /** Set while asking "Replace?": the path that exists. */
  memoReplace = $state<string | null>(null);
  private memoPending: { path: string; opts: MemoOptions } | null = null;

  /** Makes a memo: in the window saved where the save dialog says, in a browser downloaded. */
  async memo(key: string, opts: MemoOptions): Promise<void> {
    this.memoKey = key;
    this.memoWhere = '';
    this.memoReplace = null;
    if (await importer.detect()) {
      let path = '';
      try {
        path = await dialogsApi.chooseExportFile(memoFilename(opts, new Date()));
      } catch (err) {
        errors.report(err);
        return;
      }
      if (path) await this.memoToFile(path, false, opts);
      return;
    }
    this.memoRunning = true;
    try {
      const r = await exportApi.memo(opts);
      offerDownload(r.content, memoMime((opts.format ?? 'html') as MemoFormat), r.filename);
      this.memoWhere = r.filename;
      progress.say(`Memo of ${r.rows} claim${r.rows === 1 ? '' : 's'} downloaded as ${r.filename}`);
    } catch (err) {
      errors.report(err);
    } finally {
      this.memoRunning = false;
    }
  }

  private async memoToFile(path: string, overwrite: boolean, opts: MemoOptions): Promise<void> {
    this.memoRunning = true;
    try {
      const r = await exportApi.memoToFile(path, overwrite, opts);
      this.memoWhere = r.path;
      progress.say(`Memo of ${r.rows} claim${r.rows === 1 ? '' : 's'} saved to ${r.path}`);
    } catch (err) {
      if (existsRefusal(err, overwrite)) {
        this.memoPending = { path, opts };
        this.memoReplace = path;
      } else errors.report(err);
    } finally {
      this.memoRunning = false;
    }
  }

  /** The answer to the memo's "Replace?". */
  async replaceMemo(yes: boolean): Promise<void> {
    const p = this.memoPending;
    this.memoPending = null;
    this.memoReplace = null;
    if (yes && p) await this.memoToFile(p.path, true, p.opts);
  }
}

export const exporter = new ExportStore();
