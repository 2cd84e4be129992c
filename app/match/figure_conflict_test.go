package match

import "testing"

// One kind of thing counted differently in one kind of event is one claim that
// disagrees with itself (the contradiction finder reports it), not two claims: no
// discount, and a close count is evidence; the discount for disagreeing figures is kept for counts of unknown units and for other
// events. Sentences written for this test.
func TestSameCountDisagreeingIsOneClaim(t *testing.T) {
	ix := NewIndex(nil)
	ref := NewFeatures("The coach was carrying 38 people", nil)
	cand := NewFeatures("Witnesses said more than 50 people had been on the coach", nil)
	if !sameCount(ref.Figures, cand.Figures) {
		t.Fatalf("38 people / more than 50 people: not one count: %+v %+v", ref.Figures, cand.Figures)
	}
	r := ix.Compare(ref, cand)
	if len(r.Figures) != 1 || r.Figures[0].Compatible {
		t.Fatalf("figures: %+v, want one conflict", r.Figures)
	}
	// no discount; and a count within a factor of two of the other is one tally told
	// twice: as much evidence as one number (SameNumberBonus)
	bare := ix.Compare(NewFeatures("The coach was carrying people", nil),
		NewFeatures("Witnesses said people had been on the coach", nil))
	if diff := r.Score - bare.Score - SameNumberBonus; diff < -1e-9 || diff > 1e-9 {
		t.Errorf("disagreeing counts of people score %.3f, without figures %.3f: want %.2f more", r.Score, bare.Score, SameNumberBonus)
	}
	// a count far from the other (a part, another group) adds nothing, takes nothing
	far := ix.Compare(ref, NewFeatures("Witnesses said more than 200 people had been on the coach", nil))
	if diff := far.Score - bare.Score; diff < -1e-9 || diff > 1e-9 {
		t.Errorf("38 against more than 200 people score %.3f, without figures %.3f: want the same", far.Score, bare.Score)
	}
	// an unknown unit says too little: the discount stays
	ref2 := NewFeatures("The coach was carrying 38", nil)
	cand2 := NewFeatures("Witnesses said more than 50 had been on the coach", nil)
	if sameCount(ref2.Figures, cand2.Figures) {
		t.Error("counts of unknown things read as one count")
	}
	// another event: the discount stays ("62 people rescued" / "14 people dead")
	rescued := NewFeatures("Coastguards rescued 62 people", nil)
	dead := NewFeatures("Coastguards said 14 people died", nil)
	if ix.sameCountOfEvent(rescued, dead) {
		t.Error("the rescued and the dead read as one count of one event")
	}
	same := NewFeatures("Coastguards rescued 70 people", nil)
	if !ix.sameCountOfEvent(rescued, same) {
		t.Error("62 and 70 people rescued: not one count of one event")
	}
}
