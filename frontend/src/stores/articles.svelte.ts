// State of ArticleService: the list (paged: the rows on screen are fetched with
// ListPage as the list scrolls), the selection and the open article, and, for
// the pickers of other views, every article's title (List, fetched only when a
// view asks for it).
import { ApiError, articlesApi, onEvent, type Article, type ArticleSummary, type ArticleUpdate } from '../api';
import { NO_OUTLET, type PageSnapshot } from '../api/articles';
import { PagedList, type Page } from '../lib/pagedList';
import { NO_MARKS, markRange, toggleMark, type Marks } from '../lib/articleMarks';
import { errors } from './errors.svelte';

/** Rows per ListPage call: a screenful is ~10; a page covers a few flicks of the wheel. */
export const PAGE_SIZE = 100;

class ArticlesStore {
  /** Articles in the workspace (from the last page answered). */
  total = $state(0);
  /** Bumped whenever rows arrive, so views that read rows() re-render. */
  rev = $state(0);
  listLoading = $state(false);
  /** Set once the first page has answered (successfully or not), to tell "empty" from "not yet". */
  listLoaded = $state(false);
  listFailed = $state(false);

  /** Every article, for pickers in other views; loaded by wantAll(). */
  all = $state.raw<ArticleSummary[]>([]);
  private allWanted = false;

  selectedId = $state<number | null>(null);
  current = $state<Article | null>(null);
  currentLoading = $state(false);

  /** The list's outlet filter: 0 every article, a source id, or NO_OUTLET (articles with none). */
  outlet = $state(0);

  /** Articles picked in the list to act on together (lib/articleMarks: Ctrl+ and Shift+click). */
  marks = $state.raw<Marks>(NO_MARKS);
  toggleMark(id: number, index: number): void {
    this.marks = toggleMark(this.marks, id, index, this.selectedId);
  }
  markRange(index: number): void {
    this.marks = markRange(this.marks, index, this.indexOf(this.selectedId), (i) => this.row(i)?.id);
  }
  clearMarks(): void {
    this.marks = NO_MARKS;
  }

  /** The sample articles still in the workspace ("Remove the sample articles"; [] once removed). */
  samples = $state<number[]>([]);
  async loadSamples(): Promise<void> {
    try {
      this.samples = await articlesApi.sampleIds();
    } catch {
      this.samples = [];
    }
  }

  private pages = this.newPages();

  private newPages(): PagedList<ArticleSummary> {
    const outlet = this.outlet;
    const pages: PagedList<ArticleSummary> = new PagedList<ArticleSummary>(
      (o, l) => (outlet === 0 ? articlesApi.listPage(o, l) : articlesApi.listPageOf(outlet, o, l)),
      PAGE_SIZE,
      () => {
        if (pages !== this.pages) return; // a page of the previous filter
        this.total = Math.max(0, pages.total);
        this.rev++;
      },
    );
    return pages;
  }

  /**
   * Lists one outlet's articles (0: every article; NO_OUTLET: those with none), from the
   * top. The open article stays open in the reader even when the list no longer holds it.
   */
  async setOutlet(outlet: number): Promise<void> {
    if (outlet === this.outlet && this.listLoaded) return;
    this.outlet = outlet;
    this.marks = NO_MARKS; // the rows a pick counted are another list's
    this.pages = this.newPages();
    this.visible = { start: 0, end: PAGE_SIZE };
    this.rev++;
    await this.load(false);
  }
  /**
   * Follows one outlet from elsewhere (Sources' "N articles"): the list narrowed to it, and
   * the reader on its first article unless the open one is already the outlet's (an
   * article of another outlet left open beside that list reads as one of them); with
   * none, nothing is open.
   */
  async followOutlet(outlet: number): Promise<void> {
    await this.setOutlet(outlet);
    if (this.outlet !== outlet) return; // another filter was picked meanwhile
    const want = outlet === NO_OUTLET ? null : outlet;
    if (this.current !== null && (outlet === 0 || this.current.sourceId === want)) return;
    const first = this.row(0);
    if (first !== undefined) {
      await this.select(first.id);
      return;
    }
    this.closeOpen();
  }

  /**
   * After articles were removed: the open one closes if it was among them (its text, spans
   * and origins must not stay on screen to be acted on, and their next reload would fail
   * with "article N does not exist"). Resolves whether it closed.
   */
  closeRemoved(ids: number[]): boolean {
    const open = this.current?.id ?? this.selectedId;
    if (open === null || !ids.includes(open)) return false;
    this.closeOpen();
    return true;
  }

  /** Nothing open; an answer still on its way for an earlier select() is dropped. */
  private closeOpen(): void {
    this.selectSeq++;
    this.selectedId = null;
    this.current = null;
    this.currentLoading = false;
  }
  /** The rows the list shows now (kept so a reload refetches just those). */
  private visible = { start: 0, end: PAGE_SIZE };

  // Increments with each select(); a slower earlier Get must not overwrite
  // the article the user clicked last.
  private selectSeq = 0;

  /** The article at a row, if its page has arrived. Reading it tracks rev. */
  row(index: number): ArticleSummary | undefined {
    void this.rev;
    return this.pages.get(index);
  }

