package suggest

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// benchArticles returns ~400-word articles built from the seed texts.
func benchArticles(b *testing.B) []string {
	var texts []string
	for _, name := range []string{"000_b3b08793afee1b92.txt", "003_894f7f2f22c13c32.txt", "004_4a9b0e748a88a5c0.txt"} {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		words := strings.Fields(string(raw))
		for len(words) < 400 {
			words = append(words, words...)
		}
		texts = append(texts, strings.Join(words[:400], " "))
	}
	return texts
}

// BenchmarkSuggest reports articles per second over ~400-word articles, in
// parallel over GOMAXPROCS (run with -cpu 2 for the two-core figure).
func BenchmarkSuggest(b *testing.B) {
	texts := benchArticles(b)
	eng := Default()
	eng.Suggest(Document{Text: texts[0]}) // build the gazetteer outside the timer
	var n atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu0 := time.Now(), processCPU()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			eng.Suggest(Document{Text: texts[i%len(texts)], PublishedAt: "2025-06-29"})
			i++
			n.Add(1)
		}
	})
	b.ReportMetric(float64(n.Load())/time.Since(start).Seconds(), "articles/s")
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n.Load())/cpu, "articles/cpu-s")
	}
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}

func BenchmarkGazetteerBuild(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g := BuildGazetteer()
		if len(g.entries) == 0 {
			b.Fatal("empty gazetteer")
		}
	}
}
