package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `versions` on a workspace written by the old importer (see app/version_split_test.go):
// it lists, changes nothing, and splits only what it is told.
func TestVersionsListsThenSplitsOnRequest(t *testing.T) {
	isolate(t)
	raw, err := os.ReadFile(filepath.Join("..", "app", "testdata", "chained-by-name-v7.db"))
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(db, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "versions", "--db", db)
	if code != 0 || !strings.Contains(out, "3 version(s) chained by file name") || !strings.Contains(out, "article 2 \"Two libraries for the valley\"") ||
		!strings.Contains(out, "Nothing was changed") {
		t.Fatalf("list: %d %q %q", code, out, errs)
	}
	if code, again, _ := run(t, "versions", "--db", db); code != 0 || again != out {
		t.Errorf("listing changed something: %q", again)
	}
	code, out, errs = run(t, "versions", "--db", db, "--split", "2")
	if code != 0 || !strings.Contains(out, "split     article 2: now an article of its own; 2 copied annotation(s) removed") {
		t.Fatalf("split: %d %q %q", code, out, errs)
	}
	code, out, _ = run(t, "versions", "--db", db, "--split-suspect")
	if code != 0 || strings.Count(out, "split     article") != 2 {
		t.Errorf("split the rest: %d %q", code, out)
	}
	if code, out, _ := run(t, "versions", "--db", db); code != 0 || !strings.Contains(out, "no suspect versions") {
		t.Errorf("after: %d %q", code, out)
	}
	if code, _, _ := run(t, "versions", "--db", db, "--split", "x"); code != 2 {
		t.Errorf("bad id: exit %d, want 2", code)
	}
	if code, out, _ := run(t, "check", "--db", db); code != 0 {
		t.Errorf("check after splits: %d %q", code, out)
	}
}

// `import` into a damaged workspace is refused with the way out, exit 1 (not 2, usage).
func TestImportIntoDamagedWorkspaceExits1(t *testing.T) {
	isolate(t)
	p := newWorkspace(t)
	raw, _ := os.ReadFile(p)
	// Overwrite the start of page 4 (a table page of the schema) and keep the header.
	copy(raw[3*4096:], strings.Repeat("\xff", 64))
	os.WriteFile(p, raw, 0o600)
	story := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(story, []byte("A title\n\nSome text of a story that is not long."), 0o600)
	code, _, errs := run(t, "import", "--db", p, story)
	if code != 1 || !strings.Contains(errs, "damaged") || !strings.Contains(errs, ".recover") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
