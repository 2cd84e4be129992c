package app

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"claimdesk/app/web"
	"claimdesk/db/store"
)

// FeedService follows news feeds (RSS, Atom, JSON Feed): the analyst subscribes to a
// feed, pulls it to see what is new (title, outlet, date), and imports the items they
// choose, whose pages are fetched as ImportService.ImportURLs does. Pulls send the
// last ETag / Last-Modified back, so an unchanged feed costs a 304. Subscriptions are
// reading lists, not analysis: they are not in the audit log and have no undo.
type FeedService struct {
	ws   *Workspace
	imp  *ImportService
	runs singleRun
}

// FeedInfo is a subscribed feed.
type FeedInfo struct {
	ID        int64  `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	SiteURL   string `json:"siteUrl"`
	AddedAt   string `json:"addedAt"`
	PulledAt  string `json:"pulledAt"`
	LastError string `json:"lastError"`
	Items     int64  `json:"items"`
	NewItems  int64  `json:"newItems"` // not imported yet
}

// FeedItem is an entry of a feed, with the article it became once imported.
type FeedItem struct {
	ID          int64  `json:"id"`
	FeedID      int64  `json:"feedId"`
	FeedTitle   string `json:"feedTitle"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet"`
	PublishedAt string `json:"publishedAt"`
	Summary     string `json:"summary"`
	SeenAt      string `json:"seenAt"`
	ArticleID   int64  `json:"articleId"` // 0 until imported
}

// PullSummary tells what a pull found, feed by feed.
type PullSummary struct {
	Feeds     int          `json:"feeds"`
	NewItems  int          `json:"newItems"`
	Unlinked  int          `json:"unlinked"` // entries left out: no page to import
	Cancelled bool         `json:"cancelled"`
	Results   []PullResult `json:"results"`
}

// PullResult is one feed's pull: new items, "not modified", or the error.
type PullResult struct {
	FeedID      int64  `json:"feedId"`
	Title       string `json:"title"`
	NewItems    int    `json:"newItems"`
	Unlinked    int    `json:"unlinked"` // entries left out because they name no page (no link)
	NotModified bool   `json:"notModified"`
	Error       string `json:"error,omitempty"`
}

// Add subscribes to a feed: it is fetched and read at once, so a wrong address is
// refused with the reason, and its items are listed as new.
func (s *FeedService) Add(url string) (FeedInfo, error) {
	u, err := web.CheckURL(url)
	if err != nil {
		return FeedInfo{}, Invalid("%s", err.Error())
	}
	ctx := s.ws.Context()
	if id, err := s.ws.DB().Q.FeedIDByURL(ctx, u.String()); err == nil {
		return FeedInfo{}, Conflict("already subscribed to %s (feed %d)", u, id)
	}
	page, feed, err := s.fetch(ctx, u.String(), web.Conditional{})
	if err != nil {
		return FeedInfo{}, Invalid("%s: %s", u, err.Error())
	}
	now := s.ws.now()
	var id int64
	_, err = s.ws.write(ctx, "feed "+u.String(), func(c *changeSet) error {
		q := c.q
		var err error
		if id, err = q.AddFeed(ctx, store.AddFeedParams{Url: u.String(), Title: feed.Title, SiteUrl: feed.SiteURL, AddedAt: now}); err != nil {
			return err
		}
		if _, err := storeItems(ctx, q, id, feed, now); err != nil {
			return err
		}
		return q.UpdateFeedAfterPull(ctx, store.UpdateFeedAfterPullParams{ID: id, Title: feed.Title, SiteUrl: feed.SiteURL,
			Etag: page.ETag, LastModified: page.LastModified, PulledAt: now})
	})
	if err != nil {
		return FeedInfo{}, storeErr(err, "feed "+u.String())
	}
	s.ws.notifyChanged(map[string]bool{"feeds": true})
	return s.get(id)
}

// List returns the subscribed feeds with their item counts.
func (s *FeedService) List() ([]FeedInfo, error) {
	rows, err := s.ws.DB().Q.ListFeeds(s.ws.Context())
	if err != nil {
		return nil, storeErr(err, "the feeds")
	}
	out := make([]FeedInfo, 0, len(rows))
	for _, r := range rows {
		out = append(out, FeedInfo{ID: r.ID, URL: r.Url, Title: r.Title, SiteURL: r.SiteUrl, AddedAt: r.AddedAt,
			PulledAt: r.PulledAt, LastError: r.LastError, Items: r.Items, NewItems: r.NewItems})
	}
	return out, nil
}

