package app

import (
	"encoding/base64"
	"fmt"
	"testing"
)

// BenchmarkSuggestionCountsNewestOnly: the review's total and type chips (Counts, every
// article) over 100,000 waiting suggestions on 1,000 articles, one in ten of them an old
// version, against the same count without the newest-version clause (the query before it,
// run in the same process): the cost of leaving old versions' suggestions out.
func BenchmarkSuggestionCountsNewestOnly(b *testing.B) {
	ws, svc := MustOpenWorkspace(b, true)
	var files []ImportFile
	for i := 0; i < 1000; i++ {
		text := fmt.Sprintf("Dock report %d\n\nThe harbour board met on day %d to talk about the cranes and the tides.\n", i, i)
		files = append(files, ImportFile{Name: fmt.Sprintf("d%04d.txt", i), Content: base64.StdEncoding.EncodeToString([]byte(text))})
	}
	if sum, err := svc.Import.ImportFiles(files, ImportOptions{}); err != nil || sum.Imported != len(files) {
		b.Fatalf("%+v %v", sum, err)
	}
	for _, stmt := range []string{
		`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
		 INSERT INTO spans (article_id, kind, entity_type, start_cp, end_cp, quote, state, origin, confidence, created_at, updated_at)
		 SELECT (SELECT min(id) FROM articles) + i % 1000, 'entity', 'place', i % 50, i % 50 + 4, 'dock', 'suggested', 'rule:gazetteer', 0.9, '2026', '2026' FROM n`,
		// one article in ten is followed by a newer version: the next article
		`UPDATE articles SET previous_version_id = id - 1 WHERE (id - (SELECT min(id) FROM articles)) % 10 = 1`,
	} {
		if _, err := ws.DB().Exec(stmt); err != nil {
			b.Fatal(err)
		}
	}
	// CountSuggestionsByType before the newest-version clause, and with it: the same text
	// run the same way, so the ratio is the clause's cost alone.
	const before = `SELECT CAST(coalesce(sp.entity_type, '') AS TEXT) AS entity_type, count(*) AS n
		FROM spans sp
		WHERE sp.state = 'suggested' AND sp.kind = 'entity'
		  AND sp.article_id >= CASE WHEN CAST(?1 AS INTEGER) = 0 THEN -9223372036854775807 ELSE ?1 END
		  AND sp.article_id <= CASE WHEN CAST(?1 AS INTEGER) = 0 THEN 9223372036854775807 ELSE ?1 END
		  AND sp.confidence >= CAST(?2 AS REAL)
		  AND (CAST(?3 AS TEXT) = '' OR sp.origin = ?3
		       OR substr(sp.origin, instr(sp.origin, ':') + 1) = ?3)`
	const newest = before + `
		  AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.previous_version_id = sp.article_id)`
	for _, q := range []struct {
		name, text string
		want       int64
	}{{"every-version(before)", before, 100000}, {"newest-only", newest, 90000}} {
		b.Run(q.name, func(b *testing.B) {
			cpu0 := cpuSeconds()
			defer func() { b.ReportMetric((cpuSeconds()-cpu0)*1000/float64(b.N), "cpu-ms/op") }()
			for i := 0; i < b.N; i++ {
				var typ string
				var n int64
				if err := ws.DB().QueryRow(q.text+" GROUP BY 1", 0, 0.0, "").Scan(&typ, &n); err != nil || n != q.want {
					b.Fatalf("%d %v; want %d", n, err, q.want)
				}
			}
		})
	}
	// the service gives the newest-only figure
	if c, err := svc.Suggestions.Counts(SuggestionFilter{}); err != nil || c["place"] != 90000 {
		b.Fatalf("%v %v; want 90,000 places (100 articles of 1,000 are old versions)", c, err)
	}
}
