package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file name is text from outside, as a title is: a name holding a right-to-left
// override ("invoice<RLO>txt.exe" draws as "invoiceexe.txt") or an escape sequence must
// be shown in the import's lines, not obeyed (titles and outlets already were; the
// file's name was printed raw).
func TestImportLinesShowAFileNamesControls(t *testing.T) {
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
	name := "memo\u202etxt.exe\x1b]0;owned\x07.txt"
	text := "Quay repairs in Tarrow\n\nThe harbour board in Tarrow said on Monday that divers would inspect the north quay.\n"
	if err := os.WriteFile(filepath.Join(news, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "import", "--db", db, news)
	if code != 0 || !strings.Contains(out, "imported  ") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	if strings.ContainsAny(out, "\u202e\x1b\x07") {
		t.Errorf("the import's lines obey the file name's controls: %q", out)
	}
	if !strings.Contains(out, "memo◂txt.exe␛]0;owned␇.txt") {
		t.Errorf("the file name is not shown with its marks: %q", out)
	}
}
