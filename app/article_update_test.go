package app

import (
	"encoding/json"
	"strings"
	"testing"
)

// storedDate reads the date a claim mention stores (date_start..date_end).
func storedDate(t *testing.T, ws *Workspace, spanID int64) string {
	t.Helper()
	img, err := ws.DB().Q.ImageClaimMentions(ws.Context(), spanID)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Start string `json:"date_start"`
		End   string `json:"date_end"`
	}
	if err := json.Unmarshal([]byte(img), &m); err != nil {
		t.Fatal(err)
	}
	return m.Start + ".." + m.End
}

func TestArticleUpdateResolvesRelativeDatesAndUndoes(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, start, end := articleWith(t, svc, "", "June of last year")
	if a.PublishedAt != "" {
		t.Fatalf("the seed article's date is %q; the test expects it unknown", a.PublishedAt)
	}
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: start, End: end, Quote: "June of last year",
		NewStatement: "The treaty was signed in June 2024", RawValue: "June of last year"})
	if err != nil {
		t.Fatal(err)
	}
	span := d.Mentions[0].SpanID
	if got := storedDate(t, ws, span); got != ".." {
		t.Fatalf("no publication date, yet resolved: %s", got)
	}
	if a, err = svc.Articles.Update(a.ID, ArticleUpdate{PublishedAt: "2025-06-29"}); err != nil {
		t.Fatal(err)
	}
	if got := storedDate(t, ws, span); got != "2024-06-01..2024-06-30" {
		t.Fatalf("before: %s", got)
	}

	got, err := svc.Articles.Update(a.ID, ArticleUpdate{Outlet: "AP", PublishedAt: "2023-03-02T09:30", URL: "https://example.org/story",
		Byline: "  Jane   Roe ", Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "Associated Press" || got.PublishedAt != "2023-03-02T09:30" || got.URL != "https://example.org/story" ||
		got.Byline != "Jane Roe" || got.Language != "en" {
		t.Fatalf("updated: %+v", got.ArticleSummary)
	}
	if got := storedDate(t, ws, span); got != "2022-06-01..2022-06-30" {
		t.Fatalf("the relative date did not follow the new publication date: %s", got)
	}

	// one undo restores the article and the mention's value together
	st, _ := svc.History.State()
	if !strings.Contains(st.UndoLabel, "edit the details of") {
		t.Fatalf("undo label %q", st.UndoLabel)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	back, _ := svc.Articles.Get(a.ID)
	if back.PublishedAt != a.PublishedAt || back.Source != a.Source || back.URL != a.URL || back.Byline != a.Byline {
		t.Fatalf("after undo: %+v, want %+v", back.ArticleSummary, a.ArticleSummary)
	}
	if got := storedDate(t, ws, span); got != "2024-06-01..2024-06-30" {
		t.Fatalf("after undo: %s", got)
	}
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if got := storedDate(t, ws, span); got != "2022-06-01..2022-06-30" {
		t.Fatalf("after redo: %s", got)
	}

	// no publication date: the relative date stays unresolved, never guessed
	if _, err := svc.Articles.Update(a.ID, ArticleUpdate{}); err != nil {
		t.Fatal(err)
	}
	if got := storedDate(t, ws, span); got != ".." {
		t.Fatalf("unknown publication date: %s", got)
	}
}

func TestArticleUpdateUnknownOutlet(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, _, _ := articleWith(t, svc, "", "June of last year")
	before, _ := svc.Sources.List()
	got, err := svc.Articles.Update(a.ID, ArticleUpdate{Outlet: "The Daily Planet", PublishedAt: a.PublishedAt})
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "The Daily Planet" || got.SourceID == nil {
		t.Fatalf("outlet: %+v", got.ArticleSummary)
	}
	after, _ := svc.Sources.List()
	if len(after) != len(before)+1 {
		t.Fatalf("sources: %d, want %d", len(after), len(before)+1)
	}
	// the same name again reuses the source
	if _, err := svc.Articles.Update(a.ID, ArticleUpdate{Outlet: "The Daily Planet", PublishedAt: a.PublishedAt, Language: "en"}); err != nil {
		t.Fatal(err)
	}
	if again, _ := svc.Sources.List(); len(again) != len(after) {
		t.Fatalf("a second source of the same name")
	}
	// undoing both edits removes the new source too
	for range 2 {
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if undone, _ := svc.Sources.List(); len(undone) != len(before) {
		t.Fatalf("after undo: %d sources, want %d", len(undone), len(before))
	}
	if back, _ := svc.Articles.Get(a.ID); back.Source != a.Source {
		t.Fatalf("outlet after undo: %q", back.Source)
	}
}

func TestArticleUpdateRefusesBadInput(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, _, _ := articleWith(t, svc, "", "June of last year")
	st0, _ := svc.History.State()
	for _, c := range []struct {
		in   ArticleUpdate
		want string
	}{
		{ArticleUpdate{PublishedAt: "2025-02-30"}, "not a calendar date"},
		{ArticleUpdate{PublishedAt: "2025-13-01"}, "not a calendar date"},
		{ArticleUpdate{PublishedAt: "June 30"}, "YYYY-MM-DD"},
		{ArticleUpdate{PublishedAt: "2025-06-30T25:10"}, "not a time"},
		{ArticleUpdate{PublishedAt: "2999-01-01"}, "in the future"},
		{ArticleUpdate{PublishedAt: "1200-01-01"}, "before 1800"},
		{ArticleUpdate{URL: "javascript:alert(1)"}, "http or https"},
		{ArticleUpdate{URL: "example.org/x"}, "http or https"},
		{ArticleUpdate{Language: "English"}, "language tag"},
		{ArticleUpdate{Byline: strings.Repeat("x", 301)}, "longer than"},
		{ArticleUpdate{Outlet: "Daily\u0000Planet"}, "plain text"},
	} {
		_, err := svc.Articles.Update(a.ID, c.in)
		wantCode(t, err, CodeInvalid, c.want)
	}
	_, err := svc.Articles.Update(99999, ArticleUpdate{})
	wantCode(t, err, CodeNotFound, "article 99999")
	_, err = svc.Articles.Update(0, ArticleUpdate{})
	wantCode(t, err, CodeInvalid, "positive")
	// nothing was written: the article and the history are as they were
	if got, _ := svc.Articles.Get(a.ID); got.PublishedAt != a.PublishedAt || got.URL != a.URL || got.Language != a.Language {
		t.Fatalf("changed: %+v", got.ArticleSummary)
	}
	if st, _ := svc.History.State(); st.UndoLabel != st0.UndoLabel {
		t.Fatalf("history changed: %q", st.UndoLabel)
	}
}

func TestImpossibleValuesAreRefused(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, start, end := articleWith(t, svc, "", "June of last year")
	for _, raw := range []string{"February 30, 2025", "10^30", "1000000000000000000000000000000 troops"} {
		_, err := svc.Figures.Parse(raw, "2025-06-29")
		wantCode(t, err, CodeInvalid, raw[:5])
		_, err = svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: start, End: end, Quote: "June of last year",
			NewStatement: "x", RawValue: raw})
		wantCode(t, err, CodeInvalid, raw[:5])
	}
	_, err := svc.Figures.Parse("   ", "")
	wantCode(t, err, CodeInvalid, "empty")
	if list, _ := svc.Claims.List(ClaimFilter{}); len(list) != 0 {
		t.Fatalf("a refused mention left %d claims behind", len(list))
	}
}
