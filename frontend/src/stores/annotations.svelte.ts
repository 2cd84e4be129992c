// The open article's spans, the selected and hovered span, the undo/redo
// state, and every annotating action. Each action is one call to Go (one
// audited, undoable change); what Go answers (the span created or changed) is
// applied to the list at once, so the highlight shows without waiting, and a
// refresh of the article's spans and the history follows in the background.
import { spansApi, type ReaderSpan, type Span, type SpanPatch, type SpanState } from '../api/spans';
import { historyApi, type AuditEntry, type HistoryState } from '../api/history';
import { annotateApi, mentionInput } from '../api/annotate';
import { SpanIndex } from '../lib/spanIndex';
import { afterPaint } from '../lib/afterPaint';
import { errors } from './errors.svelte';
import { conflictMessage } from '../lib/saveConflict';

/** A text range to annotate, in code points, with the text it covers. */
export interface CpRange {
  start: number;
  end: number;
  quote: string;
}

/** How long a change whose answer was applied waits for workspace:changed to refresh the spans before refreshing them itself. */
export const CONFIRM_MS = 300;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: '', redoLabel: '', undoNote: '' };

class AnnotationsStore {
  articleId = $state<number | null>(null);
  list = $state.raw<ReaderSpan[]>([]);
  loading = $state(false);
  selectedId = $state<number | null>(null);
  hoverIds = $state.raw<number[]>([]);
  history = $state<HistoryState>(NO_HISTORY);
  selectedHistory = $state.raw<AuditEntry[]>([]);
  /** Last action's message for screen readers and the status line. */
  status = $state('');
  /** The suggestion just decided was the last one waiting in the article (until another span is selected). */
  noMoreSuggestions = $state(false);

  /** Interval index over the painted spans (orphans have no place in the text). */
  index = $derived(new SpanIndex(this.list.filter((s) => s.anchorStatus !== 'orphan')));
  selected = $derived(this.list.find((s) => s.id === this.selectedId) ?? null);
  suggested = $derived(this.list.filter((s) => s.state === 'suggested'));

  private loadSeq = 0;
  /** performance.now() when the last span list / history request started: a refresh that started after a change sees it. */
  private listAskedAt = -Infinity;
  private historyAskedAt = -Infinity;

  /** The article whose spans the start-up call brought: its first load() need not ask again. */
  private shownAtStart: number | null = null;

  /**
   * Shows an article's spans and Undo's state as the start-up call brought them (asked for
   * at askedAt, a performance.now() time: a change after it is refreshed, refreshSince).
   */
  showStart(articleId: number | null, list: ReaderSpan[], history: HistoryState, askedAt: number): void {
    this.history = history;
    this.historyAskedAt = askedAt;
    if (articleId === null) return;
    this.articleId = articleId;
    this.list = list;
    this.listAskedAt = askedAt;
    this.shownAtStart = articleId;
    mark('cd:spans-received', { articleId, spans: list.length });
  }

  async load(articleId: number | null): Promise<void> {
    const shown = this.shownAtStart;
    this.shownAtStart = null;
    if (articleId !== null && articleId === shown && articleId === this.articleId) return;
    if (articleId !== this.articleId) {
      this.articleId = articleId;
      this.list = [];
      this.selectedId = null;
      this.noMoreSuggestions = false;
      this.hoverIds = [];
    }
    await this.refresh();
  }

  /** The latest refreshNow(): refresh() waits for it, and for any started meanwhile. */
  private latestRefresh: Promise<void> = Promise.resolve();

  /**
   * Reloads the open article's spans (and the selected span's history). Resolves once
   * the list is from a read started at or after this call: a refresh started meanwhile
   * (workspace:changed of the very change the caller made) supersedes this one, which
   * then returns without its rows, and a caller choosing from the list (the next
   * suggestion after a rejection) would choose from the list as it was before.
   */
  async refresh(): Promise<void> {
    this.latestRefresh = this.refreshNow();
    let p: Promise<void>;
    do {
      p = this.latestRefresh;
      await p;
    } while (p !== this.latestRefresh);
  }

