package db

import (
	"context"
	"database/sql"
	"fmt"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// idTables are the tables schema v16 gives AUTOINCREMENT (0016_ids_never_reused.sql).
var idTables = []string{"sources", "articles", "article_origins", "entities", "entity_aliases", "claims", "spans",
	"assessments", "evidence", "tags", "page_snapshots", "claim_mention_values", "merged_history", "feed_items"}

// v15WithWork builds a v15 workspace holding a row in most tables, and an audit log that
// names ids past the tables' highest (rows a removal deleted, which Undo may bring back).
func v15WithWork(t *testing.T) (string, *sql.DB) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v15.db")
	raw, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := (&DB{DB: raw, Path: path}).MigrateTo(ctx, 15); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO sources (id, name, created_at, updated_at) VALUES (1, 'Harbour Gazette', 'now', 'now'), (2, 'Port Office', 'now', 'now')`,
		`INSERT INTO articles (id, source_id, title, body, body_sha256, char_count, imported_at) VALUES (1, 1, 'Fares', 'Ferry fares rise by 12 percent.', printf('%064d', 1), 32, 'now')`,
		`INSERT INTO article_origins (id, article_id, origin_source_id, created_at) VALUES (1, 1, 2, 'now')`,
		`INSERT INTO entities (id, type, name, created_at, updated_at) VALUES (1, 'person', 'Ilsa Brandt', 'now', 'now')`,
		`INSERT INTO entity_aliases (id, entity_id, alias, alias_key, created_at) VALUES (1, 1, 'Brandt', 'brandt', 'now')`,
		`INSERT INTO claims (id, statement, created_at, updated_at) VALUES (1, 'Fares rise 12 percent', 'now', 'now')`,
		`INSERT INTO spans (id, article_id, kind, start_cp, end_cp, quote, note, created_at, updated_at) VALUES (1, 1, 'claim', 0, 31, 'Ferry fares rise by 12 percent', 'check it', 'now', 'now')`,
		`INSERT INTO claim_mentions (span_id, claim_id, channel_source_id) VALUES (1, 1, 2)`,
		`INSERT INTO claim_mention_values (id, span_id, position, raw, kind, low, high) VALUES (1, 1, 1, '12 percent', 'figure', 12, 12)`,
		`INSERT INTO assessments (id, claim_id, credibility, assessed_at) VALUES (1, 1, 2, 'now')`,
		`INSERT INTO evidence (id, assessment_id, stance, span_id, created_at) VALUES (1, 1, 'supports', 1, 'now')`,
		`INSERT INTO tags (id, name, created_at) VALUES (1, 'fares', 'now')`,
		`INSERT INTO span_tags (span_id, tag_id) VALUES (1, 1)`,
		`INSERT INTO entity_speaks_for (entity_id, source_id, created_at) VALUES (1, 2, 'now')`,
		// a removal that took article 7, span 40, source 9 and entity 12 (its speaks-for link)
		`INSERT INTO audit_log (at, action, table_name, row_id) VALUES ('now', 'delete', 'articles', 7), ('now', 'delete', 'spans', 40),
			('now', 'delete', 'claim_mentions', 41), ('now', 'delete', 'sources', 9), ('now', 'delete', 'entity_speaks_for', 12)`,
	} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path, raw
}

// v16WithWork is v15WithWork opened (so migrated to v16 and on to the newest) by the app.
func v16WithWork(t *testing.T) (string, *DB) {
	t.Helper()
	path, raw := v15WithWork(t)
	raw.Close()
	d, _, err := Open(context.Background(), path, MustExist)
	if err != nil {
		t.Fatal(err)
	}
	return path, d
}

// dumpAll is every row of every table (FTS shadow tables included) and every schema
// entry, as text, so two files compare.
func dumpAll(t *testing.T, d *sql.DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	out["schema"] = textsOf(t, d, `SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema WHERE name <> 'sqlite_sequence'`)
	for _, name := range textsOf(t, d, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`) {
		out[name] = rowsOf(t, d, `SELECT * FROM "`+name+`"`)
	}
	return out
}

// textsOf is a one-column query's text values, sorted.
func textsOf(t *testing.T, d *sql.DB, q string) []string {
	t.Helper()
	rows, err := d.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func rowsOf(t *testing.T, d *sql.DB, q string) []string {
	t.Helper()
	rows, err := d.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%q", vals))
	}
	sort.Strings(out)
	return out
}

