package match

import (
	"strings"
	"testing"
)

// runOnQuote is a quote with no punctuation at all (a transcript pasted as one mention),
// n rounds of words in three scripts with a state in each: our own words.
func runOnQuote(n int) string {
	return strings.Repeat("паром ferry 渡轮 عبّارة closed не harbour crew ", n)
}

// A mention's quote is read for states on every snapshot of its claim (the claim page,
// the list sorted by contradictions, the matrix). Without punctuation every state read its
// subject from the quote's first word: 8,000 rounds (64,000 words) took 119 s, so one such
// mention held the claim page for minutes. Now a state's clause reaches back at most
// clauseReach words; this test did not end within go test's 10 minutes before.
func TestReadStatesOfARunOnQuoteEnds(t *testing.T) {
	r := ReadStates(runOnQuote(40_000))
	if len(r.States) == 0 {
		t.Fatal("no state read from a quote saying 'closed' 40,000 times")
	}
	for _, s := range r.States {
		if n := len(strings.Fields(s.Phrase)); n > clauseReach+2 {
			t.Errorf("a state's phrase holds %d words (at most %d): %.80q…", n, clauseReach+2, s.Phrase)
		}
	}
	// a clause of ordinary length reads as before
	short := ReadStates("The night shelter on Kell Street stays shut, the council said.")
	if len(short.States) != 1 || short.States[0].Phrase != "the night shelter on Kell Street stays shut" {
		t.Errorf("%+v", short)
	}
}

// BenchmarkReadStatesRunOn reads a run-on quote of 1,000 rounds (8,000 words), and
// BenchmarkReadStatesSentences the same words in sentences of eight: the reference, so
// the ratio says what the missing punctuation costs.
func BenchmarkReadStatesRunOn(b *testing.B) {
	text := runOnQuote(1000)
	for i := 0; i < b.N; i++ {
		readStates(text)
	}
}

func BenchmarkReadStatesSentences(b *testing.B) {
	text := strings.Repeat("паром ferry 渡轮 عبّارة closed не harbour crew. ", 1000)
	for i := 0; i < b.N; i++ {
		readStates(text)
	}
}
