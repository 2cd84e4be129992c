package cli_test

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestImportExitCodes(t *testing.T) {
	isolate(t)
	corpus := filepath.Join("..", "testdata", "import")
	db := filepath.Join(t.TempDir(), "new.db") // created by import, like serve

	code, out, errs := run(t, "import", "--db", db, filepath.Join(corpus, "good"))
	if code != 0 {
		t.Fatalf("good corpus: exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"imported  ", "good/page.html -> article", "good/records.jsonl:2 -> article",
		"skipped   ", "readme.csv", "15 imported, 0 new version(s), 0 duplicate(s), 0 rejected, 1 skipped"} {
		if !strings.Contains(filepath.ToSlash(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Again: duplicates only, still exit 0.
	if code, out, _ := run(t, "import", "--db", db, filepath.Join(corpus, "good", "plain.txt")); code != 0 || !strings.Contains(out, "duplicate ") {
		t.Errorf("duplicate: exit %d\n%s", code, out)
	}
	// Anything rejected: exit 1, with the reason on the file's line.
	code, out, _ = run(t, "import", "--db", db, filepath.Join(corpus, "bad", "png-renamed.txt"), filepath.Join(corpus, "bad", "notes.xyz"))
	if code != 1 || !strings.Contains(out, "rejected  ") || !strings.Contains(out, "PNG image") || !strings.Contains(out, ".xyz files are not articles") {
		t.Errorf("rejected: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "import", "--db", db, filepath.Join(corpus, "bad", "mixed.jsonl"))
	if code != 1 || !strings.Contains(filepath.ToSlash(out), "mixed.jsonl:2: line 2: not valid JSON") || !strings.Contains(out, "2 imported") {
		t.Errorf("mixed jsonl: exit %d\n%s", code, out)
	}
	// UTF-16 without a BOM: rejected with a hint, accepted when declared.
	u16 := filepath.Join(corpus, "bad", "utf16le-nobom.txt")
	if code, out, _ := run(t, "import", "--db", db, u16); code != 1 || !strings.Contains(out, "--encoding utf-16le") {
		t.Errorf("utf-16 no BOM: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, "import", "--db", db, "--encoding", "utf-16le", u16); code != 0 {
		t.Errorf("utf-16 declared: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, "import", "--db", db, "--max-size", "0.001", filepath.Join(corpus, "good", "page.html")); code != 1 || !strings.Contains(out, "over the import limit") {
		t.Errorf("max-size: exit %d\n%s", code, out)
	}
	// Usage errors: exit 2.
	for _, args := range [][]string{
		{"import", "--db", db},
		{"import", "--db", db, "--bogus", "x.txt"},
		{"import", "--db", db, "--max-size", "-1", "x.txt"},
		{"import", "--db", db, "--encoding", "ebcdic", filepath.Join(corpus, "good", "plain.txt")},
	} {
		if code, _, _ := run(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, out, _ := run(t, "--help"); code != 0 || !strings.Contains(out, "claimdesk import [--db PATH] [--encoding E] [--max-size MB] [--version-of ID] PATH...") {
		t.Errorf("help lacks import:\n%s", out)
	}
}
