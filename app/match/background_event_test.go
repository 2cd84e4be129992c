package match

import "testing"

// A sentence that tells another event and holds the claim's only as the event it happened
// in ("a cyclist died in the collapse of the footbridge") says something else about the
// claim's event: its toll, its injured. Sentences written for this test.
func TestClaimsEventOnlyAsTheCircumstanceOfAnother(t *testing.T) {
	ix := NewIndex(nil)
	ref := NewFeatures("when the old footbridge over the Lesk collapsed on Sunday night", nil)
	score := func(cand string) float64 { return ix.Compare(ref, NewFeatures(cand, nil)).Score }
	without := func(cand string) float64 {
		Ablation.Background = true
		defer func() { Ablation.Background = false }()
		return score(cand)
	}
	for _, cand := range []string{
		"A cyclist died in the collapse of the old footbridge over the Lesk on Sunday night.",
		"Two anglers were injured in the collapse of the old footbridge on Sunday night.",
		"Both were hurt during the collapse of the footbridge on Sunday night, the council said.",
	} {
		if s := score(cand); s >= 0.27 {
			t.Errorf("%q: %.3f, want under 0.27 (another event; the claim's only the event it happened in)", cand, s)
		}
		if s := without(cand); s < 0.27 {
			t.Errorf("%q without the reading: %.3f, want 0.27 or more (the test would prove nothing)", cand, s)
		}
	}
	// the claim told in the main clause, or in a clause of its own, is not judged
	for _, cand := range []string{
		"The old footbridge over the Lesk collapsed on Sunday night, the council said.",
		"The old footbridge collapsed on Sunday night after the river rose.",
		"The footbridge collapsed and a cyclist died in the river on Sunday night.",
		"A cyclist was killed when the old footbridge over the Lesk collapsed on Sunday night.",
		"Both were hurt, a day after the old footbridge over the Lesk collapsed.",
	} {
		if s, w := score(cand), without(cand); s < 0.27 || s != w {
			t.Errorf("%q: %.3f (%.3f without the reading), want 0.27 or more and unchanged", cand, s, w)
		}
	}
}
