package cli_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"claimdesk/app"
)

// TestExportMemoCommand: `claimdesk export --what memo --claim ID` writes the claim's memo
// as HTML (standard output or --out FILE.html) or text; wrong usage exits 2, an unknown
// (deleted) claim 1 and nothing is written.
func TestExportMemoCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corvale.db")
	if code, _, stderr := run(t, "init", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	var id, gone int64
	edit(t, db, func(svc *app.Services) {
		c, err := svc.Claims.Create(app.ClaimInput{Statement: "The Corvale ferry <b>resumed</b> service", Note: "ask the port office"})
		if err != nil {
			t.Fatal(err)
		}
		d, err := svc.Claims.Create(app.ClaimInput{Statement: "A claim deleted later"})
		if err != nil {
			t.Fatal(err)
		}
		if err := svc.Claims.Delete(d.ID); err != nil {
			t.Fatal(err)
		}
		id, gone = c.ID, d.ID
	})
	claim := strconv.FormatInt(id, 10)
	code, stdout, stderr := run(t, "export", "--db", db, "--what", "memo", "--claim", claim)
	if code != 0 || !strings.HasPrefix(stdout, "<!DOCTYPE html>") || !strings.Contains(stdout, "The Corvale ferry &lt;b&gt;resumed&lt;/b&gt; service") ||
		!strings.Contains(stdout, "workspace “<bdi>corvale</bdi>”") || strings.Contains(stdout, dir) {
		t.Fatalf("html to stdout: %d %s\n%s", code, stderr, stdout)
	}
	code, stdout, stderr = run(t, "export", "--db", db, "--what", "memo", "--claim", claim, "--format", "text")
	if code != 0 || !strings.Contains(stdout, "The Corvale ferry <b>resumed</b> service") || !strings.Contains(stdout, "ask the port office") {
		t.Fatalf("text to stdout: %d %s\n%s", code, stderr, stdout)
	}
	out := filepath.Join(dir, "memo.html")
	if code, stdout, stderr := run(t, "export", "--db", db, "--what", "memo", "--claim", claim, "--out", out); code != 0 || !strings.Contains(stdout, "wrote the memo of 1 claim(s)") {
		t.Fatalf("--out: %d %s %s", code, stdout, stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.Contains(string(b), "ask the port office") {
		t.Fatalf("the file: %v", err)
	}
	if code, _, stderr := run(t, "export", "--db", db, "--what", "memo", "--claim", claim, "--out", out); code != 1 || !strings.Contains(stderr, "--force") {
		t.Fatalf("existing --out: %d %s", code, stderr)
	}
	for _, bad := range [][]string{
		{"--what", "memo"},
		{"--what", "memo", "--claim", "x"},
		{"--what", "memo", "--claim", claim, "--format", "csv"},
		{"--what", "memo", "--claim", claim, "--since", "2026-01-01"},
		{"--what", "memo", "--claim", claim, "--out", filepath.Join(dir, "memo.csv")},
		{"--what", "memo", "--claim", claim, "--tag", "x"},
		{"--what", "claims", "--claim", claim},
	} {
		if code, _, stderr := run(t, append([]string{"export", "--db", db}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d; want 2 (%s)", bad, code, stderr)
		}
	}
	missing := filepath.Join(dir, "gone.html")
	if code, _, stderr := run(t, "export", "--db", db, "--what", "memo", "--claim", strconv.FormatInt(gone, 10), "--out", missing); code != 1 || !strings.Contains(stderr, "does not exist") {
		t.Errorf("deleted claim: %d %s", code, stderr)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("a memo of a deleted claim left a file")
	}
}
