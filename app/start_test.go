package app

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FirstScreen answers exactly what the separate calls answer, for the article the
// settings name, else the list's first.
func TestStartFirstScreen(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	page, err := svc.Articles.ListPage(0, 100)
	if err != nil || len(page.Items) < 3 {
		t.Fatalf("the seeded list: %d articles, %v", len(page.Items), err)
	}

	expect := func(t *testing.T, got StartScreen, open int64) {
		t.Helper()
		page, _ := svc.Articles.ListPage(0, 100)
		info, _ := svc.Workspace.Info()
		hist, _ := svc.History.State()
		st, _ := svc.Settings.Get()
		if !reflect.DeepEqual(got.Articles, page) || got.Workspace != info || got.History != hist || !reflect.DeepEqual(got.Settings, st) {
			t.Fatalf("the parts differ from their own calls:\n%+v", got)
		}
		a, _ := svc.Articles.Get(open)
		spans, _ := svc.Spans.ListForReader(open)
		if got.Article == nil || !reflect.DeepEqual(*got.Article, a) || !reflect.DeepEqual(got.Spans, spans) {
			t.Fatalf("want article %d with its %d spans, got %+v with %d", open, len(spans), got.Article, len(got.Spans))
		}
	}

	// Nothing remembered (a new workspace): the list's first article.
	got, err := svc.Start.FirstScreen(100)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, page.Items[0].ID)

	// The article open last in this workspace (another one, with a span).
	third := page.Items[2].ID
	if _, err := svc.Spans.Create(SpanInput{ArticleID: third, Kind: "entity", EntityType: "person", Start: 0, End: 4, Quote: "Marc"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Settings.SaveLayout(PanelLayout{ListWidth: 320, SideWidth: 380}, &third); err != nil {
		t.Fatal(err)
	}
	got, err = svc.Start.FirstScreen(100)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, third)
	if len(got.Spans) == 0 || got.Settings.Panels.ListWidth != 320 || got.Settings.LastArticleID == nil || *got.Settings.LastArticleID != third {
		t.Fatalf("settings: %+v", got.Settings)
	}

	// One that no longer exists: the first one, not an error and not an empty reader.
	gone := int64(999_999)
	if _, err := svc.Settings.SaveLayout(PanelLayout{}, &gone); err != nil {
		t.Fatal(err)
	}
	got, err = svc.Start.FirstScreen(100)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, page.Items[0].ID)

	// A short first page: the total still counts every article.
	got, err = svc.Start.FirstScreen(2)
	if err != nil || len(got.Articles.Items) != 2 || got.Articles.Total != page.Total {
		t.Fatalf("limit 2: %d rows of %d, %v", len(got.Articles.Items), got.Articles.Total, err)
	}
}

func TestStartFirstScreenEmptyWorkspace(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	got, err := svc.Start.FirstScreen(100)
	if err != nil {
		t.Fatal(err)
	}
	if got.Article != nil || len(got.Articles.Items) != 0 || got.Articles.Total != 0 {
		t.Fatalf("empty workspace: %+v", got)
	}
	raw, _ := json.Marshal(got)
	for _, k := range []string{`"article":null`, `"spans":[]`, `"items":[]`} {
		if !strings.Contains(string(raw), k) {
			t.Fatalf("json %s lacks %s", raw, k)
		}
	}
}

func TestStartFirstScreenBadLimit(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	for _, n := range []int64{0, -1, MaxArticlePage + 1} {
		_, err := svc.Start.FirstScreen(n)
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeInvalid {
			t.Fatalf("limit %d: want invalid, got %v", n, err)
		}
	}
}
