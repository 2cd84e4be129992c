package suggest

import (
	"bytes"
	"testing"
	"time"
)

// BenchmarkTagger reports articles per second for the learned tagger alone
// (features, decoding, spans) on one goroutine, over ~400-word articles.
func BenchmarkTagger(b *testing.B) {
	texts := benchArticles(b)
	m, gaz := DefaultModel(), DefaultGazetteer()
	if m == nil {
		b.Fatal("no model")
	}
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu0 := time.Now(), processCPU()
	for i := 0; i < b.N; i++ {
		runes := []rune(texts[i%len(texts)])
		d := prepare(runes, tagTokens(runes), gaz, nil, m.clusters)
		labels, margins := decodeLabels(d, m, nil)
		consistent(spansOf(labels, margins, d), d)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "articles/s")
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
	}
}

// BenchmarkModelLoad: reading the embedded model (once per process).
func BenchmarkModelLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ReadModel(bytes.NewReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAdapt: learning a workspace's adaptation from 100 reviewed
// articles (the own set's documents, repeated), as a run does after the
// analyst's decisions change.
func BenchmarkAdapt(b *testing.B) {
	own := loadOwnSet(b)
	docs := make([]AdaptDoc, 100)
	for i := range docs {
		d := own[i%len(own)]
		docs[i] = AdaptDoc{Text: d.Text, Accepted: d.Spans, Complete: true}
	}
	DefaultModel()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if Adapt(docs) == nil {
			b.Fatal("no adaptation")
		}
	}
}
