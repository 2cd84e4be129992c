// Typed wrapper for app.FeedService (Go): RSS/Atom/JSON Feed subscriptions, their
// pulls and items. Field names mirror app/feeds.go.
import { call } from './transport';
import { fix, type ImportOptions, type ImportSummary } from './import';

export interface FeedInfo {
  id: number;
  url: string;
  title: string;
  siteUrl: string;
  /** RFC 3339. */
  addedAt: string;
  /** RFC 3339; '' until the first pull. */
  pulledAt: string;
  /** Why the last pull failed; '' when it worked. */
  lastError: string;
  items: number;
  /** Items not imported yet. */
  newItems: number;
}

export interface FeedItem {
  id: number;
  feedId: number;
  feedTitle: string;
  url: string;
  title: string;
  outlet: string;
  publishedAt: string;
  summary: string;
  seenAt: string;
  /** 0 until imported. */
  articleId: number;
}

export interface PullResult {
  feedId: number;
  title: string;
  newItems: number;
  notModified: boolean;
  error?: string;
}

export interface PullSummary {
  feeds: number;
  newItems: number;
  cancelled: boolean;
  results: PullResult[];
}

const S = 'FeedService';

export const feedsApi = {
  add: (url: string): Promise<FeedInfo> => call<FeedInfo>(S, 'Add', url),
  list: (): Promise<FeedInfo[]> => call<FeedInfo[] | null>(S, 'List').then((r) => r ?? []),
  remove: (id: number): Promise<void> => call<null>(S, 'Remove', id).then(() => undefined),
  /** feedId 0 = every feed's items; onlyNew leaves out the imported ones. Newest first, at most 1,000. */
  items: (feedId: number, onlyNew: boolean): Promise<FeedItem[]> => call<FeedItem[] | null>(S, 'Items', feedId, onlyNew).then((r) => r ?? []),
  /** feedId 0 = every feed. */
  pull: (feedId: number): Promise<PullSummary> =>
    call<PullSummary | null>(S, 'Pull', feedId).then((r) => ({
      feeds: r?.feeds ?? 0,
      newItems: r?.newItems ?? 0,
      cancelled: r?.cancelled ?? false,
      results: r?.results ?? [],
    })),
  cancel: (): Promise<boolean> => call<boolean>(S, 'Cancel'),
  importItems: (itemIds: number[], opts: ImportOptions): Promise<ImportSummary> =>
    call<ImportSummary | null>(S, 'ImportItems', itemIds, opts).then(fix),
};
