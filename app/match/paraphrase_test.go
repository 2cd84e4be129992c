package match

import (
	"slices"
	"testing"
)

// TestParaphraseTable: a pair of the table is read both ways, by the terms the matcher
// compares, with its score; a cell that is not a number is skipped, and stop words are
// left out (invented table).
func TestParaphraseTable(t *testing.T) {
	got := readParaphrases("# a comment\nharbour\tport 2.83 quay x\nwarehouse\tdepot 3.36 the 4.00\n")
	if got[TermOf("harbour")][TermOf("port")] != 2.83 || got[TermOf("port")][TermOf("harbour")] != 2.83 {
		t.Errorf("harbour/port not read both ways at 2.83: %v", got)
	}
	if _, ok := got[TermOf("harbour")][TermOf("quay")]; ok {
		t.Error("a pair without a numeric score was read")
	}
	if _, ok := got[TermOf("warehouse")]["the"]; ok {
		t.Error("a stop word was paired")
	}
	if len(paraphrases("zzzz")) != 0 {
		t.Error("an unknown word has paraphrases")
	}
	// the shipped table pairs some everyday news words
	if _, ok := paraphrases(TermOf("cargo"))[TermOf("freight")]; !ok {
		t.Errorf("cargo/freight missing from the shipped table: %v", paraphrases(TermOf("cargo")))
	}
}

// TestParaphraseScore: a sentence that tells the same with a paraphrase scores higher
// with the table than without and less than with the word itself; the shared terms name
// the candidate's word; a weight of 0 leaves the table out (invented sentences).
func TestParaphraseScore(t *testing.T) {
	ref := NewFeatures("Customs officers sealed the grain cargo near the port on Tuesday", nil)
	para := NewFeatures("Customs officers sealed the grain freight near the port on Tuesday", nil)
	same := NewFeatures("On Tuesday customs officers sealed the grain cargo near the port", nil)
	other := NewFeatures("Customs officers praised the grain traders near the port on Tuesday", nil)
	ix := NewIndex([]Features{ref, para, same, other})
	old := ParaphraseWeight
	defer func() { ParaphraseWeight = old }()
	ParaphraseWeight = 0.3
	with := ix.Compare(ref, para)
	ParaphraseWeight = 0
	without := ix.Compare(ref, para)
	ParaphraseWeight = 0.3
	if with.Score <= without.Score {
		t.Errorf("freight for cargo: %.3f with the table, %.3f without", with.Score, without.Score)
	}
	if exact := ix.Compare(ref, same); with.Score >= exact.Score {
		t.Errorf("a paraphrase (%.3f) counts as much as the word itself (%.3f)", with.Score, exact.Score)
	}
	if !slices.Contains(with.SharedTerms, TermOf("freight")) {
		t.Errorf("shared terms %v lack the candidate's freight", with.SharedTerms)
	}
	if o := ix.Compare(ref, other); o.Score >= with.Score {
		t.Errorf("praised (%.3f) scores as high as freight (%.3f)", o.Score, with.Score)
	}
}
