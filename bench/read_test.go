package bench

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"claimdesk/app"
)

// searchKinds are the five kinds of query the budget names: the analyst's text as the UI
// sends it, and the FTS5 query the service makes of it (for the sqlite3 reference).
var searchKinds = []struct{ name, text, fts string }{
	{"single-word", "troops", `"troops"*`},
	{"phrase", `fts: "culture minister"`, `"culture minister"`},
	{"prefix", "pyong", `"pyong"*`},
	{"two-words-and", "delegation ceremony", `"delegation" "ceremony"*`},
	{"rare-word", "obsidian", `"obsidian"*`},
}

const searchLimit = 100 // the UI's SEARCH_LIMIT

// BenchmarkSearch: SearchService.Search p50/p95 for the five kinds, and the sqlite3
// shell running the same three FTS queries (mean per search).
func BenchmarkSearch(b *testing.B) {
	path, ws, svc := bigWorkspace(b)
	for _, k := range searchKinds {
		b.Run(k.name, func(b *testing.B) {
			var t timings
			hits := 0
			c0 := cpuTime()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				h, err := svc.Search.Search(k.text, searchLimit)
				t = append(t, time.Since(t0))
				if err != nil {
					b.Fatal(err)
				}
				hits = len(h)
			}
			cpu := (cpuTime() - c0) / time.Duration(b.N)
			b.ReportMetric(ms(t.pct(0.5)), "p50-ms")
			b.ReportMetric(ms(t.pct(0.95)), "p95-ms")
			b.ReportMetric(ms(cpu), "cpu-ms/op")
			b.ReportMetric(float64(hits), "hits")
			if b.N < 20 {
				return
			}
			args := map[string]string{"query": sqlString(k.fts), "max_hits": "100"}
			script := namedQuery(b, "SearchArticles", args) + "\n" + namedQuery(b, "SearchClaims", args) + "\n" + namedQuery(b, "SearchSpanNotes", args)
			if ref, ok := shellPerRun(b, path, script, 20); ok {
				b.ReportMetric(ms(ref), "sqlite3-mean-ms")
				mean := time.Duration(0)
				for _, d := range t {
					mean += d
				}
				mean /= time.Duration(len(t))
				b.ReportMetric(float64(mean)/float64(max(ref, 1)), "ratio-mean")
				logFigure(b, "search %-14s hits=%d p50=%.2fms p95=%.2fms mean=%.2fms cpu=%.2fms/op sqlite3-mean=%.2fms ratio=%.2f",
					k.name, hits, ms(t.pct(0.5)), ms(t.pct(0.95)), ms(mean), ms(cpu), ms(ref), float64(mean)/float64(max(ref, 1)))
			}
			// The floor: ranking alone (the best rowids by bm25, no snippet, no row), in
			// the shell and through our driver, for the three indexes a search asks.
			var rankSQL []string
			for _, fts := range []string{"articles_fts", "claims_fts", "span_notes_fts"} {
				rankSQL = append(rankSQL, "SELECT rowid FROM "+fts+"("+sqlString(k.fts)+") ORDER BY rank LIMIT 100;")
			}
			var rt timings
			for i := 0; i < 20; i++ {
				t0 := time.Now()
				for _, q := range rankSQL {
					rows, err := ws.DB().Query(q)
					if err != nil {
						b.Fatal(err)
					}
					for rows.Next() {
					}
					rows.Close()
				}
				rt = append(rt, time.Since(t0))
			}
			if ref, ok := shellPerRun(b, path, strings.Join(rankSQL, "\n"), 20); ok {
				b.ReportMetric(ms(ref), "rank-only-sqlite3-ms")
				b.ReportMetric(ms(rt.pct(0.5)), "rank-only-p50-ms")
				logFigure(b, "search %-14s ranking alone: ours p50=%.2fms p95=%.2fms sqlite3-mean=%.2fms",
					k.name, ms(rt.pct(0.5)), ms(rt.pct(0.95)), ms(ref))
			}
		})
	}
}

// bigArticle is article 1: BigArticleSpans overlapping spans and five claim mentions.
const bigArticle = 1

