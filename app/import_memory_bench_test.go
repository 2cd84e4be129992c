package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"claimdesk/app/ingest"
)

// largeArticle is a plain-text article of about size bytes, written for this benchmark:
// a headline, an outlet line, a dateline, then paragraphs of varied sentences (numbers,
// names, quotes, a non-ASCII name) so every stage of the import has work to do.
func largeArticle(size int) []byte {
	var b strings.Builder
	b.Grow(size + 1024)
	b.WriteString("Harbour works overrun in Corvale\nHarbour Gazette\n\nCORVALE, March 12, 2026 — ")
	sentences := []string{
		"The port office said on Tuesday that repairs to quay %d would take %d more weeks.",
		"About %d residents rely on ferry line %d, the council's director Maren Holt said.",
		"“We expected the work to end in %d days,” said Ilse Brandt of the dock workers' union, adding that %d crews were idle.",
		"According to the Harbour Gazette, the budget rose by %d percent to %d million euros.",
		"Engineers from Dunmore inspected ramp %d and found cracks along %d metres of concrete.",
		"Şebnem Yıldız, a harbour pilot, said %d ships had been turned away since March %d.",
	}
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, sentences[i%len(sentences)], i%97+1, i%13+2)
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// peakHeap samples the live heap every millisecond while f runs and returns the highest
// sample above the heap before f (after a GC), and the bytes f allocated in all.
func peakHeap(f func()) (peak, allocated uint64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	base, alloc0 := sample[0].Value.Uint64(), sample[1].Value.Uint64()
	var mu sync.Mutex
	highest := base
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				metrics.Read(s)
				mu.Lock()
				highest = max(highest, s[0].Value.Uint64())
				mu.Unlock()
			}
		}
	}()
	f()
	close(stop)
	<-done
	metrics.Read(sample)
	mu.Lock()
	defer mu.Unlock()
	highest = max(highest, sample[0].Value.Uint64())
	return highest - base, sample[1].Value.Uint64() - alloc0
}

// BenchmarkImportLargeFileMemory imports one 10 MB plain-text file and reports, per
// stage, the peak live Go heap above what was live before the stage (MB) and what the
// stage allocated (MB): decode, normalise, parse (title, body, outlet, date, byline,
// cites), and the whole import through ImportPaths (the CLI's and the window's path:
// the stages again, then the duplicate check, the similarity and the insert). SQLite's
// own memory (the C heap of modernc's libc) is not Go heap: the CLI figure in
// docs/performance.md is the process's peak RSS.
//
//	CGO_ENABLED=0 go test ./app -run '^$' -bench ImportLargeFileMemory -benchmem -benchtime 1x
func BenchmarkImportLargeFileMemory(b *testing.B) {
	size := 9_990_000 // just under the 10 MB default limit
	raw := largeArticle(size)
	mb := func(n uint64) float64 { return float64(n) / (1 << 20) }
	var text string
	var a ingest.Article
	var dec ingest.Decoded
	for i := 0; i < b.N; i++ {
		p, al := peakHeap(func() {
			var err error
			if dec, err = ingest.Decode(raw, ""); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(mb(p), "decode-peak-MB")
		b.ReportMetric(mb(al), "decode-alloc-MB")
		p, al = peakHeap(func() { text = ingest.Normalize(dec.Text) })
		b.ReportMetric(mb(p), "normalize-peak-MB")
		b.ReportMetric(mb(al), "normalize-alloc-MB")
		p, al = peakHeap(func() { a = ingest.ParsePlainText(text) })
		b.ReportMetric(mb(p), "parse-peak-MB")
		b.ReportMetric(mb(al), "parse-alloc-MB")
		if a.Outlet != "Harbour Gazette" || len(a.Body) < size/2 {
			b.Fatalf("parsed: outlet %q, %d bytes of body", a.Outlet, len(a.Body))
		}

		_, s := MustOpenWorkspace(b, true)
		path := filepath.Join(b.TempDir(), "harbour.txt")
		if err := os.WriteFile(path, raw, 0o600); err != nil {
			b.Fatal(err)
		}
		var sum ImportSummary
		p, al = peakHeap(func() {
			var err error
			if sum, err = s.Import.ImportPaths([]string{path}, ImportOptions{}); err != nil {
				b.Fatal(err)
			}
		})
		if sum.Imported != 1 {
			b.Fatalf("import: %+v", sum)
		}
		b.ReportMetric(mb(p), "import-peak-MB")
		b.ReportMetric(mb(al), "import-alloc-MB")
	}
}