// v15 → v16 keeps every row and every index, trigger and view; only the fourteen tables'
// definitions change (AUTOINCREMENT on id). Each sequence starts at the highest id in the
// table or in the audit log, so the ids a removal freed are not handed out again.
func TestMigrateIDsNeverReusedKeepsEveryRow(t *testing.T) {
	ctx := context.Background()
	path, raw := v15WithWork(t)
	before := dumpAll(t, raw)
	// the schema as v16 left it (later migrations change it further)
	if err := (&DB{DB: raw, Path: path}).MigrateTo(ctx, 16); err != nil {
		t.Fatal(err)
	}
	after := dumpAll(t, raw)
	raw.Close()

	d, _, err := Open(ctx, path, MustExist)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for name, rows := range before {
		if name == "schema" {
			continue
		}
		if !reflect.DeepEqual(after[name], rows) {
			t.Errorf("table %s changed:\n before %v\n after  %v", name, rows, after[name])
		}
	}
	want := map[string]bool{}
	for _, s := range before["schema"] {
		want[strings.Replace(s, "INTEGER PRIMARY KEY,", "INTEGER PRIMARY KEY AUTOINCREMENT,", 1)] = true
	}
	for _, s := range after["schema"] {
		isID := false
		for _, table := range idTables {
			isID = isID || strings.HasPrefix(s, "table "+table+" ")
		}
		if !isID && !want[s] {
			// not one of the fourteen: must be as it was
			if !slices.Contains(before["schema"], s) {
				t.Errorf("schema entry changed or added: %s", s)
			}
		} else if isID && !want[s] {
			t.Errorf("table definition is not v15's with AUTOINCREMENT: %s", s)
		}
	}
	if len(after["schema"]) != len(before["schema"]) {
		t.Errorf("%d schema entries, v15 had %d", len(after["schema"]), len(before["schema"]))
	}
	seq := map[string]int64{}
	rows, err := d.Query(`SELECT name, seq FROM sqlite_sequence`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		var s int64
		rows.Scan(&n, &s)
		seq[n] = s
	}
	rows.Close()
	wantSeq := map[string]int64{"sources": 9, "articles": 7, "article_origins": 1, "entities": 12, "entity_aliases": 1, "claims": 1,
		"spans": 41, "assessments": 1, "evidence": 1, "tags": 1, "page_snapshots": 0, "claim_mention_values": 1, "merged_history": 0, "feed_items": 0}
	if !reflect.DeepEqual(seq, wantSeq) {
		t.Errorf("sqlite_sequence %v, want %v", seq, wantSeq)
	}
	// the next rows take ids past every one handed out
	if _, err := d.ExecContext(ctx, `INSERT INTO sources (name, created_at, updated_at) VALUES ('Quay Weekly', 'now', 'now')`); err != nil {
		t.Fatal(err)
	}
	var id int64
	d.QueryRowContext(ctx, `SELECT id FROM sources WHERE name = 'Quay Weekly'`).Scan(&id)
	if id != 10 {
		t.Errorf("a new source got id %d, want 10 (the audit log named 9)", id)
	}
	if fk := rowsOf(t, d.DB, `PRAGMA foreign_key_check`); len(fk) != 0 {
		t.Errorf("foreign_key_check: %v", fk)
	}
	if problems, err := d.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

// A backup (VACUUM INTO) keeps the sequences: a workspace restored from it does not hand
// out again the ids its audit log names.
func TestBackupKeepsTheSequences(t *testing.T) {
	ctx := context.Background()
	_, d := v16WithWork(t)
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := d.Backup(ctx, out); err != nil {
		t.Fatal(err)
	}
	want := rowsOf(t, d.DB, `SELECT name, seq FROM sqlite_sequence`)
	d.Close()
	c, _, err := Open(ctx, out, MustExist)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if got := rowsOf(t, c.DB, `SELECT name, seq FROM sqlite_sequence`); !reflect.DeepEqual(got, want) || len(got) != len(idTables) {
		t.Errorf("the backup's sequences %v, the workspace's %v", got, want)
	}
}

// Other tools (Debian's sqlite3 shell and Python's sqlite3 module) read the definitions
// v16 edited and keep the rule: a row they insert without an id takes one past every id
// handed out, not the id of the row just deleted.
func TestOtherToolsHandOutNewIDs(t *testing.T) {
	path, d := v16WithWork(t)
	d.Close() // the shell and Python see the file alone
	for _, tool := range [][]string{
		{"sqlite3", "-bail", "-batch", path, "DELETE FROM span_tags; DELETE FROM tags; INSERT INTO tags (name, created_at) VALUES ('shell', 'now'); SELECT id FROM tags WHERE name = 'shell';"},
		{"python3", "-c", `import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("INSERT INTO tags (name, created_at) VALUES ('python', 'now')")
con.commit()
print(con.execute("SELECT id FROM tags WHERE name = 'python'").fetchone()[0])`, path},
	} {
		if _, err := exec.LookPath(tool[0]); err != nil {
			t.Logf("%s is not installed (make setup installs it)", tool[0])
			continue
		}
		out, err := exec.Command(tool[0], tool[1:]...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", tool[0], err, out)
		}
		want := map[string]string{"sqlite3": "2", "python3": "3"}[tool[0]]
		if got := strings.TrimSpace(string(out)); got != want {
			t.Errorf("%s gave the new tag id %s, want %s (tag 1 was deleted; ids are never reused)", tool[0], got, want)
		}
	}
}

// A table another tool added with AUTOINCREMENT (the analyst's own notes table) neither
// stops the upgrade nor loses its sequence.
func TestMigrateIDsNeverReusedLeavesOtherTablesSequences(t *testing.T) {
	path, raw := v15WithWork(t)
	for _, q := range []string{`CREATE TABLE my_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, note TEXT)`,
		`INSERT INTO my_notes (note) VALUES ('a'), ('b')`, `DELETE FROM my_notes WHERE id = 2`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	d, _, err := Open(context.Background(), path, MustExist)
	if err != nil {
		t.Fatalf("a v15 file with a tool's AUTOINCREMENT table: %v", err)
	}
	defer d.Close()
	var seq int64
	if err := d.QueryRow(`SELECT seq FROM sqlite_sequence WHERE name = 'my_notes'`).Scan(&seq); err != nil || seq != 2 {
		t.Errorf("my_notes' sequence %d %v, want 2", seq, err)
	}
}
