package db

import (
	"context"
	"strings"
	"testing"
)

// Schema v5 rewrote the listed-values CHECK constraints as equalities: none is left as
// IN (...), the values they accept and refuse are the same, and the workspace passes
// Check. (The upgrade of an existing workspace runs in TestMigrateFromEachOlderVersion.)
func TestListedValueChecksAreEqualities(t *testing.T) {
	d := MustOpenDB(t)
	ctx := context.Background()
	rows, err := d.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name, sql string
		rows.Scan(&name, &sql)
		if strings.Contains(sql, " IN (") {
			t.Errorf("table %s still has an IN list: %s", name, sql)
		}
	}
	rows.Close()
	exec := func(q string) error {
		_, err := d.ExecContext(ctx, q)
		return err
	}
	if err := exec(`INSERT INTO articles (id, title, body, body_sha256, char_count, imported_at) VALUES (1, 't', 'one two', printf('%064d', 1), 7, 'now')`); err != nil {
		t.Fatal(err)
	}
	span := func(kind, typ, anchor, state string) string {
		return `INSERT INTO spans (article_id, kind, entity_type, start_cp, end_cp, quote, anchor_status, state, created_at, updated_at)
			VALUES (1, '` + kind + `', ` + typ + `, 0, 3, 'one', '` + anchor + `', '` + state + `', 'now', 'now')`
	}
	for _, ok := range []string{
		span("entity", "'person'", "exact", "suggested"), span("entity", "'event'", "orphan", "rejected"),
		span("claim", "NULL", "fuzzy", "accepted"), span("note", "NULL", "exact", "accepted"),
		`INSERT INTO audit_log (at, action, table_name) VALUES ('now', 'redo', 'spans')`,
		`INSERT INTO sources (name, kind, reliability, created_at, updated_at) VALUES ('S', 'social_media', 'F', 'now', 'now')`,
	} {
		if err := exec(ok); err != nil {
			t.Errorf("refused: %s: %v", ok, err)
		}
	}
	for _, bad := range []string{
		span("entities", "'person'", "exact", "accepted"), span("entity", "'persons'", "exact", "accepted"),
		span("note", "NULL", "lost", "accepted"), span("note", "NULL", "exact", "pending"),
		`INSERT INTO audit_log (at, action, table_name) VALUES ('now', 'erase', 'spans')`,
		`INSERT INTO sources (name, kind, reliability, created_at, updated_at) VALUES ('T', 'blog', 'F', 'now', 'now')`,
		`INSERT INTO sources (name, kind, reliability, created_at, updated_at) VALUES ('U', 'outlet', 'G', 'now', 'now')`,
	} {
		if err := exec(bad); err == nil || !strings.Contains(err.Error(), "CHECK constraint failed") {
			t.Errorf("accepted or refused for another reason: %s: %v", bad, err)
		}
	}
	if problems, err := d.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}
