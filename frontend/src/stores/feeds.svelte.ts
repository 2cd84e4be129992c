// Feeds (FeedService): the subscriptions, the items of the chosen feed, which of them
// are ticked for import, and the pulls (progress and Cancel through the progress
// strip, task "feeds"). Importing ticked items runs as an import (ImportService's
// progress, the import summary).
import { onEvent, toApiError } from '../api';
import { feedsApi, type FeedInfo, type FeedItem, type PullSummary } from '../api/feeds';
import { shownItems } from '../features/feeds/items';
import { errors } from './errors.svelte';
import { importer } from './import.svelte';
import { progress } from './progress.svelte';

class FeedsStore {
  list = $state<FeedInfo[]>([]);
  loaded = $state(false);
  /** The feed whose items are shown; 0 = every feed. */
  feedId = $state(0);
  /** Show only the items not imported yet. */
  onlyNew = $state(true);
  items = $state<FeedItem[]>([]);
  /** Item ids imported from this view: listed under "only new" too, with their link (shownItems). */
  recent = $state<number[]>([]);
  /** Ticked item ids. */
  checked = $state<number[]>([]);
  /** Why the last subscribe failed, shown under the address field. */
  addError = $state('');
  adding = $state(false);
  pulling = $state(false);
  lastPull = $state<PullSummary | null>(null);

  async load(): Promise<void> {
    try {
      this.list = await feedsApi.list();
      this.loaded = true;
      if (this.feedId !== 0 && !this.list.some((f) => f.id === this.feedId)) this.feedId = 0;
      await this.loadItems();
    } catch (err) {
      errors.report(err);
    }
  }

  async loadItems(): Promise<void> {
    try {
      // with items just imported, ask for all and keep those (the server's "only new" drops them)
      const items = shownItems(await feedsApi.items(this.feedId, this.onlyNew && this.recent.length === 0), this.onlyNew, this.recent);
      this.items = items;
      const ids = new Set(items.map((i) => i.id));
      this.checked = this.checked.filter((id) => ids.has(id));
    } catch (err) {
      errors.report(err);
    }
  }

  async show(feedId: number): Promise<void> {
    this.feedId = feedId;
    this.checked = [];
    await this.loadItems();
  }

  /** Subscribes and pulls the new feed at once, so its items show. False (and addError) when refused. */
  async add(url: string): Promise<boolean> {
    const u = url.trim();
    if (u === '') {
      this.addError = 'Type the address of an RSS, Atom or JSON feed.';
      return false;
    }
    this.adding = true;
    this.addError = '';
    try {
      const f = await feedsApi.add(u);
      await this.load();
      await this.show(f.id);
      return true;
    } catch (err) {
      this.addError = toApiError(err).message;
      return false;
    } finally {
      this.adding = false;
    }
  }

  async remove(id: number): Promise<void> {
    try {
      await feedsApi.remove(id);
      if (this.feedId === id) this.feedId = 0;
      await this.load();
    } catch (err) {
      errors.report(err);
    }
  }

  /** Pulls one feed (0 = every feed), with progress and Cancel. */
  async pull(feedId = 0): Promise<void> {
    if (this.pulling) return;
    this.pulling = true;
    try {
      const sum = await progress.track('feeds', () => feedsApi.pull(feedId));
      this.lastPull = sum;
      const failed = sum.results.filter((r) => r.error).length;
      const parts = [`${sum.newItems} new item${sum.newItems === 1 ? '' : 's'} from ${sum.feeds} feed${sum.feeds === 1 ? '' : 's'}`];
      if (sum.unlinked) parts.push(`${sum.unlinked} entr${sum.unlinked === 1 ? 'y' : 'ies'} without a link left out`);
      if (failed) parts.push(`${failed} failed`);
      if (sum.cancelled) parts.push('cancelled');
      progress.say(`Feeds: ${parts.join(' · ')}`);
      await this.load();
    } catch (err) {
      errors.report(err);
    } finally {
      this.pulling = false;
    }
  }

  toggle(id: number, on: boolean): void {
    this.checked = on ? [...new Set([...this.checked, id])] : this.checked.filter((x) => x !== id);
  }

  /** Ticks every shown item not imported yet, or none when they all are ticked. */
  toggleAll(): void {
    const open = this.items.filter((i) => i.articleId === 0).map((i) => i.id);
    this.checked = open.every((id) => this.checked.includes(id)) ? [] : open;
  }

  /** Imports the ticked items' pages (as URL imports: progress, Cancel, the summary). */
  async importChecked(): Promise<void> {
    const ids = [...this.checked];
    if (!ids.length) return;
    const ok = await importer.run(() => feedsApi.importItems(ids, { encoding: '', maxBytes: 0 }));
    this.recent = [...new Set([...this.recent, ...ids])];
    if (ok) this.checked = [];
    await this.load();
  }
}

export const feeds = new FeedsStore();

// Another window or the CLI (`claimdesk feed pull`) changed the feeds: follow it.
// A burst of changes reloads once.
let reloadTimer: ReturnType<typeof setTimeout> | undefined;
onEvent('workspace:changed', (data) => {
  const tables = data.tables;
  if (!feeds.loaded || !tables.includes('feeds') || feeds.pulling) return;
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => void feeds.load(), 300);
});
