package suggest

import (
	"slices"
	"testing"
)

// Beam decoding finds the better whole reading where greedy decoding commits
// too early: with these weights "Alpha" alone leans organisation (2 against
// 1), but after a person's first word "Beta" is the rest of the name (+10), so
// "Alpha Beta" as a person scores 11 and "Alpha" as an organisation 3.
func TestBeamFindsTheBetterReading(t *testing.T) {
	runes := []rune("Alpha Beta said.")
	toks := tagTokens(runes)
	d := prepare(runes, toks, nil, nil, nil)
	only := func(i int) uint64 { // a feature of token i that token 1-i lacks
		for _, f := range d.featuresAt(i) {
			if !slices.Contains(d.featuresAt(1-i), f) {
				return uint64(f)
			}
		}
		t.Fatalf("token %d has no feature of its own", i)
		return 0
	}
	m := &Model{index: newFeatureTable(8), scale: 1}
	var alpha, afterPer, afterOrg [nLabels]int16
	alpha[lBOrg], alpha[lBPer] = 2, 1
	afterPer[lBPer+1] = 10
	afterOrg[lO] = 1
	m.index.put(only(0), alpha)
	m.index.put(uint64(feat(fPrevTagWord).b(byte(lBPer)).s("beta")), afterPer)
	m.index.put(uint64(feat(fPrevTagWord).b(byte(lBOrg)).s("beta")), afterOrg)

	greedy, _ := decode(d, m, nil)
	if greedy[0] != lBOrg || greedy[1] != lO {
		t.Fatalf("greedy labels %v: the test's weights should mislead it", greedy)
	}
	for _, width := range []int{2, 4} {
		labels, margins := decodeBeam(d, m, nil, width)
		if labels[0] != lBPer || labels[1] != lBPer+1 || labels[2] != lO {
			t.Fatalf("width %d: labels %v, want person over two words", width, labels)
		}
		if margins[0] != -1 || margins[1] != 10 {
			t.Fatalf("width %d: margins %v, want -1 (organisation led by one) and 10", width, margins)
		}
	}
	if got, _ := decodeBeam(d, m, nil, 1); got[0] != lBOrg {
		t.Fatalf("width 1 keeps one reading: %v", got)
	}
}