  /** Index of a loaded article in the list, or -1. */
  indexOf(id: number | null): number {
    void this.rev;
    if (id === null) return -1;
    for (const { index, item } of this.pages.loaded()) if (item.id === id) return index;
    return -1;
  }

  /** The list shows rows [start, end): fetch their pages if missing. */
  async show(start: number, end: number): Promise<void> {
    this.visible = { start, end };
    try {
      await this.pages.ensure(start, end);
    } catch (err) {
      errors.report(err);
    }
  }

  /**
   * (Re)loads the list's visible rows and the total, and the pickers' full list if a
   * view uses it (unless withAll is false: span counts changed, not titles);
   * resolves true on success.
   */
  async load(withAll = true): Promise<boolean> {
    this.listLoading = true;
    const pages = this.pages;
    try {
      await pages.reload(this.visible.start, this.visible.end);
      if (pages !== this.pages) return true; // the filter changed meanwhile: its own load answers
      this.total = Math.max(0, pages.total);
      this.listFailed = false;
      if (withAll && this.allWanted) void this.loadAll();
      return true;
    } catch (err) {
      errors.report(err);
      if (err instanceof ApiError && err.code === 'not_found' && pages === this.pages && this.outlet > 0) {
        // The outlet is gone (deleted elsewhere, or an address kept from another workspace):
        // said once, then every article, so the list and the address do not fail on every load.
        void this.setOutlet(0);
        return false;
      }
      this.listFailed = true;
      return false;
    } finally {
      this.listLoading = false;
      this.listLoaded = true;
    }
  }

  /** Shows the list's first page as the start-up call brought it (load() without the call). */
  showFirstPage(page: Page<ArticleSummary>): void {
    if (this.outlet !== 0) return; // the start-up page is every article's; a filter came first
    this.pages.put(0, page);
    this.total = Math.max(0, this.pages.total);
    this.listFailed = false;
    this.listLoaded = true;
  }

  /** Opens an article the start-up call brought (select() without the call). */
  open(article: Article): void {
    this.selectSeq++;
    this.selectedId = article.id;
    this.current = article;
    this.currentLoading = false;
  }

  /** A view that offers every article (a picker) calls this; List is fetched once, then follows changes. */
  wantAll(): void {
    if (this.allWanted) return;
    this.allWanted = true;
    void this.loadAll();
  }

  private async loadAll(): Promise<void> {
    try {
      this.all = await articlesApi.list();
    } catch (err) {
      errors.report(err);
    }
  }

  /** The pages fetched for an article (web imports; [] for a file); a failure is reported and reads as none. */
  async snapshots(id: number): Promise<PageSnapshot[]> {
    try {
      return await articlesApi.snapshots(id);
    } catch (err) {
      errors.report(err);
      return [];
    }
  }

  /**
   * Saves an article's outlet, date, URL, byline and language; the open article shows the
   * answer at once (the list follows the change event). Resolves the error message, or ''.
   */
  async update(id: number, u: ArticleUpdate): Promise<string> {
    try {
      const a = await articlesApi.update(id, u);
      if (this.current?.id === id) this.current = a;
      return '';
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }

  /** Reads the open article again (its details changed: an edit, an undo, another window). */
  async refreshCurrent(): Promise<void> {
    const id = this.current?.id;
    if (id === undefined) return;
    try {
      const a = await articlesApi.get(id);
      if (this.current?.id === id) this.current = a;
    } catch {
      // gone or unreadable: the list's reload says so
    }
  }

  /**
   * Opens the article remembered from last time, quietly if it is gone; with none
   * remembered (a new workspace, a new user), the first one, so the reader shows what
   * the app does instead of an empty pane.
   */
  async restore(id: number | null): Promise<void> {
    const open = id ?? this.row(0)?.id ?? null;
    if (this.selectedId === null && open !== null) await this.select(open, true);
  }

  /** Opens an article; quiet: if it cannot be opened, select nothing and say nothing. */
  async select(id: number, quiet = false): Promise<void> {
    if (id === this.selectedId && this.current?.id === id) return;
    const seq = ++this.selectSeq;
    this.selectedId = id;
    this.currentLoading = true;
    try {
      const article = await articlesApi.get(id);
      if (seq === this.selectSeq) this.current = article;
    } catch (err) {
      if (seq === this.selectSeq) {
        this.current = null;
        if (quiet) this.selectedId = null;
        else errors.report(err);
      }
    } finally {
      if (seq === this.selectSeq) this.currentLoading = false;
    }
  }
}

export const articles = new ArticlesStore();

// Articles added elsewhere (an import in another window, `claimdesk import`, a drop)
// appear in the list, and its counts follow span changes, without a reload: only the
// rows on screen are fetched again. A burst of changes (a bulk accept) reloads once.
let reloadTimer: ReturnType<typeof setTimeout> | undefined;
onEvent('workspace:changed', (data) => {
  const tables = data.tables;
  if (tables.includes('articles')) void articles.refreshCurrent();
  if (!articles.listLoaded || !(tables.includes('articles') || tables.includes('spans'))) return;
  clearTimeout(reloadTimer);
  const titles = tables.includes('articles');
  reloadTimer = setTimeout(() => void articles.load(titles), 300);
});
