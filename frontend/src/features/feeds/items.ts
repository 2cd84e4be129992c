// Which of a feed's items the Feeds view lists.
import type { FeedItem } from '../../api/feeds';

/**
 * The items to list: all of them, or with "only new" the items not imported yet and
 * those just imported from this view (recent item ids), so that each of these stays
 * with its link to the article it became (uxwalk5: the view read "No new items").
 */
export function shownItems(items: readonly FeedItem[], onlyNew: boolean, recent: readonly number[]): FeedItem[] {
  if (!onlyNew) return [...items];
  return items.filter((i) => i.articleId === 0 || recent.includes(i.id));
}
