package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixedClock is the injected clock of tests.
var fixedClock = func() time.Time { return time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC) }

// MustOpenWorkspace opens a new workspace in a temp folder (seeded unless empty) with a
// fixed clock, and closes it with the test.
func MustOpenWorkspace(t testing.TB, empty bool) (*Workspace, *Services) {
	t.Helper()
	ws, err := OpenWorkspace(context.Background(), filepath.Join(t.TempDir(), "ws.db"), OpenOptions{Create: true, Empty: empty})
	if err != nil {
		t.Fatal(err)
	}
	ws.Clock = fixedClock
	t.Cleanup(func() { ws.Close() })
	svc := NewServices(ws)
	// Never write the real ~/.config from a test.
	svc.Settings.path = filepath.Join(t.TempDir(), "settings.json")
	return ws, svc
}

// mustImportText imports text as one article file named name, as the analyst's import
// does, and returns the stored article.
func mustImportText(t testing.TB, ws *Workspace, svc *Services, name, text string) Article {
	t.Helper()
	out := ws.importText(ws.Context(), name, []byte(text), "")
	if out.Status != StatusImported {
		t.Fatalf("import %s: %+v", name, out)
	}
	a, err := svc.Articles.Get(out.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// mustMark marks sentence (the first time it occurs in a's body) as a mention: of claim
// claimID, or of a new claim with the given statement when claimID is nil.
func mustMark(t testing.TB, svc *Services, a Article, sentence, statement string, claimID *int64) ClaimDetail {
	t.Helper()
	i := strings.Index(a.Body, sentence)
	if i < 0 {
		t.Fatalf("%q not in %q", sentence, a.Body)
	}
	start := int64(len([]rune(a.Body[:i])))
	d, err := svc.Claims.AddMention(MentionInput{ClaimID: claimID, NewStatement: statement,
		ArticleID: a.ID, Start: start, End: start + int64(len([]rune(sentence))), Quote: sentence})
	if err != nil {
		t.Fatal(err)
	}
	return d
}
