package app

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// A careless feed gives every entry the same GUID (a CMS that puts the site's address
// there). Each entry links to another story: all of them must be listed, not one row
// overwritten by each entry in turn until only the last is left.
func TestFeedEntriesSharingOneGUIDAreAllKept(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	pages := newsSite(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		items := ""
		for _, p := range []string{"courier-bridge", "nordwire-fishing", "hidden-clinic"} {
			items += `<item><title>` + p + `</title><link>` + pages.URL + `/` + p + `.html</link><guid isPermaLink="false">site-news</guid></item>`
		}
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Careless Wire</title><link>`+pages.URL+`</link>`+items+`</channel></rss>`)
	}))
	t.Cleanup(srv.Close)

	f, err := s.Feeds.Add(srv.URL + "/rss")
	if err != nil {
		t.Fatal(err)
	}
	items, err := s.Feeds.Items(f.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]bool{}
	for _, it := range items {
		titles[it.Title] = true
	}
	if f.Items != 3 || len(items) != 3 || len(titles) != 3 {
		t.Errorf("feed of 3 entries sharing one GUID: Add says %d items (%d new), listed %d: %v", f.Items, f.NewItems, len(items), titles)
	}
	// Pulled again, nothing is new and nothing is lost.
	sum, err := s.Feeds.Pull(f.ID)
	if err != nil || sum.NewItems != 0 {
		t.Errorf("second pull: %+v %v, want no new item", sum, err)
	}
	if again, _ := s.Feeds.Items(f.ID, false); len(again) != 3 {
		t.Errorf("after the second pull %d items, want 3", len(again))
	}
}

// RSS 2.0 lets an entry name its page only by a permalink GUID (isPermaLink defaults to
// true) and no <link>: such entries have a page to import and must be listed.
func TestFeedEntryWithOnlyAPermalinkGUIDIsKept(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	pages := newsSite(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Permalink Wire</title><link>`+pages.URL+`</link>
<item><title>Bridge to close</title><guid>`+pages.URL+`/courier-bridge.html</guid></item>
<item><title>Quota talks</title><guid isPermaLink="true">`+pages.URL+`/nordwire-fishing.html</guid></item>
<item><title>No page at all</title><guid isPermaLink="false">item-77</guid></item>
</channel></rss>`)
	}))
	t.Cleanup(srv.Close)
	f, err := s.Feeds.Add(srv.URL + "/rss")
	if err != nil {
		t.Fatal(err)
	}
	items, err := s.Feeds.Items(f.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	urls := map[string]string{}
	for _, it := range items {
		urls[it.Title] = it.URL
	}
	if urls["Bridge to close"] != pages.URL+"/courier-bridge.html" || urls["Quota talks"] != pages.URL+"/nordwire-fishing.html" {
		t.Errorf("entries with a permalink GUID and no <link>: listed %v", urls)
	}
	if _, ok := urls["No page at all"]; ok {
		t.Errorf("an entry with neither a link nor a permalink is listed: %v", urls)
	}
	// ... and the pull says it was left out, rather than dropping it unseen.
	sum, err := s.Feeds.Pull(f.ID)
	if err != nil || sum.Unlinked != 1 || len(sum.Results) != 1 || sum.Results[0].Unlinked != 1 {
		t.Errorf("pull: %+v %v, want 1 entry without a link counted", sum, err)
	}
	// The listed entry imports.
	for _, it := range items {
		if it.Title == "Bridge to close" {
			sum, err := s.Feeds.ImportItems([]int64{it.ID}, ImportOptions{})
			if err != nil || sum.Imported != 1 {
				t.Errorf("import of the permalink entry: %+v %v", sum, err)
			}
		}
	}
}
