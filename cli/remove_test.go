package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// remove --dry-run says what would go and removes nothing; remove --samples empties a new
// workspace; an unknown article is refused with nothing removed.
func TestRemoveCommand(t *testing.T) {
	db := newWorkspace(t)
	code, out, errs := run(t, "remove", "--db", db, "--dry-run", "--samples")
	if code != 0 || !strings.Contains(out, "Remove 5 articles") || !strings.Contains(out, "dry run: nothing was removed") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errs)
	}
	if code, out, errs := run(t, "remove", "--db", db, "1", "999"); code != 1 || !strings.Contains(errs, "article 999 does not exist") {
		t.Fatalf("unknown article: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "remove", "--db", db, "--samples")
	if code != 0 || !strings.Contains(out, "Remove 5 articles") || !strings.Contains(out, "Removed.") {
		t.Fatalf("remove --samples: exit %d\n%s%s", code, out, errs)
	}
	if code, out, _ := run(t, "remove", "--db", db, "--samples"); code != 0 || !strings.Contains(out, "no sample article is left") {
		t.Fatalf("second remove --samples: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "remove", "--db", db); code != 2 {
		t.Fatalf("no article given: exit %d, want 2", code)
	}
}

// remove prints titles, outlets, names and statements from the workspace: what a terminal
// would act on in them (an escape sequence, a right-to-left override) is shown, not obeyed,
// as in the other commands' lines. Own words.
func TestRemoveLinesShowATitlesControls(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "ws.db")
	if code, _, errs := run(t, "init", "--db", db, "--empty"); code != 0 {
		t.Fatal(errs)
	}
	file := filepath.Join(dir, "quay.txt")
	text := "Quay\x1b]0;owned\x07 repairs in \u202eTarrow\nTarrow\x1b[2J Post\n\nThe harbour board in Tarrow said on Monday that divers would inspect the north quay.\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := run(t, "import", "--db", db, file); code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	for _, args := range [][]string{{"--dry-run", "1"}, {"1"}} {
		code, out, errs := run(t, append([]string{"remove", "--db", db}, args...)...)
		if code != 0 || !strings.Contains(out, "Remove “Quay") {
			t.Fatalf("remove %v: exit %d\n%s%s", args, code, out, errs)
		}
		if strings.ContainsAny(out, "\u202e\x1b\x07") {
			t.Errorf("remove %v obeys the title's controls: %q", args, out)
		}
		if !strings.Contains(out, "Quay␛]0;owned␇ repairs in ◂Tarrow") {
			t.Errorf("remove %v does not show the title with its marks: %q", args, out)
		}
	}
}
