package bench

import (
	"testing"
	"time"

	"claimdesk/app"
)

// wholeLogReplaySQL is what the undo/redo stacks were replayed from before they read only
// the latest batches: every batch of the audit log. Kept as the reference.
const wholeLogReplaySQL = `SELECT count(*) FROM (SELECT l.batch, min(l.id) AS first_id, min(l.action), max(l.summary),
	min(l.at), max(l.actor) FROM audit_log l WHERE l.batch <> '' AND l.action <> 'import' GROUP BY l.batch ORDER BY first_id);`

// BenchmarkHistoryState: HistoryService.State (asked after every action) and an undo and
// redo, on a copy of the big workspace whose audit log holds a year of an analyst's
// work: 1,000,000 entries in 500,000 actions. Reference: the sqlite3 shell replaying the
// whole log as the stacks did before.
func BenchmarkHistoryState(b *testing.B) {
	ws, svc := bigWorkspaceCopy(b)
	path := ws.DB().Path
	if _, err := ws.DB().Exec(`WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < 1000000)
		INSERT INTO audit_log (at, actor, action, table_name, row_id, batch, summary, after)
		SELECT '2026-01-01T00:00:00Z', 'analyst', 'create', 'spans', x, printf('%016x', x / 2),
		       'tag "Olga Lyubimova" as person',
		       json_object('id', x, 'quote', 'Olga Lyubimova', 'prefix', 'Russian Culture Minister ', 'suffix', ' arrived in Pyongyang', 'state', 'accepted')
		FROM i`); err != nil {
		b.Fatal(err)
	}
	// one real action on top, so undo and redo have something of ours to work on
	art, err := svc.Articles.Get(bigArticle)
	if err != nil {
		b.Fatal(err)
	}
	q := []rune(art.Body)[10:22]
	if _, err := svc.Spans.Create(app.SpanInput{ArticleID: bigArticle, Kind: "note", Note: "check", Start: 10, End: 22, Quote: string(q)}); err != nil {
		b.Fatal(err)
	}
	var state, step timings
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		st, err := svc.History.State()
		if err != nil || !st.CanUndo {
			b.Fatal(st, err)
		}
		t1 := time.Now()
		if _, err := svc.History.Undo(); err != nil {
			b.Fatal(err)
		}
		if _, err := svc.History.Redo(); err != nil {
			b.Fatal(err)
		}
		state, step = append(state, t1.Sub(t0)), append(step, time.Since(t1)/2)
	}
	b.StopTimer()
	b.ReportMetric(ms(state.pct(0.5)), "state-p50-ms")
	b.ReportMetric(ms(state.pct(0.95)), "state-p95-ms")
	b.ReportMetric(ms(step.pct(0.95)), "undo-redo-p95-ms")
	ws.Close() // the shell reads the file after our last write (Close is idempotent)
	ref, ok := shellPerRun(b, path, wholeLogReplaySQL, 3)
	if ok {
		b.ReportMetric(ms(ref), "sqlite3-whole-log-ms")
	}
	logFigure(b, "history audit-log=1,000,000 state p50=%.2fms p95=%.2fms undo/redo p95=%.2fms; replaying the whole log in the sqlite3 shell=%.0fms",
		ms(state.pct(0.5)), ms(state.pct(0.95)), ms(step.pct(0.95)), ms(ref))
}
