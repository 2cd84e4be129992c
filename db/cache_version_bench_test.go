package db

import (
	"context"
	"testing"
)

// BenchmarkCacheVersionRowCounts: what the row counts and highest ids cost the caches'
// "has anything they read changed" queries (KnownParticipantsVersion before every proposal,
// SuggestInputsVersion before every suggestion run), which read them so that a row another
// program adds or deletes without an audit entry is seen. The reference, in the same
// process on the same file: each query as it was, the audit log's newest entries alone.
// The workspace holds the benchmark workspace's 100,000 entities, with two aliases each,
// 10,000 speaks-for links and 1,000 sources, and an audit log of 10,000 entries.
func BenchmarkCacheVersionRowCounts(b *testing.B) {
	ctx := context.Background()
	d := auditWorkspace(b, 17, 10000)
	for _, q := range []string{
		`WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < 1000)
		 INSERT INTO sources (name, kind, created_at, updated_at, uuid)
		 SELECT printf('Source %d', x), 'outlet', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', printf('s-%d', x) FROM i`,
		`WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < 100000)
		 INSERT INTO entities (type, name, created_at, updated_at, uuid)
		 SELECT CASE x % 3 WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' ELSE 'place' END, printf('Name %d', x),
		        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', printf('e-%d', x) FROM i`,
		`INSERT INTO entity_aliases (entity_id, alias, alias_key, created_at)
		 SELECT id, name, lower(name), created_at FROM entities
		 UNION ALL SELECT id, 'Alias ' || id, 'alias ' || id, created_at FROM entities`,
		`INSERT INTO entity_speaks_for (entity_id, source_id, created_at)
		 SELECT id, 1 + id % 1000, created_at FROM entities WHERE id % 10 = 0`,
	} {
		if _, err := d.ExecContext(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	ref := map[string]string{
		"known-participants": `SELECT CAST(coalesce((SELECT max(id) FROM audit_log
			WHERE table_name IN ('entities', 'entity_aliases', 'entity_speaks_for', 'sources')), 0) AS INTEGER)`,
		"suggest-inputs": `SELECT CAST(coalesce((SELECT max(id) FROM audit_log), 0) AS INTEGER),
			CAST(coalesce((SELECT max(n.id) FROM audit_log n WHERE n.table_name IN ('entities', 'entity_aliases')), 0) AS INTEGER)`,
	}
	now := map[string]func() error{
		"known-participants": func() error { _, err := d.Q.KnownParticipantsVersion(ctx); return err },
		"suggest-inputs":     func() error { _, err := d.Q.SuggestInputsVersion(ctx); return err },
	}
	for _, name := range []string{"known-participants", "suggest-inputs"} {
		b.Run(name+"/audit-only", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var a, c int64
				var err error
				if name == "suggest-inputs" {
					err = d.QueryRowContext(ctx, ref[name]).Scan(&a, &c)
				} else {
					err = d.QueryRowContext(ctx, ref[name]).Scan(&a)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
		if name == "known-participants" {
			// highest ids alone (no counts): sees a row added, not one deleted
			b.Run(name+"/with-highest-ids-only", func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					var a int64
					var ids string
					if err := d.QueryRowContext(ctx, ref[name]+`, printf('%d %d %d %d',
						(SELECT max(id) FROM entities), (SELECT max(id) FROM entity_aliases),
						(SELECT max(entity_id) FROM entity_speaks_for), (SELECT max(id) FROM sources))`).Scan(&a, &ids); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		b.Run(name+"/with-row-counts", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := now[name](); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
