// Importing articles: from the native dialogs and Wails file drops (paths,
// ImportService.ImportPaths) or from a browser's file picker and drops (bytes,
// ImportService.ImportFiles, in batches under the bridge's request limit); the
// summary of the last import and the annotations left orphaned by new versions.
import { mode } from '../api';
import { dialogsApi } from '../api/dialogs';
import { importApi, type ImportOptions, type ImportSummary, type Orphan } from '../api/import';
import { emptySummary, isImportable, mergeSummaries, planBatches, rejectedLocally, storedArticleIds, summaryLine } from '../features/import/files';
import { articles } from './articles.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';

export const ENCODINGS: { value: string; label: string }[] = [
  { value: '', label: 'Detect (UTF-8, UTF-16 with BOM, else Windows-1252)' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'windows-1252', label: 'Windows-1252 (Latin-1)' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
];

/** A file from a browser, with the path it had inside a dropped folder. */
export interface PickedFile {
  file: File;
  /** e.g. "feed/a.txt"; the file's name when not from a folder. */
  path: string;
}

/** Reads a file as base64 (without the data: URL's prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const url = String(r.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error(`cannot read ${file.name}`));
    r.readAsDataURL(file);
  });
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

  async detect(): Promise<boolean> {
    if (this.desktop === null) this.desktop = mode() === 'wails' ? await dialogsApi.available() : false;
    return this.desktop;
  }

  openDialog(): void {
    void this.detect();
    this.dialogOpen = true;
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

  private async run(fn: () => Promise<ImportSummary>): Promise<void> {
    if (this.running) {
      errors.report({ code: 'conflict', message: 'An import is already running; wait for it or cancel it.' });
      return;
    }
    this.running = true;
    this.dialogOpen = false;
    try {
      const sum = await progress.track('import', fn);
      this.summary = sum;
      this.summaryOpen = true;
      progress.say(`Import: ${summaryLine(sum)}`, { label: 'Details', run: () => (this.summaryOpen = true) });
      await articles.load();
      await this.loadOrphans(sum);
    } catch (err) {
      errors.report(err);
      // Part of it may be in: the list shows what is.
      void articles.load();
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
