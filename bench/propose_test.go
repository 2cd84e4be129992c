package bench

import (
	"testing"
	"time"
)

// BenchmarkProposeBig: MatchService.Propose for one claim on the 20,000-article workspace
// (issue 14: at most 200 ms p95). Each iteration proposes for the next of 20 claims that
// have mentions, so the figure is not one claim's.
func BenchmarkProposeBig(b *testing.B) {
	_, ws, svc := bigWorkspace(b)
	var claims []int64
	rows, err := ws.DB().Query(`SELECT DISTINCT claim_id FROM claim_mentions ORDER BY claim_id LIMIT 20`)
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
	n := 0
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		cands, err := svc.Matching.Propose(claims[i%len(claims)])
		t = append(t, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		n += len(cands)
	}
	cpu := (cpuTime() - c0) / time.Duration(b.N)
	b.ReportMetric(ms(t.pct(0.5)), "p50-ms")
	b.ReportMetric(ms(t.pct(0.95)), "p95-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
	logFigure(b, "propose-big claims=%d candidates/op=%.1f p50=%.1fms p95=%.1fms cpu=%.1fms/op", len(claims), float64(n)/float64(b.N), ms(t.pct(0.5)), ms(t.pct(0.95)), ms(cpu))
}
