// Start-up: what the first screen shows comes in one call (StartService.FirstScreen) and
// is handed to the store that owns each part: the workspace, the saved layout, Undo's
// state, the article list's first page, the article to open and its spans. Separately
// these were five calls in two round trips, the article's only after the settings' answer
// had been handled while the window was still being built (docs/performance.md).
// If the call fails, each store asks for its part itself, as before (and reports its error).
import { startApi } from '../api/start';
import { articles, PAGE_SIZE } from './articles.svelte';
import { annotations } from './annotations.svelte';
import { layout } from './layout.svelte';
import { workspace } from './workspace.svelte';

/** Fills the stores for the first screen; resolves true once the article list is there. */
export async function startUp(): Promise<boolean> {
  const askedAt = performance.now();
  let screen;
  try {
    screen = await startApi.firstScreen(PAGE_SIZE);
  } catch {
    return startSeparately();
  }
  workspace.info = screen.workspace;
  layout.apply(screen.settings);
  annotations.showStart(screen.article?.id ?? null, screen.spans, screen.history, askedAt);
  articles.showFirstPage(screen.articles);
  if (screen.article) articles.open(screen.article);
  return true;
}

/** The same through each part's own call; resolves true once the list is there. */
async function startSeparately(): Promise<boolean> {
  void workspace.load();
  void annotations.refreshHistory();
  const listed = articles.load();
  const last = await layout.restore();
  // None remembered (a new workspace): the list's first article.
  if (last !== null) await articles.restore(last);
  else if (await listed) await articles.restore(null);
  return listed;
}
