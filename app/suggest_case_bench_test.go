package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"claimdesk/app/suggest"
)

// capsArticle is an invented report of n sentences written wholly in capitals (telex
// copy, an old wire archive), every sentence naming people, a body and places, a blank
// line every five sentences. Own words.
func capsArticle(n int) string {
	var b strings.Builder
	b.WriteString("HARBOUR TALKS RESUME IN BRESKA\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "OFFICIALS OF VELMAR PORT AUTHORITY MET ANA ROSKIC%d AND TOMAS KRAL IN BRESKA ON MONDAY, THE HARBOUR WORKERS UNION SAID. ", i)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkCaseAsWrittenAllCaps: the case of every name the suggester proposes in an
// article written in capitals (caseAsWritten over all its proposals, as a run stores
// them, inside its write transaction), against the reference, the suggester's own
// reading of the same article, timed in the same process. Reported: ns per proposal and
// the ratio to the suggester's time for the whole article.
func BenchmarkCaseAsWrittenAllCaps(b *testing.B) {
	eng := suggest.Default()
	for _, n := range []int{100, 400} {
		text := capsArticle(n)
		t0 := time.Now()
		proposals := eng.Suggest(suggest.Document{Text: text})
		reference := time.Since(t0)
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				caps := newCapsReader(text)
				for _, sg := range proposals {
					caps.name(sg.Start, sg.End, proposedName(sg))
				}
			}
			per := b.Elapsed() / time.Duration(b.N)
			b.ReportMetric(float64(per.Nanoseconds())/float64(len(proposals)), "ns/proposal")
			b.ReportMetric(float64(per)/float64(reference), "x-suggester")
		})
	}
}
