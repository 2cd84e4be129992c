package app

import (
	"strings"
	"testing"

	"claimdesk/app/match"
)

// A denial joined as the same statement says so in words, before the rest.
func TestExplainSaysDenied(t *testing.T) {
	for stance, want := range map[string]string{
		match.StanceDenies: "same statement, denied", match.StanceDoubts: "same statement, doubted",
		match.StanceUnconfirmed: "same statement, unconfirmed",
	} {
		got := explainMatch(match.Result{Opposed: stance}, []string{"signed"}, false, false)
		if !strings.HasPrefix(got, want+"; both about signed") {
			t.Errorf("%s: %q", stance, got)
		}
	}
	if got := explainMatch(match.Result{}, []string{"signed"}, false, false); strings.Contains(got, "same statement") {
		t.Errorf("no stance: %q", got)
	}
}

// A word of an event class that names no event ("supplies" in "a deal on fuel supplies")
// is shared as its stem, and shown as the word.
func TestTermWordsShowsTopicWords(t *testing.T) {
	got := termWords("The document on fuel supplies was signed", []string{match.Stem("supplies"), match.TermOf("signed")})
	if strings.Join(got, ",") != "supplies,signed" {
		t.Errorf("termWords = %q", got)
	}
}
