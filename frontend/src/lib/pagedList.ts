// A long list held as pages fetched on demand: the rows on screen are asked
// for, a page is fetched once (concurrent asks share the request), and a
// reload (the workspace changed) drops every page and fetches again only the
// pages asked for next. Answers to requests made before a reload are dropped,
// so a slow old page never overwrites newer rows. No UI or Svelte here: the
// store wraps it and the tests drive it with a fake fetch.

export interface Page<T> {
  items: T[];
  total: number;
}

export type FetchPage<T> = (offset: number, limit: number) => Promise<Page<T>>;

export class PagedList<T> {
  /** Rows in all, as the last answer said; -1 before the first answer. */
  total = -1;
  private pages = new Map<number, T[]>();
  private inflight = new Map<number, Promise<void>>();
  private generation = 0;

  constructor(
    private readonly fetchPage: FetchPage<T>,
    readonly pageSize: number,
    /** Called after rows or the total changed. */
    private readonly onChange: () => void = () => {},
  ) {
    if (!(pageSize > 0)) throw new RangeError('page size must be positive');
  }

  /** The row at index, if its page is loaded. */
  get(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Whether the page holding index is loaded. */
  has(index: number): boolean {
    return this.pages.has(Math.floor(index / this.pageSize));
  }

  /** Every loaded row with its index, in order. */
  loaded(): { index: number; item: T }[] {
    const out: { index: number; item: T }[] = [];
    for (const p of [...this.pages.keys()].sort((a, b) => a - b)) {
      (this.pages.get(p) as T[]).forEach((item, i) => out.push({ index: p * this.pageSize + i, item }));
    }
    return out;
  }

  /**
   * Takes a page fetched elsewhere (the start-up call brings the first one): as if
   * fetched here, before any reload (a later reload drops it like any other page).
   */
  put(page: number, res: Page<T>): void {
    this.total = res.total;
    this.pages.set(page, res.items);
    this.onChange();
  }

  /** Fetches the pages holding rows [start, end) that are not loaded yet. */
  ensure(start: number, end: number): Promise<void> {
    const s = Math.max(0, start);
    const e = this.total >= 0 ? Math.min(end, this.total) : end;
    const jobs: Promise<void>[] = [];
    if (e <= s) return this.total < 0 ? this.fetch(0) : Promise.resolve();
    for (let p = Math.floor(s / this.pageSize); p <= Math.floor((e - 1) / this.pageSize); p++) {
      if (!this.pages.has(p)) jobs.push(this.fetch(p));
    }
    return Promise.all(jobs).then(() => {});
  }

  /**
   * The rows may have changed anywhere (the workspace changed): fetches the pages
   * holding [start, end) again and drops every other page. The old rows stay on
   * screen until their page's new answer replaces them.
   */
  reload(start: number, end: number): Promise<void> {
    this.generation++;
    this.inflight.clear();
    const wanted = new Set<number>();
    const s = Math.max(0, start);
    const e = Math.max(end, s + 1);
    for (let p = Math.floor(s / this.pageSize); p <= Math.floor((e - 1) / this.pageSize); p++) wanted.add(p);
    for (const p of [...this.pages.keys()]) if (!wanted.has(p)) this.pages.delete(p);
    return Promise.all([...wanted].map((p) => this.fetch(p))).then(() => {});
  }

  private fetch(page: number): Promise<void> {
    const running = this.inflight.get(page);
    if (running) return running;
    const gen = this.generation;
    const job = this.fetchPage(page * this.pageSize, this.pageSize)
      .then((res) => {
        if (gen !== this.generation) return;
        if (this.total >= 0 && res.total !== this.total) {
          // Rows were added or removed: every other page may have shifted.
          for (const p of [...this.pages.keys()]) if (p !== page && !this.inflight.has(p)) this.pages.delete(p);
        }
        this.total = res.total;
        this.pages.set(page, res.items);
        this.onChange();
      })
      .finally(() => {
        if (this.inflight.get(page) === job) this.inflight.delete(page);
      });
    this.inflight.set(page, job);
    return job;
  }
}
