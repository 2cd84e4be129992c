package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file replaced by a different text under the same path is imported as a new article;
// the line the CLI prints for it must say so and how to declare it a version (the
// service's outcome carries the reason; the CLI printed only "imported … -> article N").
func TestImportReplacedFileSaysHowToDeclareAVersion(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "ws.db")
	if code, _, errs := run(t, "init", "--db", db, "--empty"); code != 0 {
		t.Fatal(errs)
	}
	news := filepath.Join(dir, "news")
	if err := os.MkdirAll(news, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(news, "001.txt")
	write := func(text string) {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Harbour reopens in Valdoria\n\nPort officials in Valdoria said on Monday the harbour would reopen after three weeks of repairs to the main ramp.\n")
	if code, out, errs := run(t, "import", "--db", db, news); code != 0 {
		t.Fatalf("first import: exit %d\n%s%s", code, out, errs)
	}
	write("Storm closes Wendmark schools\n\nA storm hit the coast of Wendmark on Friday and the county closed every school until Tuesday, forecasters said.\n")
	code, out, errs := run(t, "import", "--db", db, news)
	if code != 0 || !strings.Contains(out, "imported  ") {
		t.Fatalf("second import: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "new article") || !strings.Contains(out, "--version-of 1") {
		t.Errorf("the line for the replaced file does not say it is a new article nor how to declare a version:\n%s", out)
	}
}
