package app

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// BenchmarkProposeRunOnArticle: MatchService.Propose for a claim when the workspace holds
// an article that is one run-on sentence of 20,000 words (a transcript pasted without
// full stops; every word a reporting word, relay, name or acronym, as in ratk7's attack:
// 2.0 s, most of it match.Expansions). Each run on a new workspace with a text of its own,
// so no cache answers.
// runOnTexts numbers the benchmark's texts, so that no run (nor -count) reads one twice.
var runOnTexts int

func BenchmarkProposeRunOnArticle(b *testing.B) {
	r := rand.New(rand.NewSource(7))
	words := strings.Fields("the harbour said council was quoted by TASS as saying not denied blamed in 2019 Brandt " +
		"Minister Dr. K. 300 people according to Interfax told citing that NATO UN Tarrow Harbour Board")
	var body strings.Builder
	for i := 0; i < 20000; i++ {
		body.WriteString(words[r.Intn(len(words))] + " ")
	}
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		_, svc := MustOpenWorkspace(b, true)
		runOnTexts++
		// a text of its own each run: the reading of the last text is kept (contextWords)
		importText(b, svc, "transcript.txt", fmt.Sprintf("Harbour transcript\n\nPart %d %s", runOnTexts, body.String()))
		c, err := svc.Claims.Create(ClaimInput{Statement: "The Tarrow Harbour Board said 300 people were waiting"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := svc.Matching.Propose(c.ID); err != nil {
			b.Fatal(err)
		}
	}
}
