package db

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// A v3 workspace (every span indexed in span_notes_fts) migrated to v4: the index holds
// only the spans with a note, finds the same notes, follows inserts, note edits (set,
// changed, cleared) and deletes, and passes Check at each step.
func TestMigrateSpanNotesIndexKeepsNotes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	raw, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	old := &DB{DB: raw, Path: path}
	if err := old.MigrateTo(ctx, 3); err != nil {
		t.Fatal(err)
	}
	mustExec := func(d *sql.DB, q string, args ...any) {
		t.Helper()
		if _, err := d.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	mustExec(raw, `INSERT INTO articles (id, title, body, body_sha256, char_count, imported_at) VALUES (1, 't', 'one two three four', printf('%064d', 1), 18, 'now')`)
	for i, note := range []string{"", "check the troops figure", "", "obsidian mine", ""} {
		mustExec(raw, `INSERT INTO spans (id, article_id, kind, start_cp, end_cp, quote, note, created_at, updated_at) VALUES (?, 1, 'note', 0, 3, 'one', ?, 'now', 'now')`, i+1, note)
	}
	raw.Close()

	d, _, err := Open(ctx, path, MustExist)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	check := func(step string) {
		t.Helper()
		if problems, err := d.Check(ctx); err != nil || len(problems) != 0 {
			t.Fatalf("%s: check: %v %v", step, problems, err)
		}
	}
	hits := func(word string) []int64 {
		t.Helper()
		rows, err := d.QueryContext(ctx, `SELECT rowid FROM span_notes_fts(?) ORDER BY rowid`, word)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var ids []int64
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			ids = append(ids, id)
		}
		return ids
	}
	indexed := func() int {
		var n int
		d.QueryRowContext(ctx, `SELECT count(*) FROM span_notes_fts_docsize`).Scan(&n)
		return n
	}
	check("after migrating")
	if got := hits("troops"); len(got) != 1 || got[0] != 2 {
		t.Fatalf("troops: %v", got)
	}
	if n := indexed(); n != 2 {
		t.Fatalf("%d spans indexed, want the 2 with a note", n)
	}
	mustExec(d.DB, `INSERT INTO spans (id, article_id, kind, start_cp, end_cp, quote, note, created_at, updated_at) VALUES (6, 1, 'note', 0, 3, 'one', '', 'now', 'now')`)
	mustExec(d.DB, `INSERT INTO spans (id, article_id, kind, start_cp, end_cp, quote, note, created_at, updated_at) VALUES (7, 1, 'note', 0, 3, 'one', 'troops again', 'now', 'now')`)
	check("after inserts")
	mustExec(d.DB, `UPDATE spans SET note = 'troops from nothing' WHERE id = 1`) // set
	mustExec(d.DB, `UPDATE spans SET note = 'reworded' WHERE id = 2`)            // changed
	mustExec(d.DB, `UPDATE spans SET note = '' WHERE id = 4`)                    // cleared
	mustExec(d.DB, `UPDATE spans SET quote = 'one' WHERE id = 3`)                // not the note
	check("after edits")
	if got := hits("troops"); len(got) != 2 || got[0] != 1 || got[1] != 7 {
		t.Fatalf("troops after edits: %v", got)
	}
	if got := hits("obsidian"); len(got) != 0 {
		t.Fatalf("a cleared note is still found: %v", got)
	}
	mustExec(d.DB, `DELETE FROM spans WHERE id IN (1, 6)`)
	check("after deletes")
	if got := hits("troops"); len(got) != 1 || got[0] != 7 {
		t.Fatalf("troops after deletes: %v", got)
	}
	if n := indexed(); n != 2 {
		t.Fatalf("%d spans indexed, want 2 (ids 2 and 7)", n)
	}
}
