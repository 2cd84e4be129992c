package bench

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"claimdesk/app"
)

// BenchmarkCreateSpan: what the reader asks for when the analyst tags a selection in the
// 2,000-span article (SpanService.Create of an entity mention of a new person, the action
// behind "selection -> highlight"), then what it asks for after (the article's spans). On a
// copy of the big workspace, as it writes.
func BenchmarkCreateSpan(b *testing.B) {
	_, svc := bigWorkspaceCopy(b)
	art, err := svc.Articles.Get(bigArticle)
	if err != nil {
		b.Fatal(err)
	}
	text := []rune(art.Body)
	var create, list timings
	c0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := int64((i * 37) % (len(text) - 20))
		end := start + 12
		t0 := time.Now()
		if _, err := svc.Spans.Create(app.SpanInput{ArticleID: bigArticle, Kind: "entity", EntityType: "person",
			Start: start, End: end, Quote: string(text[start:end])}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := svc.Spans.ListForArticle(bigArticle, false); err != nil {
			b.Fatal(err)
		}
		create, list = append(create, t1.Sub(t0)), append(list, time.Since(t1))
	}
	cpu := (cpuTime() - c0) / time.Duration(b.N)
	b.ReportMetric(ms(create.pct(0.5)), "create-p50-ms")
	b.ReportMetric(ms(create.pct(0.95)), "create-p95-ms")
	b.ReportMetric(ms(list.pct(0.95)), "list-p95-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
	logFigure(b, "create-span p50=%.2fms p95=%.2fms then list p95=%.2fms cpu=%.2fms/op (n=%d)",
		ms(create.pct(0.5)), ms(create.pct(0.95)), ms(list.pct(0.95)), ms(cpu), b.N)
}

// bigWorkspaceCopy opens a copy of the BENCH_DB workspace (for benchmarks that write),
// closed when the benchmark ends.
func bigWorkspaceCopy(tb testing.TB) (*app.Workspace, *app.Services) {
	tb.Helper()
	src, _, _ := bigWorkspace(tb)
	path := filepath.Join(tb.TempDir(), "ws.db")
	copyWorkspace(tb, src, path)
	ws, err := openWorkspace(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ws.Close() })
	return ws, app.NewServices(ws)
}

// copyWorkspace copies a checkpointed workspace file (the big one is never left with a WAL).
func copyWorkspace(tb testing.TB, from, to string) {
	tb.Helper()
	in, err := os.Open(from)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
}
