package app

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// feedSite serves an RSS feed whose items link to the news pages of newsSite, and
// answers a conditional GET with 304 while the feed has not changed.
func feedSite(t *testing.T, pages *httptest.Server) (*httptest.Server, *atomic.Int32, *atomic.Int32) {
	t.Helper()
	var version, notModified atomic.Int32
	version.Store(1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss":
			etag := fmt.Sprintf(`"v%d"`, version.Load())
			if r.Header.Get("If-None-Match") == etag {
				notModified.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			items := `<item><title>Bridge to close</title><link>` + pages.URL + `/courier-bridge.html</link><guid>b1</guid><pubDate>Tue, 11 Feb 2025 07:30:00 +0000</pubDate></item>
<item><title>Quota talks collapse</title><link>` + pages.URL + `/nordwire-fishing.html</link><guid>n1</guid><pubDate>Tue, 19 Nov 2024 15:05:00 +0000</pubDate></item>`
			if version.Load() > 1 {
				items += `<item><title>Clinics get night nurses</title><link>` + pages.URL + `/hidden-clinic.html</link><guid>h1</guid></item>`
			}
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Regional Wire</title><link>`+pages.URL+`</link>`+items+`</channel></rss>`)
		case "/not-a-feed":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body>hello</body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &version, &notModified
}

func TestFeedsSubscribePullImport(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	pages := newsSite(t)
	feeds, version, notModified := feedSite(t, pages)

	f, err := s.Feeds.Add(feeds.URL + "/rss")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Regional Wire" || f.Items != 2 || f.NewItems != 2 {
		t.Fatalf("feed after Add: %+v", f)
	}
	_, err = s.Feeds.Add(feeds.URL + "/rss")
	wantCode(t, err, CodeConflict, "already subscribed")
	_, err = s.Feeds.Add(feeds.URL + "/not-a-feed")
	wantCode(t, err, CodeInvalid, "not a feed")
	_, err = s.Feeds.Add(feeds.URL + "/missing")
	wantCode(t, err, CodeInvalid, "HTTP 404")

	// Unchanged: a conditional GET answered 304, nothing new.
	sum, err := s.Feeds.Pull(0)
	if err != nil || sum.NewItems != 0 || !sum.Results[0].NotModified || notModified.Load() != 1 {
		t.Fatalf("pull of an unchanged feed: %+v %v (304s: %d)", sum, err, notModified.Load())
	}
	version.Store(2)
	rec := &recorder{}
	ws.Events = rec
	sum, err = s.Feeds.Pull(f.ID)
	if err != nil || sum.NewItems != 1 || len(rec.progress) != 1 || rec.progress[0].Task != "feeds" {
		t.Fatalf("pull with one new item: %+v %v %+v", sum, err, rec.progress)
	}
	items, err := s.Feeds.Items(f.ID, true)
	if err != nil || len(items) != 3 {
		t.Fatalf("new items: %+v %v", items, err)
	}
	var bridge FeedItem
	for _, it := range items {
		if it.Title == "Bridge to close" {
			bridge = it
		}
	}
	if bridge.Outlet != "Regional Wire" || bridge.PublishedAt != "2025-02-11T07:30" {
		t.Errorf("item %+v", bridge)
	}

	imp, err := s.Feeds.ImportItems([]int64{bridge.ID}, ImportOptions{})
	if err != nil || imp.Imported != 1 {
		t.Fatalf("import of an item: %+v %v", imp, err)
	}
	left, _ := s.Feeds.Items(f.ID, true)
	all, _ := s.Feeds.Items(0, false)
	if len(left) != 2 || len(all) != 3 {
		t.Errorf("after import: %d new of %d", len(left), len(all))
	}
	a, _ := s.Articles.Get(imp.Items[0].ArticleID)
	if a.Title != "Old swing bridge to close for nine months of repairs" {
		t.Errorf("imported article %q", a.Title)
	}
	if err := s.Feeds.Remove(f.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Articles.Get(a.ID); err != nil {
		t.Errorf("the article went with its feed: %v", err)
	}
	wantCode(t, s.Feeds.Remove(f.ID), CodeNotFound, "does not exist")
}
