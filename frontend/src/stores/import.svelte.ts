// Importing articles: from the native dialogs and Wails file drops (paths,
// ImportService.ImportPaths) or from a browser's file picker and drops (bytes,
// ImportService.ImportFiles, in batches under the bridge's request limit); from web
// addresses (ImportURLs); from a paste ("New article from pasted text": ReadPaste
// prefills, ImportPasted stores); the summary of the last import and the annotations
// left orphaned by new versions.
import { mode } from '../api';
import { dialogsApi } from '../api/dialogs';
import { importApi, type ImportOptions, type ImportSummary, type Orphan, type PastedArticle } from '../api/import';
import { toApiError } from '../api';
import { MAX_URLS, pasteOutcome, prefill, splitAddresses } from '../features/import/web';
import { emptySummary, isImportable, mergeSummaries, planBatches, rejectedLocally, storedArticleIds, summaryLine } from '../features/import/files';
import { articles } from './articles.svelte';
import { errors } from './errors.svelte';
import { nav } from './nav.svelte';
import { progress } from './progress.svelte';
import { readBase64 } from '../lib/readBase64';

export const ENCODINGS: { value: string; label: string }[] = [
  { value: '', label: 'Detect (UTF-8, UTF-16/32, Shift-JIS, else Windows-1252)' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-8-replace', label: 'UTF-8, invalid bytes as \uFFFD' },
  { value: 'windows-1252', label: 'Windows-1252 (Latin-1)' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
  { value: 'utf-32le', label: 'UTF-32 LE' },
  { value: 'utf-32be', label: 'UTF-32 BE' },
  { value: 'shift_jis', label: 'Shift-JIS' },
];

/** A file from a browser, with the path it had inside a dropped folder. */
export interface PickedFile {
  file: File;
  /** e.g. "feed/a.txt"; the file's name when not from a folder. */
  path: string;
}

class ImportStore {
  dialogOpen = $state(false);
  encoding = $state('');
  running = $state(false);
  summary = $state<ImportSummary | null>(null);
  summaryOpen = $state(false);
  /** Orphaned annotations in the articles the last import stored as new versions. */
  orphans = $state<Orphan[]>([]);
  /** Every orphan in the workspace (shown on demand). */
  allOrphans = $state<Orphan[]>([]);
  /** Native dialogs exist (the desktop window); null until asked. */
  desktop = $state<boolean | null>(null);
  /** The dialog's "From the web" addresses, as typed (one a line). */
  urlText = $state('');
  /** Bumped when the dialog is opened for web addresses, so it focuses that field. */
  webFocus = $state(0);
  /** The "New article from pasted text" form: null when closed. */
  pasted = $state<PastedArticle | null>(null);
  /** Why the pasted article could not be read or stored, shown in the form. */
  pasteError = $state('');
  pasteBusy = $state(false);

  async detect(): Promise<boolean> {
    if (this.desktop === null) this.desktop = mode() === 'wails' ? await dialogsApi.available() : false;
    return this.desktop;
  }

  openDialog(): void {
    void this.detect();
    this.dialogOpen = true;
  }

  /** Opens the dialog at "From the web", with addresses filled in when given (a pasted URL, the menu). */
  openWeb(urls: string[] = []): void {
    if (urls.length) this.urlText = urls.join('\n');
    this.openDialog();
    this.webFocus++;
  }

  /** Imports the addresses in the dialog's field; words that are not addresses stay in it, so nothing typed is lost. */
  async importUrlText(): Promise<void> {
    const { urls, invalid } = splitAddresses(this.urlText);
    if (!urls.length) {
      errors.report({ code: 'invalid', message: invalid.length ? `Not a web address: ${invalid.slice(0, 3).join(', ')}` : 'Type or paste a web address (http:// or https://) first.' });
      return;
    }
    if (urls.length > MAX_URLS) {
      errors.report({ code: 'invalid', message: `${urls.length} addresses at once is too many: import at most ${MAX_URLS} at a time.` });
      return;
    }
    const ok = await this.run(() => importApi.importURLs(urls, this.opts()), true);
    if (ok) this.urlText = invalid.join('\n');
  }

  /** Reads a paste into the "New article from pasted text" form (opened at once with the text; prefilled when Go answers). */
  async openPaste(text: string, html: string): Promise<void> {
    this.pasteError = '';
    const first: PastedArticle = { title: '', body: text.trim(), outlet: '', publishedAt: '', url: '', byline: '', language: '' };
    this.pasted = { ...first };
    this.pasteBusy = true;
    try {
      const read = await importApi.readPaste(text, html);
      if (read.body === '') read.body = first.body;
      // The analyst may have typed in the form meanwhile: what they changed stays.
      const cur = this.pasted;
      if (cur) this.pasted = prefill(first, cur, read);
    } catch (err) {
      this.pasteError = toApiError(err).message;
    } finally {
      this.pasteBusy = false;
    }
  }

  closePaste(): void {
    this.pasted = null;
    this.pasteError = '';
  }

  /** Stores the pasted article as the form shows it; a refusal stays in the form, with the analyst's text. */
  async importPasted(): Promise<void> {
    const a = this.pasted;
    if (!a || this.pasteBusy) return;
    if (a.body.trim() === '') {
      this.pasteError = 'The article has no text.';
      return;
    }
    this.pasteBusy = true;
    this.pasteError = '';
    try {
      const sum = await importApi.importPasted(a);
      const o = sum.items[0];
      if (o?.status === 'rejected') {
        this.pasteError = o.reason || 'The article was not stored.';
        return;
      }
      this.pasted = null;
      await articles.load();
      if (o?.articleId) {
        nav.open('reader');
        void articles.select(o.articleId);
      }
      progress.say(pasteOutcome(o, a));
    } catch (err) {
      this.pasteError = toApiError(err).message;
    } finally {
      this.pasteBusy = false;
    }
  }

  private opts(): ImportOptions {
    return { encoding: this.encoding, maxBytes: 0 };
  }

  /** Native file dialog → ImportPaths. */
  async chooseFiles(): Promise<void> {
    try {
      const paths = await dialogsApi.chooseImportFiles();
      if (paths.length) await this.importPaths(paths);
    } catch (err) {
      errors.report(err);
    }
  }

  /** Native folder dialog → ImportPaths (recursive). */
  async chooseFolder(): Promise<void> {
    try {
      const path = await dialogsApi.chooseImportFolder();
      if (path) await this.importPaths([path]);
    } catch (err) {
      errors.report(err);
    }
  }

  async importPaths(paths: string[]): Promise<void> {
    if (!paths.length) return;
    await this.run(() => importApi.importPaths(paths, this.opts()));
  }

  /** Browser files → ImportFiles, in requests under the bridge's limit; files too large are reported, not sent. */
  async importFiles(files: PickedFile[]): Promise<void> {
    if (!files.length) return;
    const plan = planBatches(files.map((f) => ({ name: f.path || f.file.name, size: f.file.size, file: f.file })));
    await this.run(async () => {
      let sum = plan.tooLarge.length ? rejectedLocally(plan.tooLarge) : emptySummary();
      for (const batch of plan.batches) {
        const payload = await Promise.all(
          // Files Go does not read are sent by name only: it rejects them with the reason.
          batch.map(async (f) => ({ name: f.name, content: isImportable(f.name) ? await readBase64(f.file) : '' })),
        );
        const got = await importApi.importFiles(payload, this.opts());
        sum = mergeSummaries(sum, got);
        if (got.cancelled || got.stopped) break; // stopped: the next batches would fail the same way
      }
      return sum;
    });
  }

  /**
   * Runs an import (files, addresses, feed items) with its progress and Cancel, then
   * shows its summary and opens the first article it stored. False if it did not run
   * or failed as a whole.
   */
  async run(fn: () => Promise<ImportSummary>, openFirst = false): Promise<boolean> {
    if (this.running) {
      errors.report({ code: 'conflict', message: 'An import is already running; wait for it or cancel it.' });
      return false;
    }
    this.running = true;
    this.dialogOpen = false;
    try {
      const sum = await progress.track('import', fn);
      this.summary = sum;
      this.summaryOpen = true;
      progress.say(`Import: ${summaryLine(sum)}`, { label: 'Details', run: () => (this.summaryOpen = true) });
      await articles.load();
      const first = storedArticleIds(sum)[0];
      if (openFirst && first !== undefined) {
        nav.open('reader');
        void articles.select(first);
      }
      await this.loadOrphans(sum);
      return true;
    } catch (err) {
      errors.report(err);
      // Part of it may be in: the list shows what is.
      void articles.load();
      return false;
    } finally {
      this.running = false;
    }
  }

  private async loadOrphans(sum: ImportSummary): Promise<void> {
    this.orphans = [];
    this.allOrphans = [];
    if (!sum.versions) return;
    const ids = new Set(storedArticleIds(sum));
    try {
      const all = await importApi.orphans();
      this.allOrphans = all;
      this.orphans = all.filter((o) => ids.has(o.articleId));
    } catch (err) {
      errors.report(err);
    }
  }

  async showAllOrphans(): Promise<void> {
    try {
      this.allOrphans = await importApi.orphans();
    } catch (err) {
      errors.report(err);
    }
  }
}

export const importer = new ImportStore();
