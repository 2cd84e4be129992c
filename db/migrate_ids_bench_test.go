package db

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkSpanInsertAutoincrement: what AUTOINCREMENT (schema v16) costs an insert, on
// a v15 and a v16 workspace side by side in one process: spans through one prepared
// statement, 1,000 to a transaction (an import's suggestions) and one to a transaction
// (a mark). AUTOINCREMENT reads and writes the table's sqlite_sequence row once per
// statement.
func BenchmarkSpanInsertAutoincrement(b *testing.B) {
	ctx := context.Background()
	for _, perTx := range []int{1000, 1} {
		for _, version := range []int{15, 16} {
			b.Run(fmt.Sprintf("per-tx=%d/v%d", perTx, version), func(b *testing.B) {
				path := filepath.Join(b.TempDir(), "w.db")
				raw, err := sql.Open("sqlite", dsn(path))
				if err != nil {
					b.Fatal(err)
				}
				defer raw.Close()
				if err := (&DB{DB: raw, Path: path}).MigrateTo(ctx, version); err != nil {
					b.Fatal(err)
				}
				if _, err := raw.ExecContext(ctx, `INSERT INTO articles (id, title, body, body_sha256, char_count, imported_at)
					VALUES (1, 't', 'one two three four', printf('%064d', 1), 18, 'now')`); err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					tx, err := raw.BeginTx(ctx, nil)
					if err != nil {
						b.Fatal(err)
					}
					st, err := tx.PrepareContext(ctx, `INSERT INTO spans (article_id, kind, entity_type, start_cp, end_cp, quote, state, origin, created_at, updated_at)
						VALUES (1, 'entity', 'person', 4, 7, 'two', 'suggested', 'rule', 'now', 'now')`)
					if err != nil {
						b.Fatal(err)
					}
					for j := 0; j < perTx; j++ {
						if _, err := st.ExecContext(ctx); err != nil {
							b.Fatal(err)
						}
					}
					st.Close()
					if err := tx.Commit(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*perTx), "ns/span")
			})
		}
	}
}
