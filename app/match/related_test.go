package match

import (
	"slices"
	"testing"
)

// TestRelatedWords: the WordNet table links a verb and its noun ("decided" /
// "decision") and synonyms ("mended" / "repaired"; "flooded" / "inundated" are one event class now) both ways, and no word to itself.
// (Words whose stems meet already, "resigned" / "resignation", need no link.)
func TestRelatedWords(t *testing.T) {
	for _, p := range [][2]string{{"decide", "decision"}, {"repair", "mend"}, {"announce", "declare"}} {
		a, b := TermOf(p[0]), TermOf(p[1])
		if !slices.Contains(related(a), b) || !slices.Contains(related(b), a) {
			t.Errorf("%s and %s are not related: %v / %v", p[0], p[1], related(a), related(b))
		}
		if slices.Contains(related(a), a) {
			t.Errorf("%s is related to itself", p[0])
		}
	}
	if len(related("zzzz")) != 0 {
		t.Error("an unknown word has related words")
	}
}

// TestRelatedWordsScore: a sentence that tells the same with a word's noun scores
// higher with the related words than without, less than with the word itself, and the
// shared words name the candidate's word (invented sentences).
func TestRelatedWordsScore(t *testing.T) {
	ref := NewFeatures("The harbour commissioner decided to cancel the ferry contract", nil)
	noun := NewFeatures("The harbour commissioner made a decision to cancel the ferry contract", nil)
	same := NewFeatures("The harbour commissioner decided on Tuesday to cancel the ferry contract", nil)
	other := NewFeatures("The harbour commissioner praised the ferry contract", nil)
	ix := NewIndex([]Features{ref, noun, same, other})
	with := ix.Compare(ref, noun)
	old := RelatedWeight
	RelatedWeight = 0
	without := ix.Compare(ref, noun)
	RelatedWeight = old
	if with.Score <= without.Score {
		t.Errorf("decision for decided: %.3f with related words, %.3f without", with.Score, without.Score)
	}
	if exact := ix.Compare(ref, same); with.Score >= exact.Score {
		t.Errorf("a related word (%.3f) counts as much as the word itself (%.3f)", with.Score, exact.Score)
	}
	if !slices.Contains(with.SharedTerms, TermOf("decision")) {
		t.Errorf("shared terms %v lack the candidate's decision", with.SharedTerms)
	}
	if o := ix.Compare(ref, other); o.Score >= with.Score {
		t.Errorf("praised (%.3f) scores as high as decision (%.3f)", o.Score, with.Score)
	}
}
