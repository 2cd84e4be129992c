package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Titles are data: an article whose title holds a right-to-left override or an escape
// sequence must not reorder or drive the terminal a CLI listing is printed in. The line
// shows them (◂ ▪, ␛) the way the memo does; the stored title is unchanged.
func TestSuggestListingShowsTitleControlsInsteadOfObeyingThem(t *testing.T) {
	isolate(t)
	db := newWorkspace(t)
	const title = "Dock strike did \u202eton\u202c end \x1b]0;owned\x07 in Corvale"
	rec := `{"title":"` + strings.NewReplacer("\u202e", `\u202e`, "\u202c", `\u202c`, "\x1b", `\u001b`, "\x07", `\u0007`).Replace(title) +
		`","source":"Lantern Wire","url":"https://lantern.example/dock","published_at":"2026-03-02","text":"Union leader Marta Holt said the dock strike in Corvale would end on Monday, the port authority said."}`
	f := filepath.Join(t.TempDir(), "dock.jsonl")
	if err := os.WriteFile(f, []byte(rec+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := run(t, "import", "--db", db, f); code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := run(t, "suggest", "--db", db)
	if code != 0 {
		t.Fatalf("suggest: exit %d\n%s%s", code, out, errs)
	}
	if strings.ContainsAny(out, "\u202e\u202c\x1b\x07") {
		t.Errorf("the listing holds control characters a terminal obeys:\n%q", out)
	}
	if !strings.Contains(out, "did ◂ton▪ end ␛]0;owned␇ in Corvale") {
		t.Errorf("the listing does not show the title with its controls as marks:\n%q", out)
	}
}
