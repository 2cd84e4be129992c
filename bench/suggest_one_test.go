package bench

import (
	"testing"
	"time"
)

// BenchmarkSuggestOneArticleBig: SuggestionService.Run on one article of a copy of the
// 20,000-article workspace (100,000 entities), as the reader asks for it after the
// analyst decides a suggestion. Each iteration suggests the next of 20 articles; the
// suggestions are undone (untimed) so every run finds the same workspace.
func BenchmarkSuggestOneArticleBig(b *testing.B) {
	ws, svc := bigWorkspaceCopy(b)
	rows, err := ws.DB().Query(`SELECT id FROM articles ORDER BY id LIMIT 20`)
	if err != nil {
		b.Fatal(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	var t timings
	c0 := cpuTime()
	var undoCPU time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		sum, err := svc.Suggestions.Run(ids[i%len(ids)])
		t = append(t, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		u0 := cpuTime()
		if sum.Suggested > 0 {
			if _, err := svc.History.Undo(); err != nil {
				b.Fatal(err)
			}
		}
		undoCPU += cpuTime() - u0
		b.StartTimer()
	}
	cpu := (cpuTime() - c0 - undoCPU) / time.Duration(b.N)
	b.ReportMetric(ms(t.pct(0.5)), "p50-ms")
	b.ReportMetric(ms(t.pct(0.95)), "p95-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
	logFigure(b, "suggest-one-big p50=%.0fms p95=%.0fms cpu=%.0fms/op (n=%d)", ms(t.pct(0.5)), ms(t.pct(0.95)), ms(cpu), b.N)
}
