package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ws.db")
	if code, _, stderr := runCLI("export", "--db", db, "--what", "claims"); code != 1 || !strings.Contains(stderr, "no workspace") {
		t.Fatalf("missing workspace: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI("init", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	code, stdout, stderr := runCLI("export", "--db", db, "--what", "sources", "--excel")
	if code != 0 || !strings.HasPrefix(stdout, "\uFEFFsource_id,name,kind,reliability") {
		t.Fatalf("stdout export: %d %q %s", code, stdout, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\uFEFF"))).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("CSV: %v %d", err, len(recs))
	}
	for _, bad := range [][]string{
		{"--what", "people"},
		{"--what", "claims", "--format", "webannotation"},
		{"--what", "claims", "--since", "yesterday"},
		{"--what", "claims", "--state", "accepted"},
		{"--what", "claims", "extra"},
		{"--what", "claims", "--force"},
		{"--what", "claims", "--out", filepath.Join(dir, "claims.txt")},
	} {
		if code, _, stderr := runCLI(append([]string{"export", "--db", db}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d; want 2 (%s)", bad, code, stderr)
		}
	}
	if code, _, stderr := runCLI("export", "--db", db, "--what", "annotations", "--article", "999"); code != 1 || !strings.Contains(stderr, "article 999") {
		t.Errorf("unknown article: %d %s", code, stderr)
	}
	out := filepath.Join(dir, "anno.jsonl")
	if code, stdout, stderr := runCLI("export", "--db", db, "--what", "annotations", "--format", "webannotation", "--state", "suggested", "--out", out); code != 0 || !regexp.MustCompile(`exported [1-9][0-9]* annotations`).MatchString(stdout) {
		// init suggests entities in the sample corpus: they are annotations (state suggested),
		// which Web Annotation exports only when asked (its default is accepted work)
		t.Fatalf("--out: %d %s %s", code, stdout, stderr)
	}
	os.WriteFile(out, []byte("keep"), 0o600)
	if code, _, stderr := runCLI("export", "--db", db, "--what", "annotations", "--format", "jsonl", "--out", out); code != 1 || !strings.Contains(stderr, "--force") {
		t.Fatalf("existing --out: %d %s", code, stderr)
	}
	if b, _ := os.ReadFile(out); string(b) != "keep" {
		t.Fatal("existing file changed")
	}
	if code, _, stderr := runCLI("export", "--db", db, "--what", "annotations", "--format", "jsonl", "--out", out, "--force"); code != 0 {
		t.Fatalf("--force: %d %s", code, stderr)
	}
	if code, stdout, _ := runCLI("help"); code != 0 || !strings.Contains(stdout, "export --what") {
		t.Fatal("help does not list export")
	}
}

// Issue 15: an export the file system refuses (permission denied) exited 2, as if
// the command were mistyped; it is a failure (1). A wrong file name is still usage (2).
func TestExportRefusedByFileSystemExitsOne(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ws.db")
	if code, _, stderr := runCLI("init", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	// Root may write anywhere but /sys; others may not write in a read-only folder.
	target := filepath.Join(dir, "locked", "claims.csv")
	os.Mkdir(filepath.Dir(target), 0o500)
	if os.Geteuid() == 0 {
		target = "/sys/claimdesk-claims.csv"
	}
	code, _, stderr := runCLI("export", "--db", db, "--what", "claims", "--out", target)
	if code != 1 || !strings.Contains(stderr, "permission denied") {
		t.Errorf("permission denied: exit %d; want 1 (%s)", code, stderr)
	}
	code, _, stderr = runCLI("export", "--db", db, "--what", "claims", "--out", filepath.Join(dir, "no-such-folder", "claims.csv"))
	if code != 1 || !strings.Contains(stderr, "does not exist") {
		t.Errorf("missing folder: exit %d; want 1 (%s)", code, stderr)
	}
}
