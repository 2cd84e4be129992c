package app

import (
	"strings"
	"testing"
	"time"
)

// uxwalk5: a file whose dateline lies ahead of the analyst's clock imports with that date
// (the import keeps what the text says); Edit details then refused every save, a byline
// alone too, with "the publication date … is in the future", until the analyst changed a
// date they had not touched. Only a new day is held to "not after today".
func TestEditDetailsKeepsAStoredDateAheadOfToday(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	ahead := time.Now().UTC().AddDate(1, 0, 0)
	dateline := strings.ToUpper("Kellington") + ", " + ahead.Format("January 2, 2006") + " (Pellmar Wire) — The ministry raised its count of cases to 340.\n"
	a := mustImportText(t, ws, svc, "pellmar-wire.txt", "Fever count raised to 340\n\n"+dateline)
	day := ahead.Format(time.DateOnly)
	if a.PublishedAt != day {
		t.Fatalf("the import read the dateline as %q, the test expects %q", a.PublishedAt, day)
	}
	got, err := svc.Articles.Update(a.ID, ArticleUpdate{Outlet: a.Source, PublishedAt: a.PublishedAt, Byline: "Pellmar Wire staff"})
	if err != nil {
		t.Fatalf("a byline saved beside the date the article already has: %v", err)
	}
	if got.Byline != "Pellmar Wire staff" || got.PublishedAt != day {
		t.Fatalf("saved: byline %q, date %q", got.Byline, got.PublishedAt)
	}
	later := ahead.AddDate(0, 0, 3).Format(time.DateOnly)
	if _, err := svc.Articles.Update(a.ID, ArticleUpdate{Outlet: a.Source, PublishedAt: later, Byline: "x"}); err == nil || !strings.Contains(err.Error(), "in the future") {
		t.Fatalf("a new date in the future: %v", err)
	}
	if cur, _ := svc.Articles.Get(a.ID); cur.Byline != "Pellmar Wire staff" || cur.PublishedAt != day {
		t.Fatalf("a refused save changed the article: byline %q, date %q", cur.Byline, cur.PublishedAt)
	}
}

// An import keeps a date its text states after today, and its outcome says which day
// (uxwalk5's finding 1): the summary names the article; a date of today says nothing.
func TestImportSaysADateAheadOfToday(t *testing.T) {
	ws, _ := MustOpenWorkspace(t, false)
	ahead := ws.Clock().UTC().AddDate(0, 5, 0)
	line := func(d time.Time) string {
		return strings.ToUpper("Kellington") + ", " + d.Format("January 2, 2006") + " (Pellmar Wire) — The ministry raised its count of cases to 340.\n"
	}
	out := ws.importText(ws.Context(), "ahead.txt", []byte("Fever count raised to 340\n\n"+line(ahead)), "")
	if out.Status != StatusImported || out.Ahead != ahead.Format(time.DateOnly) {
		t.Fatalf("a dateline five months ahead: status %q, ahead %q", out.Status, out.Ahead)
	}
	out = ws.importText(ws.Context(), "today.txt", []byte("Fever count lowered to 318\n\n"+line(ws.Clock().UTC())), "")
	if out.Status != StatusImported || out.Ahead != "" {
		t.Fatalf("a dateline of today: status %q, ahead %q", out.Status, out.Ahead)
	}
}
