package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportExitCodes(t *testing.T) {
	isolate(t)
	corpus := filepath.Join("..", "testdata", "import")
	db := filepath.Join(t.TempDir(), "new.db")

	// A missing workspace is refused and not created (issue 15: `import --db typo.db`
	// made a new workspace with the sample articles).
	code, out, errs := run(t, "import", "--db", db, filepath.Join(corpus, "good"))
	if code != 1 || !strings.Contains(errs, "no workspace at this path") {
		t.Fatalf("missing workspace: exit %d\n%s%s", code, out, errs)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("import created %s (%v)", db, err)
	}
	if code, _, errs := run(t, "init", "--db", db, "--empty"); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs = run(t, "import", "--db", db, filepath.Join(corpus, "good"))
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
	// UTF-16 without a BOM: detected by its zero bytes; declared, the same bytes are a duplicate.
	u16 := filepath.Join(corpus, "bad", "utf16le-nobom.txt")
	if code, out, _ := run(t, "import", "--db", db, u16); code != 0 || !strings.Contains(out, "imported ") {
		t.Errorf("utf-16 no BOM: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, "import", "--db", db, "--encoding", "utf-16le", u16); code != 0 || !strings.Contains(out, "duplicate ") {
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
	if code, out, _ := run(t, "--help"); code != 0 || !strings.Contains(out, "claimdesk import [--db PATH] [--encoding E] [--max-size MB] [--version-of ID] PATH|URL...") {
		t.Errorf("help lacks import:\n%s", out)
	}
}

// Issue 15 item 3: UTF-8 with one bad byte imported as windows-1252 ("CafÃ©"), exit 0.
// Now it is rejected with the byte offset, and the hint in the message works.
func TestImportDamagedUTF8(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "ws.db")
	if code, _, errs := run(t, "init", "--db", db, "--empty"); code != 0 {
		t.Fatal(errs)
	}
	file := filepath.Join(dir, "cafe.txt")
	os.WriteFile(file, []byte("Café talks in Pyongyang\n\nThe minister\xff met the delegation at the café.\n"), 0o600)
	code, out, _ := run(t, "import", "--db", db, file)
	if code != 1 || !strings.Contains(out, "invalid byte 0xFF at byte offset 38 (line 3)") || strings.Contains(out, "Ã©") {
		t.Fatalf("damaged UTF-8: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "import", "--db", db, "--encoding", "utf-8-replace", file)
	if code != 0 || !strings.Contains(out, `"Café talks in Pyongyang"`) {
		t.Fatalf("utf-8-replace: exit %d\n%s", code, out)
	}
}
