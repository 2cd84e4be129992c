// After File ▸ Open (workspace:switched) every id on screen belongs to the old file: forget
// the open article, claim and entity, show the new workspace's first screen the way start-up
// does (one StartService.FirstScreen call: workspace, layout, Undo's state, the list's first
// page, the last-read article and its spans; stores/start.ts), and reload the other views'
// stores that were loaded before.
import { startUp } from './start';
import { articles } from './articles.svelte';
import { annotations } from './annotations.svelte';
import { claims } from './claims.svelte';
import { workspace } from './workspace.svelte';
import { entities } from './entities.svelte';
import { sources } from './sources.svelte';
import { tags } from './tags.svelte';
import { matrix } from './matrix.svelte';
import { suggestions } from './suggestions.svelte';
import { importer } from './import.svelte';

/** Resolves once the new workspace's article list is there (true) or could not be read. */
export async function reloadWorkspace(): Promise<boolean> {
  importer.summary = null;
  importer.summaryOpen = false;
  articles.selectedId = null;
  articles.current = null;
  // the ids picked and the samples found are the old file's: here they name other articles
  articles.clearMarks();
  articles.samples = [];
  workspace.opened++; // before the claim page closes and would save its draft by id
  claims.currentId = null;
  claims.current = null;
  entities.currentId = null;
  entities.current = null;
  await annotations.load(null);
  annotations.list = [];
  const shown = startUp();
  void articles.loadSamples();
  if (claims.loaded) void claims.load();
  if (entities.loaded) void entities.load();
  if (sources.loaded) void sources.load();
  if (tags.loaded) void tags.load();
  if (matrix.data) void matrix.load();
  if (suggestions.loaded) {
    suggestions.filter = { ...suggestions.filter, articleId: 0 };
    void suggestions.load();
  }
  return shown;
}