// BenchmarkOpenArticle: what the reader asks for when an article opens: the article
// (ArticleService.Get), its spans (SpanService.ListForArticle) and its claims
// (ClaimService.List filtered on the article); p95 of the three together and of each.
func BenchmarkOpenArticle(b *testing.B) {
	path, ws, svc := bigWorkspace(b)
	var all, get, spans, claims timings
	var nSpans, nClaims int
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := svc.Articles.Get(bigArticle); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		sp, err := svc.Spans.ListForArticle(bigArticle, false)
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		cl, err := svc.Claims.List(app.ClaimFilter{ArticleID: bigArticle})
		if err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		all, get, spans, claims = append(all, t3.Sub(t0)), append(get, t1.Sub(t0)), append(spans, t2.Sub(t1)), append(claims, t3.Sub(t2))
		nSpans, nClaims = len(sp), len(cl)
	}
	cpu := (cpuTime() - c0) / time.Duration(b.N)
	b.ReportMetric(ms(all.pct(0.95)), "p95-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
	b.ReportMetric(ms(get.pct(0.95)), "get-p95-ms")
	b.ReportMetric(ms(spans.pct(0.95)), "spans-p95-ms")
	b.ReportMetric(ms(claims.pct(0.95)), "claims-p95-ms")
	b.ReportMetric(float64(nSpans), "spans")
	b.ReportMetric(float64(nClaims), "claims")
	if b.N < 20 {
		return
	}
	id := "1"
	script := namedQuery(b, "GetArticle", map[string]string{"id": id}) + "\n" +
		namedQuery(b, "GetArticleBody", map[string]string{"id": id}) + "\n" +
		namedQuery(b, "ListSpansForArticle", map[string]string{"article_id": id, "include_rejected": "0"}) + "\n" +
		namedQuery(b, "ListSpanTagsForArticle", map[string]string{"article_id": id}) + "\n" +
		claimsForArticleSQL(b, id)
	// The floor through our driver: the article's span rows alone (their own columns, no
	// join, no order), scanned into values; what any version of the spans list pays.
	var floor timings
	for i := 0; i < 20; i++ {
		t0 := time.Now()
		rows, err := ws.DB().Query(`SELECT id, article_id, kind, entity_type, entity_id, start_cp, end_cp, quote, prefix, suffix,
			anchor_status, state, origin, confidence, note, annotator, created_at, updated_at FROM spans WHERE article_id = ?`, bigArticle)
		if err != nil {
			b.Fatal(err)
		}
		vals := make([]any, 18)
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				b.Fatal(err)
			}
		}
		rows.Close()
		floor = append(floor, time.Since(t0))
	}
	logFigure(b, "open-article floor: the 2,000 span rows alone through our driver p50=%.2fms p95=%.2fms", ms(floor.pct(0.5)), ms(floor.pct(0.95)))
	if ref, ok := shellPerRun(b, path, script, 20); ok {
		b.ReportMetric(ms(ref), "sqlite3-ms")
		logFigure(b, "open-article spans=%d claims=%d p50=%.2fms p95=%.2fms (get %.2f, spans %.2f, claims %.2f) cpu=%.2fms/op sqlite3=%.2fms ratio(p50)=%.2f",
			nSpans, nClaims, ms(all.pct(0.5)), ms(all.pct(0.95)), ms(get.pct(0.95)), ms(spans.pct(0.95)), ms(claims.pct(0.95)), ms(cpu), ms(ref), float64(all.pct(0.5))/float64(max(ref, 1)))
	}
}

