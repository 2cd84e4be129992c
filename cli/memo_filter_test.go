package cli_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"claimdesk/app"

	_ "modernc.org/sqlite"
)

// TestExportMemoOfAFilter: `claimdesk export --what memo --filter` with the claim list's
// filter flags writes the memo of every claim that filter shows (the claims view's "Memo
// of the N claims shown"), and refuses as the service does: over 200 claims, none
// passing, a filter the list refuses; the filter flags without --filter, and --filter
// with --claim, are wrong usage. Nothing is written on a refusal.
func TestExportMemoOfAFilter(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tolven.db")
	if code, _, stderr := run(t, "init", "--db", db, "--empty"); code != 0 {
		t.Fatal(stderr)
	}
	var ferry, schools, bridge int64
	edit(t, db, func(svc *app.Services) {
		for _, c := range []struct {
			id   *int64
			text string
		}{{&ferry, "The Tolven ferry runs again"}, {&schools, "Schools in Tolven reopen on Monday"}, {&bridge, "The harbour bridge stays closed"}} {
			made, err := svc.Claims.Create(app.ClaimInput{Statement: c.text})
			if err != nil {
				t.Fatal(err)
			}
			*c.id = made.ID
		}
		if _, err := svc.Tags.TagClaim(schools, "schools"); err != nil {
			t.Fatal(err)
		}
	})
	holds := func(page string, id int64) bool {
		return strings.Contains(page, `id="claim-`+strconv.FormatInt(id, 10)+`"`)
	}
	code, stdout, stderr := run(t, "export", "--db", db, "--what", "memo", "--filter", "--text", "Tolven")
	if code != 0 || !holds(stdout, ferry) || !holds(stdout, schools) || holds(stdout, bridge) ||
		!strings.Contains(stdout, "the 2 claims the claim list showed (with the words “Tolven”)") {
		t.Fatalf("--filter --text Tolven: exit %d %s\n%s", code, stderr, stdout)
	}
	// --tag with --filter is the filter's tag, not the tag's memo
	code, stdout, stderr = run(t, "export", "--db", db, "--what", "memo", "--filter", "--text", "Tolven", "--tag", "schools", "--format", "text")
	if code != 0 || !strings.Contains(stdout, "Schools in Tolven reopen on Monday") || strings.Contains(stdout, "The Tolven ferry runs again") {
		t.Fatalf("--filter --tag schools: exit %d %s\n%s", code, stderr, stdout)
	}
	out := filepath.Join(dir, "shown.html")
	if code, stdout, stderr := run(t, "export", "--db", db, "--what", "memo", "--filter", "--sort", "mentions", "--out", out); code != 0 || !strings.Contains(stdout, "wrote the memo of 3 claim(s)") {
		t.Fatalf("--filter --out: %d %s %s", code, stdout, stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !holds(string(b), bridge) {
		t.Fatalf("the file: %v", err)
	}

	// refusals by the service: exit 1, the service's words, no file
	refused := filepath.Join(dir, "refused.html")
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--entity", "987654"}, "no claim passes the filter"},
		{[]string{"--text", "nowhere"}, "no claim passes the filter"},
	} {
		args := append([]string{"export", "--db", db, "--what", "memo", "--filter", "--out", refused}, c.args...)
		if code, _, stderr := run(t, args...); code != 1 || !strings.Contains(stderr, c.says) {
			t.Errorf("%v: exit %d %q; want 1 saying %q", c.args, code, stderr, c.says)
		}
		if _, err := os.Stat(refused); !os.IsNotExist(err) {
			t.Errorf("%v: a refused memo left a file", c.args)
		}
	}
	// wrong usage: exit 2, no file
	for _, bad := range [][]string{
		{"--text", "Tolven"},
		{"--sort", "mentions", "--claim", strconv.FormatInt(ferry, 10)},
		{"--filter", "--claim", strconv.FormatInt(ferry, 10)},
		{"--filter", "--credibility", "9"},
		{"--filter", "--sort", "loudest"},
		{"--filter", "--article", "-3"},
		{"--filter", "--since", "2026-01-01"},
	} {
		args := append([]string{"export", "--db", db, "--what", "memo", "--out", refused}, bad...)
		if code, _, stderr := run(t, args...); code != 2 {
			t.Errorf("%v: exit %d; want 2 (%s)", bad, code, stderr)
		}
		if _, err := os.Stat(refused); !os.IsNotExist(err) {
			t.Errorf("%v: wrong usage left a file", bad)
		}
	}
	if code, _, stderr := run(t, "export", "--db", db, "--what", "claims", "--filter"); code != 2 || !strings.Contains(stderr, "--filter is for --what memo") {
		t.Errorf("--filter on claims: %d %s", code, stderr)
	}

	// over the cap: refused in the service's words
	h, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO claims (statement, created_at, updated_at) SELECT 'Tolven flood claim ' || i, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`, app.MaxMemoClaims); err != nil {
		t.Fatal(err)
	}
	h.Close()
	if code, _, stderr := run(t, "export", "--db", db, "--what", "memo", "--filter", "--text", "Tolven", "--out", refused); code != 1 ||
		!strings.Contains(stderr, "202 claims pass the filter; a memo holds at most 200") {
		t.Errorf("over the cap: exit %d %s", code, stderr)
	}
	if _, err := os.Stat(refused); !os.IsNotExist(err) {
		t.Errorf("a memo over the cap left a file")
	}
}