  private async refreshNow(): Promise<void> {
    const id = this.articleId;
    const seq = ++this.loadSeq;
    const selectedAtStart = this.selectedId;
    if (id === null) return;
    this.loading = true;
    this.listAskedAt = now();
    try {
      const list = await spansApi.listForReader(id);
      if (seq !== this.loadSeq || id !== this.articleId) return;
      mark('cd:spans-received', { articleId: id, spans: list.length });
      this.list = list;
      // A selection made after this refresh started (a span just created) is kept even
      // if this older list lacks it; the next refresh brings it.
      if (this.selectedId !== null && selectedAtStart === this.selectedId && !list.some((s) => s.id === this.selectedId)) this.selectedId = null;
      void this.loadSelectedHistory();
    } catch (err) {
      errors.report(err);
    } finally {
      if (seq === this.loadSeq) this.loading = false;
    }
  }

  /**
   * Refreshes the spans and the history unless a refresh of each started at or after
   * `since` (a performance.now() time after the change to show was committed): that
   * one reads the change already. workspace:changed calls this with the time the event
   * arrived, so a change this store made and refreshed for is not read twice.
   */
  refreshSince(since: number): void {
    if (this.listAskedAt < since) void this.refresh();
    if (this.historyAskedAt < since) void this.refreshHistory();
  }

  async refreshHistory(): Promise<void> {
    this.historyAskedAt = now();
    try {
      this.history = await historyApi.state();
    } catch {
      // The toolbar keeps its last state; an error here is not the analyst's problem.
    }
  }

  select(id: number | null): void {
    if (this.selectedId === id) return;
    this.selectedId = id;
    if (id !== null) this.noMoreSuggestions = false;
    this.selectedHistory = [];
    // After the frame that shows the selection (a span just created is selected in the
    // task that paints its highlight; starting a fetch there cost 2-10 ms of it).
    void afterPaint().then(() => this.loadSelectedHistory());
  }

  private async loadSelectedHistory(): Promise<void> {
    const id = this.selectedId;
    if (id === null) return;
    try {
      const entries = await historyApi.forRow('spans', id);
      if (id === this.selectedId) this.selectedHistory = entries;
    } catch {
      if (id === this.selectedId) this.selectedHistory = [];
    }
  }

  /**
   * Runs one change; applies its answer to the list at once (apply); reports its
   * error; then refreshes spans and history without making the caller wait. With an
   * answer applied, the refresh only confirms it (and brings side effects, such as an
   * entity's new name on its other spans): it is left to the workspace:changed event
   * the change emits (App: refreshSince), which arrives with the answer, and made here
   * only if no refresh has started CONFIRM_MS later. Either way it runs after the
   * change's frame, not in it (reading and parsing ~600 KB of spans for a long article).
   */
  private async run<T>(what: string, fn: () => Promise<T>, apply?: (out: T) => void, onConflict?: (message: string) => void): Promise<T | undefined> {
    let applied = false;
    try {
      const out = await fn();
      mark('cd:span-changed');
      if (apply) {
        apply(out);
        applied = true;
      }
      this.status = what;
      return out;
    } catch (err) {
      // a save another window's newer edit refused goes to the form that asked, with its typing (lib/saveConflict)
      const conflict = onConflict ? conflictMessage(err) : null;
      if (conflict !== null) onConflict!(conflict);
      else errors.report(err);
      return undefined;
    } finally {
      if (applied) {
        const at = now();
        setTimeout(() => this.refreshSince(at), CONFIRM_MS);
      } else {
        void this.refresh();
        void this.refreshHistory();
      }
    }
  }

  /** put, and select it in the same update (one render, not a list then a detail). */
  private putAndSelect(span: Span): void {
    this.put(span);
    if (span.articleId === this.articleId) this.select(span.id);
  }

  /** Puts a span Go returned into the list (replacing the one with its id), if it belongs to the open article. */
  private put(span: ReaderSpan | undefined): void {
    if (!span || span.articleId !== this.articleId) return;
    const i = this.list.findIndex((s) => s.id === span.id);
    if (i < 0) this.list = [...this.list, span];
    else {
      const next = this.list.slice();
      next[i] = span;
      this.list = next;
    }
  }

  async createEntity(r: CpRange, entityType: string, entityId: number | null, newEntityName: string): Promise<Span | undefined> {
    const id = this.articleId;
    if (id === null) return undefined;
    const span = await this.run(`Tagged “${r.quote}” as ${entityType}`, () =>
      spansApi.create({ articleId: id, kind: 'entity', entityType, entityId, newEntityName, start: r.start, end: r.end, quote: r.quote, note: '', tags: [] }),
      (s) => this.putAndSelect(s),
    );
    if (span) this.select(span.id);
    return span;
  }

