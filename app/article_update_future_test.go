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
