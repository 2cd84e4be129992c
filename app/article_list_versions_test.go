package app

import "testing"

// The article list's "N to review" on each row is what the Suggestions list offers for
// that article: an old version's waiting suggestions were copied onto the new version,
// where they are decided (a decision on the old copy is refused), so the old version's
// row counts none and the new version's row counts what Counts gives for it. Invented
// article.
// The file's own article list, the view v_articles another tool reads (v17), says the
// same: before v17 its old version's row counted the copies decided on the new version.
func TestArticleListCountsSuggestionsOnTheNewestVersionOnly(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	story := func(tail string) PastedArticle {
		return PastedArticle{Title: "Lock gates jammed", Outlet: "Canal Courier", PublishedAt: "2026-05-11", URL: "https://canal.example/gates",
			Body: "Engineers of the Dorrow Canal Trust closed the upper locks on Sunday, said Maren Holt, who runs the yard.\n\n" + tail + "\n"}
	}
	sum, err := svc.Import.ImportPasted(story("Barges waited at Kelby Wharf."))
	if err != nil {
		t.Fatal(err)
	}
	v1 := sum.Items[0].ArticleID
	if _, err := svc.Suggestions.Run(v1); err != nil {
		t.Fatal(err)
	}
	sum, err = svc.Import.ImportPasted(story("Barges waited at Kelby Wharf; the trust hopes to open the gates by Friday."))
	if err != nil || sum.Items[0].Status != StatusVersion {
		t.Fatalf("the revision: %+v %v", sum.Items, err)
	}
	v2 := sum.Items[0].ArticleID
	offered := func(id int64) int64 {
		counts, err := svc.Suggestions.Counts(SuggestionFilter{ArticleID: id})
		if err != nil {
			t.Fatal(err)
		}
		var n int64
		for _, c := range counts {
			n += c
		}
		return n
	}
	if offered(v2) == 0 || offered(v1) != 0 {
		t.Fatalf("the review list offers %d on the new version and %d on the old; want some and none", offered(v2), offered(v1))
	}
	list, err := svc.Articles.List()
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, a := range list {
		if a.ID == v1 || a.ID == v2 {
			seen++
			if a.Suggestions != offered(a.ID) {
				t.Errorf("article %d (version %d) shows %d to review; the review list offers %d", a.ID, a.Version, a.Suggestions, offered(a.ID))
			}
			if n := count(t, ws, `SELECT suggestions FROM v_articles WHERE id = ?`, a.ID); int64(n) != offered(a.ID) {
				t.Errorf("v_articles counts %d suggestions on article %d (version %d); the review list offers %d", n, a.ID, a.Version, offered(a.ID))
			}
		}
	}
	if seen != 2 {
		t.Fatalf("the list has %d of the two versions", seen)
	}
}
