package match

import (
	"fmt"
	"slices"
	"testing"
)

// BenchmarkExpansionsRunOn: the acronyms of a run-on sentence of 20,000 words read
// against itself as context, as MatchService.Propose reads an article that is one such
// sentence (ratk7: Propose took 2.0 s on it, most of it here). dense draws every word
// from reporting words, "TASS" among them; otherwise common words with no acronym.
func BenchmarkExpansionsRunOn(b *testing.B) {
	for _, dense := range []bool{false, true} {
		text := runOnSentence(20000, dense)
		b.Run(fmt.Sprint("dense=", dense), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Expansions(text, text)
			}
		})
	}
}

// The acronyms of a run-on sentence expand as they always did: each occurrence in order.
func TestExpansionsOfARunOnSentence(t *testing.T) {
	tail := " the Tarrow Harbour Board (THB) and the Selm Ferry Company said SFC and THB agree, TASS said"
	got := Expansions(runOnSentence(2000, true)+tail, "Earlier the Tarrow Harbour Board met the Selm Ferry Company."+tail)
	want := []string{"Tarrow Harbour Board", "Selm Ferry Company", "Tarrow Harbour Board"}
	if !slices.Equal(got, want) {
		t.Errorf("Expansions = %q; want %q", got, want)
	}
}