func (s *FeedService) get(id int64) (FeedInfo, error) {
	all, err := s.List()
	if err != nil {
		return FeedInfo{}, err
	}
	for _, f := range all {
		if f.ID == id {
			return f, nil
		}
	}
	return FeedInfo{}, NotFound("feed %d does not exist", id)
}

// Remove unsubscribes from a feed. Articles imported from it stay.
func (s *FeedService) Remove(id int64) error {
	if _, err := s.get(id); err != nil {
		return err
	}
	what := fmt.Sprintf("feed %d", id)
	if _, err := s.ws.write(s.ws.Context(), what, func(c *changeSet) error { return c.q.RemoveFeed(c.ctx, id) }); err != nil {
		return err
	}
	s.ws.notifyChanged(map[string]bool{"feeds": true})
	return nil
}

// Items lists a feed's items (feedID 0: every feed's), newest first; onlyNew leaves
// out the ones already imported. At most 1,000.
func (s *FeedService) Items(feedID int64, onlyNew bool) ([]FeedItem, error) {
	if feedID != 0 {
		if _, err := s.get(feedID); err != nil {
			return nil, err
		}
	}
	n := int64(0)
	if onlyNew {
		n = 1
	}
	rows, err := s.ws.DB().Q.ListFeedItems(s.ws.Context(), store.ListFeedItemsParams{FeedID: feedID, OnlyNew: n, MaxRows: 1000})
	if err != nil {
		return nil, storeErr(err, "the feed items")
	}
	out := make([]FeedItem, 0, len(rows))
	for _, r := range rows {
		out = append(out, FeedItem{ID: r.ID, FeedID: r.FeedID, FeedTitle: r.FeedTitle, URL: r.Url, Title: r.Title, Outlet: r.Outlet,
			PublishedAt: r.PublishedAt, Summary: r.Summary, SeenAt: r.SeenAt, ArticleID: r.ArticleID})
	}
	return out, nil
}

// Pull fetches a feed (feedID 0: every feed) and stores its new items. Progress
// events {task: "feeds"} follow each feed; Cancel stops between feeds. A feed that
// fails is reported and keeps its items; the others go on.
func (s *FeedService) Pull(feedID int64) (PullSummary, error) {
	feeds, err := s.List()
	if err != nil {
		return PullSummary{}, err
	}
	if feedID != 0 {
		var one []FeedInfo
		for _, f := range feeds {
			if f.ID == feedID {
				one = append(one, f)
			}
		}
		if len(one) == 0 {
			return PullSummary{}, NotFound("feed %d does not exist", feedID)
		}
		feeds = one
	}
	ctx, finished, err := s.runs.start(s.ws.Context(), "feeds are already being pulled; wait for it or cancel it")
	if err != nil {
		return PullSummary{}, err
	}
	defer finished()

	sum := PullSummary{Results: []PullResult{}}
	for i, f := range feeds {
		if ctx.Err() != nil {
			sum.Cancelled = true
			break
		}
		res := s.pullOne(ctx, f)
		if ctx.Err() != nil && res.Error != "" {
			sum.Cancelled = true
			break
		}
		sum.Feeds++
		sum.NewItems += res.NewItems
		sum.Unlinked += res.Unlinked
		sum.Results = append(sum.Results, res)
		s.ws.Events.Emit("progress", Progress{Task: "feeds", Done: i + 1, Total: len(feeds), Label: f.Title})
	}
	s.ws.notifyChanged(map[string]bool{"feeds": true})
	return sum, nil
}

func (s *FeedService) pullOne(ctx context.Context, f FeedInfo) PullResult {
	res := PullResult{FeedID: f.ID, Title: f.Title}
	q := s.ws.DB().Q
	row, err := q.GetFeed(ctx, f.ID)
	if err != nil {
		res.Error = storeErr(err, fmt.Sprintf("feed %d", f.ID)).Error()
		return res
	}
	now := s.ws.now()
	page, feed, err := s.fetch(ctx, row.Url, web.Conditional{ETag: row.Etag, LastModified: row.LastModified})
	if err != nil {
		res.Error = err.Error()
		if ctx.Err() == nil {
			failed := store.UpdateFeedAfterPullParams{ID: f.ID, Title: row.Title, SiteUrl: row.SiteUrl,
				Etag: row.Etag, LastModified: row.LastModified, PulledAt: now, LastError: err.Error()}
			_, _ = s.ws.write(s.ws.Context(), "feed "+row.Url, func(c *changeSet) error { return c.q.UpdateFeedAfterPull(c.ctx, failed) })
		}
		return res
	}
	_, err = s.ws.write(s.ws.Context(), "feed "+row.Url, func(c *changeSet) error {
		title, site := row.Title, row.SiteUrl
		if !page.NotModified {
			n, err := storeItems(ctx, c.q, f.ID, feed, now)
			if err != nil {
				return err
			}
			res.NewItems, res.Unlinked = n, feed.Unlinked
			title, site = firstNonEmpty(feed.Title, title), firstNonEmpty(feed.SiteURL, site)
		}
		return c.q.UpdateFeedAfterPull(ctx, store.UpdateFeedAfterPullParams{ID: f.ID, Title: title, SiteUrl: site,
			Etag: page.ETag, LastModified: page.LastModified, PulledAt: now})
	})
	if err != nil {
		res.Error = storeErr(err, "feed "+row.Url).Error()
	}
	res.NotModified = page.NotModified
	return res
}

