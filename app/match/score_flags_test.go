package match

import (
	"math"
	"testing"
)

// Result's factor flags (SameNumber, FigureClash, OtherEvent, OtherMain, OtherPeople) are
// what the weight-fitting harness (app/match_weights_test.go) reads: each must say
// exactly which hand-set number went into the score, so that the score rebuilt from
// lexical, coverage and the flags is the score. Sentences written for this test.
func TestResultFlagsRebuildTheScore(t *testing.T) {
	ix := NewIndex(nil)
	pairs := []struct {
		ref, cand     string
		number, clash bool // SameNumber, FigureClash expected
	}{
		{"The coach was carrying 38 people", "Police said the coach carried 38 people", true, false},
		{"Coastguards rescued 62 people", "Coastguards said 14 people died", false, true},
		{"The minister opened the new bridge on Monday", "The new bridge closed after the minister left", false, false},
		{"Farmers blocked the highway with tractors", "Farmers said the highway was blocked by police", false, false},
	}
	for _, p := range pairs {
		r := ix.Compare(NewFeatures(p.ref, nil), NewFeatures(p.cand, nil))
		if r.SameNumber != p.number || r.FigureClash != p.clash {
			t.Errorf("%q / %q: same number %v, figure clash %v; want %v, %v", p.ref, p.cand, r.SameNumber, r.FigureClash, p.number, p.clash)
		}
		if r.RoleConflict != "" || r.Opposed != "" {
			continue // the score is then set, not multiplied
		}
		want := 0.5*r.Lexical + 0.5*r.Coverage
		if r.SameNumber {
			want += SameNumberBonus
		}
		for _, f := range []struct {
			on     bool
			factor float64
		}{{r.FigureClash, 0.75}, {r.OtherEvent, NoSharedEventFactor}, {r.OtherMain, OtherMainFactor}, {r.OtherPeople, OtherPeopleFactor}} {
			if f.on {
				want *= f.factor
			}
		}
		if want = math.Min(1, want); math.Abs(want-r.Score) > 1e-9 {
			t.Errorf("%q / %q: score %.4f, rebuilt from its flags %.4f (%+v)", p.ref, p.cand, r.Score, want, r)
		}
	}
}