// BenchmarkMatrixBig: the claim matrix for 200 claims x 50 articles chosen on the big
// workspace (the claims mentioned in 50 articles), server side.
func BenchmarkMatrixBig(b *testing.B) {
	_, ws, svc := bigWorkspace(b)
	var arts []int64
	rows, err := ws.DB().Query(`SELECT id FROM articles WHERE id > 1 ORDER BY id LIMIT 50`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		arts = append(arts, id)
	}
	rows.Close()
	var claims []int64
	rows, err = ws.DB().Query(`SELECT DISTINCT cm.claim_id FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id WHERE sp.article_id > 1 AND sp.article_id <= 51 ORDER BY 1 LIMIT 200`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		claims = append(claims, id)
	}
	rows.Close()
	var t timings
	var m app.Matrix
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		m, err = svc.Matrix.Get(app.MatrixFilter{ClaimIDs: claims, ArticleIDs: arts})
		t = append(t, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
	}
	cpu := (cpuTime() - c0) / time.Duration(b.N)
	b.ReportMetric(ms(t.pct(0.5)), "p50-ms")
	b.ReportMetric(ms(t.pct(0.95)), "p95-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
	logFigure(b, "matrix-big rows=%d cols=%d p50=%.1fms p95=%.1fms cpu=%.1fms/op", len(m.Rows), len(m.Columns), ms(t.pct(0.5)), ms(t.pct(0.95)), ms(cpu))
}

// BenchmarkArticleList: ArticleService.List on 20,000 articles (what the UI loads first).
func BenchmarkArticleList(b *testing.B) {
	_, _, svc := bigWorkspace(b)
	var t timings
	n := 0
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		l, err := svc.Articles.List()
		t = append(t, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		n = len(l)
	}
	b.ReportMetric(ms(t.pct(0.95)), "p95-ms")
	logFigure(b, "article-list n=%d p50=%.1fms p95=%.1fms", n, ms(t.pct(0.5)), ms(t.pct(0.95)))
}

// BenchmarkExportCSV1M: ExportService writing every annotation (1,000,000 spans) as CSV,
// against `sqlite3 -csv` on the same columns of v_annotations.
func BenchmarkExportCSV1M(b *testing.B) {
	path, ws, svc := bigWorkspace(b)
	var n int
	ws.DB().QueryRow("SELECT count(*) FROM spans").Scan(&n)
	out := filepath.Join(b.TempDir(), "out.csv")
	start := time.Now()
	for i := 0; i < b.N; i++ {
		res, err := svc.Export.ExportToFile(out, true, app.ExportOptions{What: "annotations", Format: "csv"})
		if err != nil || res.Rows != n {
			b.Fatal(res, err)
		}
	}
	ours := time.Since(start) / time.Duration(b.N)
	b.ReportMetric(float64(n)/ours.Seconds(), "rows/s")
	ref, ok := sqliteCSV(b, path, filepath.Join(b.TempDir(), "sqlite.csv"), "SELECT "+strings.Join(strings.Fields(annotationColumns), " ")+" FROM v_annotations")
	if !ok {
		return
	}
	b.ReportMetric(float64(n)/ref.Seconds(), "sqlite3-rows/s")
	b.ReportMetric(ours.Seconds()/ref.Seconds(), "ratio")
	logFigure(b, "export-csv rows=%d ours=%s (%.0f rows/s) sqlite3=%s (%.0f rows/s) ratio=%.2f",
		n, ours.Round(time.Millisecond), float64(n)/ours.Seconds(), ref.Round(time.Millisecond), float64(n)/ref.Seconds(), ours.Seconds()/ref.Seconds())
}

const annotationColumns = `id, article_id, article_title, source, published_at, kind, entity_type, entity_id, entity, claim_id, claim,
	start_cp, end_cp, quote, prefix, suffix, anchor_status, state, origin, confidence, note, analyst, created_at, updated_at, tags`

// sqliteCSV is the sqlite3 shell's best of two runs writing query's rows as CSV to out.
func sqliteCSV(tb testing.TB, db, out, query string) (time.Duration, bool) {
	bin, err := execLookPath("sqlite3")
	if err != nil {
		return 0, false
	}
	best := time.Duration(0)
	for i := 0; i < 2; i++ {
		f, _ := os.Create(out)
		t0 := time.Now()
		err := runTo(f, bin, "-readonly", "-csv", "-header", db, query)
		d := time.Since(t0)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		if best == 0 || d < best {
			best = d
		}
	}
	return best, true
}

// claimsForArticleSQL is what ClaimService.List runs for the claims of one article.
func claimsForArticleSQL(tb testing.TB, id string) string {
	return namedQuery(tb, "ListClaimsForArticle", map[string]string{"pattern": "''", "credibility": "0", "tag": "''", "entity_id": "0", "source_id": "0", "article_id": id}) + "\n" +
		namedQuery(tb, "ListClaimOriginsForArticle", map[string]string{"article_id": id}) + "\n" +
		namedQuery(tb, "ListClaimTagsForArticle", map[string]string{"article_id": id})
}

// cpuTime is the process's user+system CPU time so far. On this shared 2-core machine the
// wall-clock percentiles swing with the other processes' load; CPU time per operation is
// the steadier figure to compare a change with (reported next to them, never asserted).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkMatrixBigDefault: what the Matrix tab asks for on opening (no claims or articles
// chosen, Limit 200): the 200 most recently changed of the 50,000 claims and the articles
// that mention them, server side, with the size of the JSON answer.
func BenchmarkMatrixBigDefault(b *testing.B) {
	_, _, svc := bigWorkspace(b)
	var t timings
	var m app.Matrix
	var err error
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		m, err = svc.Matrix.Get(app.MatrixFilter{Limit: 200})
		t = append(t, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
	}
	cpu := (cpuTime() - c0) / time.Duration(b.N)
	body, err := json.Marshal(m)
	if err != nil {
		b.Fatal(err)
	}
	if !m.Limited || len(m.Rows) != 200 {
		b.Fatalf("limited=%v rows=%d, want a capped grid of 200", m.Limited, len(m.Rows))
	}
	b.ReportMetric(ms(t.pct(0.5)), "p50-ms")
	b.ReportMetric(ms(t.pct(0.95)), "p95-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
	logFigure(b, "matrix-big-default rows=%d of %d cols=%d json=%dKB p50=%.1fms p95=%.1fms cpu=%.1fms/op", len(m.Rows), m.TotalClaims, len(m.Columns), len(body)/1024, ms(t.pct(0.5)), ms(t.pct(0.95)), ms(cpu))
}
