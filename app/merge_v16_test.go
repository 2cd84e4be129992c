package app

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"claimdesk/db"
)

// asV16 turns the closed workspace file at path back into schema v16, as a colleague on
// the previous release holds it: 0017 added an index and recreated one view, so taking
// them back gives exactly v16's schema (checked against a file migrated to 16 alone).
func asV16(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	schema := func(raw *sql.DB) []string {
		rows, err := raw.QueryContext(ctx, `SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			rows.Scan(&s)
			out = append(out, s)
		}
		return out
	}
	ref := filepath.Join(t.TempDir(), "v16.db")
	rawRef, err := sql.Open("sqlite", ref)
	if err != nil {
		t.Fatal(err)
	}
	defer rawRef.Close()
	if err := (&db.DB{DB: rawRef, Path: ref}).MigrateTo(ctx, 16); err != nil {
		t.Fatal(err)
	}
	var oldView string
	if err := rawRef.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'v_articles'`).Scan(&oldView); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range []string{`DROP INDEX audit_log_table`, `DROP VIEW v_articles`, oldView, `PRAGMA user_version = 16`} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if got, want := schema(raw), schema(rawRef); !reflect.DeepEqual(got, want) {
		t.Fatalf("not v16's schema:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A colleague's v16 workspace merges into a v17 one (a migrated private copy of theirs is
// read; their file stays v16), and opening a v16 workspace first writes a v16 backup,
// then migrates it with every row kept.
func TestMergeAndBackupOfAV16Workspace(t *testing.T) {
	ctx := context.Background()
	mine, smine := MustOpenWorkspace(t, false)
	theirs, stheirs := copyOf(t, mine, "theirs")
	sum, err := stheirs.Import.ImportFiles([]ImportFile{{Name: "quay.txt", Content: b64("Quay works\n\nThe Ostend quay will close for 9 weeks, the port authority said.")}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	a, s, e := articleWith(t, stheirs, "", "9 weeks")
	if _, err := stheirs.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "9 weeks", Note: "ask the port"}); err != nil {
		t.Fatal(err)
	}
	theirWork := dump(t, theirs)
	path := theirs.DB().Path
	theirs.Close()
	asV16(t, path)

	plan, err := smine.Merge.Merge(path, nil)
	if err != nil || plan.Added["articles"] != 1 || plan.Added["spans"] != 1 {
		t.Fatalf("merging a v16 file: %+v, %v", plan, err)
	}
	mustCheck(t, mine)
	var v int
	if raw, err := sql.Open("sqlite", path); err != nil {
		t.Fatal(err)
	} else {
		raw.QueryRow(`PRAGMA user_version`).Scan(&v)
		raw.Close()
	}
	if v != 16 {
		t.Errorf("their file is at v%d after the merge; it is only read", v)
	}

	// opening it: a v16 backup beside it, then v17 with the same work
	again, err := OpenWorkspace(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatalf("opening a v16 workspace: %v", err)
	}
	defer again.Close()
	if got, _ := again.DB().Version(ctx); got != db.LatestVersion() {
		t.Errorf("opened at v%d", got)
	}
	sameDump(t, "the migrated v16 workspace", theirWork, dump(t, again))
	backups, _ := filepath.Glob(path + ".backup-v16-*")
	if len(backups) != 1 {
		t.Fatalf("backups %v, want one of v16", backups)
	}
	old, err := sql.Open("sqlite", backups[0]+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	old.QueryRow(`PRAGMA user_version`).Scan(&v)
	var n int
	old.QueryRow(`SELECT count(*) FROM spans WHERE note = 'ask the port'`).Scan(&n)
	if v != 16 || n != 1 {
		t.Errorf("the backup is at v%d with %d of their notes", v, n)
	}
}
