// Typed wrapper for app.FeedService (Go): RSS/Atom/JSON Feed subscriptions, their pulls
// and items. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { FeedInfo, FeedItem, ImportOptions, ImportSummary, PullResult, PullSummary } from './contract.gen';

/** A feed's pulledAt is '' until the first pull, lastError '' when it worked; an item's articleId 0 until imported. */
export type { FeedInfo, FeedItem, PullResult, PullSummary };

const S = 'FeedService';

export const feedsApi = {
  add: (url: string): Promise<FeedInfo> => call(S, 'Add', url),
  list: (): Promise<FeedInfo[]> => call(S, 'List'),
  remove: (id: number): Promise<void> => call(S, 'Remove', id),
  /** feedId 0 = every feed's items; onlyNew leaves out the imported ones. Newest first, at most 1,000. */
  items: (feedId: number, onlyNew: boolean): Promise<FeedItem[]> => call(S, 'Items', feedId, onlyNew),
  /** feedId 0 = every feed. */
  pull: (feedId: number): Promise<PullSummary> => call(S, 'Pull', feedId),
  cancel: (): Promise<boolean> => call(S, 'Cancel'),
  importItems: (itemIds: number[], opts: ImportOptions): Promise<ImportSummary> => call(S, 'ImportItems', itemIds, opts),
};
