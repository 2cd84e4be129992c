// State of ArticleService: the list, the selection and the open article.
import { articlesApi, onEvent, type Article, type ArticleSummary } from '../api';
import { errors } from './errors.svelte';

class ArticlesStore {
  list = $state<ArticleSummary[]>([]);
  listLoading = $state(false);
  /** Set once List has answered (successfully or not), to tell "empty" from "not yet". */
  listLoaded = $state(false);
  listFailed = $state(false);

  selectedId = $state<number | null>(null);
  current = $state<Article | null>(null);
  currentLoading = $state(false);

  // Increments with each select(); a slower earlier Get must not overwrite
  // the article the user clicked last.
  private selectSeq = 0;

  /** Loads the list; resolves true on success. */
  async load(): Promise<boolean> {
    this.listLoading = true;
    try {
      this.list = await articlesApi.list();
      this.listFailed = false;
      return true;
    } catch (err) {
      this.listFailed = true;
      errors.report(err);
      return false;
    } finally {
      this.listLoading = false;
      this.listLoaded = true;
    }
  }

  async select(id: number): Promise<void> {
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
        errors.report(err);
      }
    } finally {
      if (seq === this.selectSeq) this.currentLoading = false;
    }
  }
}

export const articles = new ArticlesStore();

// Articles added elsewhere (an import in another window, `claimdesk import`, a drop)
// appear in the list, and its counts follow span changes, without a reload. A burst of
// changes (a bulk accept) reloads once.
let reloadTimer: ReturnType<typeof setTimeout> | undefined;
onEvent('workspace:changed', (data) => {
  const tables = (data as { tables?: string[] } | null)?.tables ?? [];
  if (!articles.listLoaded || !(tables.includes('articles') || tables.includes('spans'))) return;
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => void articles.load(), 300);
});
