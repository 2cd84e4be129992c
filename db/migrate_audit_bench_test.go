package db

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"claimdesk/db/store"
)

// auditWorkspace is a workspace at schema version whose audit log holds n entries, a
// fifth of them on entities and one in twenty on aliases (the rest on spans), spread
// over the log as an analyst's year of work spreads them.
func auditWorkspace(b *testing.B, version, n int) *DB {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "w.db")
	raw, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { raw.Close() })
	d := &DB{DB: raw, Path: path, Q: store.New(raw)}
	if err := d.MigrateTo(ctx, version); err != nil {
		b.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, `WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < ?)
		INSERT INTO audit_log (at, action, table_name, row_id, batch)
		SELECT '2026-01-01T00:00:00.000Z', 'create',
		       CASE WHEN x % 5 = 0 THEN 'entities' WHEN x % 20 = 1 THEN 'entity_aliases' ELSE 'spans' END, x, printf('%x', x / 2)
		FROM i`, n); err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkAuditVersionSeek: the caches' "has anything they read changed" queries
// (KnownParticipantsVersion before every proposal, SuggestInputsVersion before every
// suggestion run) on a v16 and a v17 workspace side by side, with an audit log of 10,000
// and of 1,000,000 entries. v16 walked every entry on the asked tables; v17's
// audit_log_table makes it one seek per table name, so its time does not grow with the log.
// audited-write is what v17's index costs the writes: 1,000 audit entries appended in one
// transaction (an accept-all's log).
func BenchmarkAuditVersionSeek(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{10000, 1000000} {
		for _, version := range []int{16, 17} {
			d := auditWorkspace(b, version, n)
			b.Run(fmt.Sprintf("log=%d/v%d/known-participants", n, version), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if at, err := d.Q.KnownParticipantsVersion(ctx); err != nil || at.Changed == 0 {
						b.Fatal(at, err)
					}
				}
			})
			b.Run(fmt.Sprintf("log=%d/v%d/suggest-inputs", n, version), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if v, err := d.Q.SuggestInputsVersion(ctx); err != nil || v.NameChange == 0 {
						b.Fatal(v, err)
					}
				}
			})
			b.Run(fmt.Sprintf("log=%d/v%d/audited-write", n, version), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := d.ExecContext(ctx, `WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < 1000)
						INSERT INTO audit_log (at, action, table_name, row_id, batch, after)
						SELECT '2026-02-01T00:00:00.000Z', 'update', 'spans', x, 'accept-all', json_object('id', x, 'state', 'accepted') FROM i`); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/entry")
			})
		}
	}
}

// BenchmarkMigration17OnAFile: migration 0017 alone (db.apply, as Open runs it after the
// backup), on a copy of the v16 workspace MIGRATE_FROM names (skipped when unset): the
// 20,000-article benchmark workspace, or a copy of it with a grown audit log. Each
// iteration migrates a fresh copy; the copy is not timed.
func BenchmarkMigration17OnAFile(b *testing.B) {
	from := os.Getenv("MIGRATE_FROM")
	if from == "" {
		b.Skip("MIGRATE_FROM is not set: the path of a v16 workspace to copy")
	}
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "w.db")
		data, err := os.ReadFile(from)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o600); err != nil {
			b.Fatal(err)
		}
		data = nil
		raw, err := sql.Open("sqlite", dsn(path))
		if err != nil {
			b.Fatal(err)
		}
		d := &DB{DB: raw, Path: path}
		if v, err := d.Version(ctx); err != nil || v != 16 {
			b.Fatalf("%s is at v%d (%v), not v16", from, v, err)
		}
		b.StartTimer()
		if err := d.apply(ctx, Migrations()[16]); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		raw.Close()
		os.Remove(path)
		b.StartTimer()
	}
}
