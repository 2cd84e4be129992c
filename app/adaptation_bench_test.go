package app

import (
	"fmt"
	"strings"
	"testing"
)

// longReport is a made-up council report of about n characters, with names, dates and
// figures in every sentence.
func longReport(n int) string {
	var b strings.Builder
	b.WriteString("Long council report\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Mayor Anna Brel of Corvale told the Harbour Council on %d March that the Valdoria Port Authority would spend %d million euros. ", i%28+1, i)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkAdaptationLongArticle: the adaptation learned again after a decision, when
// the analyst has accepted every suggestion of one 200,000-character article (the
// learning runs at the start of every suggestion run after a decision changed).
func BenchmarkAdaptationLongArticle(b *testing.B) {
	_, svc := MustOpenWorkspace(b, true)
	id := importText(b, svc, "long.txt", longReport(200_000))
	if _, err := svc.Suggestions.Run(id); err != nil {
		b.Fatal(err)
	}
	n, err := svc.Suggestions.AcceptWhere(SuggestionFilter{ArticleID: id})
	if err != nil || n == 0 {
		b.Fatalf("accepted %d: %v", n, err)
	}
	ctx := svc.Suggestions.ws.Context()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		svc.Suggestions.adapt.key = "" // as after a decision
		if m, err := svc.Suggestions.adaptation(ctx); err != nil || m == nil {
			b.Fatalf("no adaptation: %v", err)
		}
	}
}