// Cancel stops a running pull after the feed being fetched. It reports whether one ran.
func (s *FeedService) Cancel() bool { return s.runs.stop() }

// ImportItems imports the pages of the chosen items (ImportService.ImportURLs) and
// marks each item with the article it became (a duplicate too: the article the text
// already was).
func (s *FeedService) ImportItems(itemIDs []int64, opts ImportOptions) (ImportSummary, error) {
	if len(itemIDs) == 0 {
		return ImportSummary{}, Invalid("no feed items chosen to import")
	}
	ctx := s.ws.Context()
	q := s.ws.DB().Q
	byURL := map[string][]int64{}
	var urls []string
	for _, id := range itemIDs {
		it, err := q.GetFeedItem(ctx, id)
		if err != nil {
			return ImportSummary{}, storeErr(err, fmt.Sprintf("feed item %d", id))
		}
		u, err := web.CheckURL(it.Url)
		if err != nil {
			return ImportSummary{}, Invalid("feed item %d: %s", id, err.Error())
		}
		if _, ok := byURL[u.String()]; !ok {
			urls = append(urls, u.String())
		}
		byURL[u.String()] = append(byURL[u.String()], id)
	}
	sum, err := s.imp.ImportURLs(urls, opts)
	if err != nil {
		return sum, err
	}
	_, err = s.ws.write(ctx, "the feed items", func(c *changeSet) error {
		for _, o := range sum.Items {
			if o.ArticleID == 0 || (o.Status != StatusImported && o.Status != StatusVersion && o.Status != StatusDuplicate) {
				continue
			}
			for _, id := range byURL[o.Name] {
				if err := c.q.SetFeedItemArticle(ctx, store.SetFeedItemArticleParams{ID: id, ArticleID: sql.NullInt64{Int64: o.ArticleID, Valid: true}}); err != nil {
					return storeErr(err, fmt.Sprintf("feed item %d", id))
				}
			}
		}
		return nil
	})
	if err != nil {
		return sum, err
	}
	s.ws.notifyChanged(map[string]bool{"feeds": true})
	return sum, nil
}

// fetch gets and parses a feed with the import's fetcher (same private-address policy).
func (s *FeedService) fetch(ctx context.Context, url string, cond web.Conditional) (web.Page, web.Feed, error) {
	f := *s.imp.fetcher()
	f.Timeout = 30 * time.Second
	page, err := f.Fetch(ctx, url, web.FeedTypes, cond)
	if err != nil {
		return page, web.Feed{}, err
	}
	if page.NotModified {
		return page, web.Feed{}, nil
	}
	feed, err := web.ParseFeed(page.Body)
	return page, feed, err
}

// storeItems upserts a feed's items and counts the ones seen for the first time.
func storeItems(ctx context.Context, q *store.Queries, feedID int64, feed web.Feed, now string) (int, error) {
	n := 0
	for _, it := range feed.Items {
		ids, err := q.InsertFeedItem(ctx, store.InsertFeedItemParams{FeedID: feedID, Guid: it.GUID, Url: it.URL, Title: it.Title,
			Outlet: it.Outlet, PublishedAt: it.PublishedAt, Summary: it.Summary, SeenAt: now})
		if err != nil {
			return n, err
		}
		if len(ids) == 1 {
			n++
			continue
		}
		if err := q.UpdateFeedItem(ctx, store.UpdateFeedItemParams{FeedID: feedID, Guid: it.GUID, Url: it.URL, Title: it.Title,
			PublishedAt: it.PublishedAt, Summary: it.Summary}); err != nil {
			return n, err
		}
	}
	return n, nil
}
