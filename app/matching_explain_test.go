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
		got := explainMatch(match.Result{Opposed: stance}, []string{"signed"}, nil, false, false)
		if !strings.HasPrefix(got, want+"; both about signed") {
			t.Errorf("%s: %q", stance, got)
		}
	}
	if got := explainMatch(match.Result{}, []string{"signed"}, nil, false, false); strings.Contains(got, "same statement") {
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

// A related word is named with the claim's word it met ("decided ~ decision"), and a verb
// of several words is shown as its words (invented sentences).
func TestExplainNamesRelatedWords(t *testing.T) {
	ref := match.NewFeatures("The harbour commissioner decided to cancel the ferry contract", nil)
	cand := match.NewFeatures("The harbour commissioner made a decision to cancel the ferry contract", nil)
	ix := match.NewIndex([]match.Features{ref, cand, match.NewFeatures("The harbour board praised the ferry contract", nil)})
	r := ix.Compare(ref, cand)
	got := explainMatch(r, termWords(cand.Text, r.SharedTerms), relatedWords(r, ref, cand), false, false)
	if !strings.Contains(got, "in other words: decided ~ decision") {
		t.Errorf("explanation %q does not name decided ~ decision", got)
	}
	match.PhrasalReading = true // off as shipped (r14frame)
	defer func() { match.PhrasalReading = false }()
	if got := termWords("Harbin Freight has taken the operator over", []string{"take over"}); strings.Join(got, ",") != "taken over" {
		t.Errorf("termWords of a verb of several words = %q", got)
	}
}