  async createNote(r: CpRange, note: string, tags: string[]): Promise<Span | undefined> {
    const id = this.articleId;
    if (id === null) return undefined;
    const span = await this.run(tags.length && !note ? `Tagged “${r.quote}”` : `Noted “${r.quote}”`, () =>
      spansApi.create({ articleId: id, kind: 'note', entityType: '', entityId: null, newEntityName: '', start: r.start, end: r.end, quote: r.quote, note, tags }),
      (s) => this.putAndSelect(s),
    );
    if (span) this.select(span.id);
    return span;
  }

  async addMention(r: CpRange, claimId: number | null, newStatement: string): Promise<boolean> {
    const id = this.articleId;
    if (id === null) return false;
    const before = new Set(this.list.map((s) => s.id));
    const claim = await this.run(`Marked “${r.quote}” as a claim`, () =>
      annotateApi.addMention(mentionInput({ claimId, newStatement, articleId: id, start: r.start, end: r.end, quote: r.quote })),
    );
    if (!claim) return false;
    // The claim names its new mention; the span list may still be refreshing (a
    // workspace:changed refresh can overtake ours), so do not rely on it.
    const mention = claim.mentions.find((m) => m.articleId === id && m.start === r.start && m.end === r.end && !before.has(m.spanId));
    const made = mention?.spanId ?? this.list.find((s) => !before.has(s.id) && s.kind === 'claim' && s.start === r.start && s.end === r.end)?.id;
    if (made !== undefined) this.select(made);
    return true;
  }

  update(id: number, patch: SpanPatch, what = 'Updated the span', onConflict?: (message: string) => void): Promise<Span | undefined> {
    return this.run(what, () => spansApi.update(id, patch), (s) => this.put(s), onConflict);
  }

  async remove(id: number): Promise<void> {
    const s = this.list.find((x) => x.id === id);
    await this.run(`Deleted “${s?.quote ?? ''}”`, () => spansApi.delete(id), () => {
      this.list = this.list.filter((x) => x.id !== id);
    });
    if (this.selectedId === id) this.select(null);
  }

  setState(ids: number[], state: SpanState): Promise<void | undefined> {
    // SpanService.SetState decides a machine suggestion as SuggestionService does
    // (accepting links its proposed entity), so one call serves every span.
    // The list leaves rejected spans out (ListForArticle without them); accepted ones change style.
    const set = new Set(ids);
    return this.run(state === 'accepted' ? 'Accepted' : 'Rejected', () => spansApi.setState(ids, state), () => {
      this.list = state === 'rejected' ? this.list.filter((s) => !set.has(s.id)) : this.list.map((s) => (set.has(s.id) ? { ...s, state } : s));
    });
  }


  tag(id: number, name: string): Promise<Span | undefined> {
    return this.run(`Tagged with ${name}`, () => spansApi.tag(id, name), (s) => this.put(s));
  }

  untag(id: number, tagId: number): Promise<Span | undefined> {
    return this.run('Removed the tag', () => spansApi.untag(id, tagId), (s) => this.put(s));
  }

  async undo(): Promise<void> {
    if (!this.history.canUndo) await this.refreshHistory();
    if (!this.history.canUndo) return;
    const label = this.history.undoLabel;
    await this.run(`Undid: ${label}`, async () => {
      this.history = await historyApi.undo();
    });
  }

  async redo(): Promise<void> {
    if (!this.history.canRedo) await this.refreshHistory();
    if (!this.history.canRedo) return;
    const label = this.history.redoLabel;
    await this.run(`Redid: ${label}`, async () => {
      this.history = await historyApi.redo();
    });
  }

  /** Selects the next (dir 1) or previous (-1) span in text order; returns it. */
  step(dir: 1 | -1): ReaderSpan | undefined {
    const sorted = this.index.sorted;
    if (sorted.length === 0) return undefined;
    const cur = this.selected;
    let i = cur ? this.index.indexOf(cur) : -1;
    if (i < 0) i = dir === 1 ? -1 : sorted.length;
    const next = sorted[(i + dir + sorted.length) % sorted.length];
    if (next) this.select(next.id);
    return next;
  }
}

export const annotations = new AnnotationsStore();

/** A performance mark for the timing scripts (e2e/perf); a no-op where marks are missing. */
function mark(name: string, detail?: unknown): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, { detail });
}
