package bench

import (
	"path/filepath"
	"testing"
	"time"

	"claimdesk/app"
)

// BenchmarkClaimsExport: ExportService writing every claim (50,000) as CSV, with its
// counted columns (articles, origins, grade, contradictions), against the sqlite3 shell
// writing the same rows' plain columns (the ExportClaims query, unpaged) in the same run.
func BenchmarkClaimsExport(b *testing.B) {
	path, ws, svc := bigWorkspace(b)
	var n int
	ws.DB().QueryRow("SELECT count(*) FROM claims").Scan(&n)
	out := filepath.Join(b.TempDir(), "claims.csv")
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		res, err := svc.Export.ExportToFile(out, true, app.ExportOptions{What: "claims", Format: "csv"})
		if err != nil || res.Rows != n {
			b.Fatal(res, err)
		}
	}
	ours, cpu := time.Since(start)/time.Duration(b.N), (cpuTime()-cpu0)/time.Duration(b.N)
	b.StopTimer()
	b.ReportMetric(ms(ours), "ms")
	b.ReportMetric(ms(cpu), "cpu-ms")
	query := namedQuery(b, "ExportClaims", map[string]string{"after_id": "0", "assessed_only": "0", "article_id": "0", "since": "''", "tag": "''", "page_size": "-1"})
	ref, ok := sqliteCSV(b, path, filepath.Join(b.TempDir(), "sqlite.csv"), query)
	if !ok {
		return
	}
	b.ReportMetric(ms(ref), "sqlite3-ms")
	b.ReportMetric(ours.Seconds()/ref.Seconds(), "ratio")
	logFigure(b, "claims-export-csv rows=%d ours=%s cpu=%s sqlite3=%s ratio=%.2f",
		n, ours.Round(time.Millisecond), cpu.Round(time.Millisecond), ref.Round(time.Millisecond), ours.Seconds()/ref.Seconds())
}

// BenchmarkClaimsSortContradictions: the first page of the claim list sorted by
// contradictions, as the Claims view asks for it after a change (every claim counted and
// sorted: a fresh set of services each time, so the kept sorted list is not reused).
func BenchmarkClaimsSortContradictions(b *testing.B) {
	_, ws, _ := bigWorkspace(b)
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		p, err := app.NewServices(ws).Claims.ListPage(app.ClaimFilter{Sort: app.SortContradictions}, 0, 50)
		if err != nil || len(p.Items) != 50 {
			b.Fatal(p.Total, err)
		}
	}
	b.ReportMetric(ms(time.Since(start)/time.Duration(b.N)), "ms")
	b.ReportMetric(ms((cpuTime()-cpu0)/time.Duration(b.N)), "cpu-ms")
}
