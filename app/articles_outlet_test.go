package app

import "testing"

// The article list narrowed to one outlet (Sources' "N articles"): every article of that
// outlet and no other, the same order as the whole list, paged, counted as the Sources
// view counts them; the articles with no outlet on their own; bad ids refused.
func TestArticleListPageOfOutlet(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	all, err := svc.Articles.List()
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, s := range srcs {
		var want []int64
		for _, a := range all {
			if a.SourceID != nil && *a.SourceID == s.ID {
				want = append(want, a.ID)
			}
		}
		if int64(len(want)) != s.Articles {
			t.Fatalf("setup: source %q counts %d articles, the list has %d", s.Name, s.Articles, len(want))
		}
		var got []int64
		for off := int64(0); ; off++ { // a page of one row at a time: paging keeps the order
			p, err := svc.Articles.ListPageOf(s.ID, off, 1)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != int64(len(want)) {
				t.Fatalf("%q: total %d, want %d", s.Name, p.Total, len(want))
			}
			if len(p.Items) == 0 {
				break
			}
			if p.Items[0].Source != s.Name {
				t.Errorf("%q's page holds an article of %q", s.Name, p.Items[0].Source)
			}
			got = append(got, p.Items[0].ID)
		}
		if len(want) > 0 {
			seen++
		}
		if len(got) != len(want) {
			t.Fatalf("%q: %v, want %v", s.Name, got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%q: %v, want %v (List's order)", s.Name, got, want)
			}
		}
	}
	if seen < 2 {
		t.Fatalf("setup: the sample has articles from %d outlets, want at least 2", seen)
	}

	// An article with no outlet is listed under NoOutlet and under no source.
	var lone int64
	for _, a := range all {
		if a.SourceID != nil {
			lone = a.ID
			break
		}
	}
	cur, err := svc.Articles.Get(lone)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Articles.Update(lone, ArticleUpdate{PublishedAt: cur.PublishedAt, URL: cur.URL, Byline: cur.Byline, Language: cur.Language}); err != nil {
		t.Fatal(err)
	}
	none, err := svc.Articles.ListPageOf(NoOutlet, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range none.Items {
		found = found || a.ID == lone
		if a.SourceID != nil {
			t.Errorf("article %d with outlet %q listed under no outlet", a.ID, a.Source)
		}
	}
	if !found || none.Total != int64(len(none.Items)) {
		t.Errorf("no outlet: %d of total %d, article %d found %v", len(none.Items), none.Total, lone, found)
	}

	everything, err := svc.Articles.ListPageOf(0, 0, 1000)
	if err != nil || everything.Total != int64(len(all)) {
		t.Errorf("source 0 is every article: %d, %v; want %d", everything.Total, err, len(all))
	}
	for _, bad := range []struct{ src, off, lim int64 }{{-2, 0, 10}, {srcs[0].ID, -1, 10}, {srcs[0].ID, 0, 0}, {srcs[0].ID, 0, MaxArticlePage + 1}} {
		if _, err := svc.Articles.ListPageOf(bad.src, bad.off, bad.lim); !isCode(err, CodeInvalid) {
			t.Errorf("ListPageOf(%d, %d, %d): %v, want invalid", bad.src, bad.off, bad.lim, err)
		}
	}
	if _, err := svc.Articles.ListPageOf(987654, 0, 10); !isCode(err, CodeNotFound) {
		t.Errorf("a source that does not exist: %v, want not_found", err)
	}
}
