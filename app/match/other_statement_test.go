package match

import (
	"math"
	"testing"
)

// checkReading compares ref with each sentence with the reading on and off (off sets
// *off): each of lowered must fall under 0.27 with it and reach 0.27 without it (or the
// test proves nothing); each of kept must reach 0.27 and score the same either way.
func checkReading(t *testing.T, ref string, off *bool, lowered, kept []string) {
	t.Helper()
	ix, rf := NewIndex(nil), NewFeatures(ref, nil)
	score := func(cand string, on bool) float64 {
		*off = !on
		defer func() { *off = false }()
		return ix.Compare(rf, NewFeatures(cand, nil)).Score
	}
	for _, cand := range lowered {
		if s, w := score(cand, true), score(cand, false); s >= 0.27 || w < 0.27 {
			t.Errorf("%q against %q: %.3f (%.3f without the reading), want under 0.27 with it and 0.27 or more without", cand, ref, s, w)
		}
	}
	for _, cand := range kept {
		// "unchanged" up to the last bits: the score sums over maps, whose order differs run to run
		if s, w := score(cand, true), score(cand, false); s < 0.27 || math.Abs(s-w) > 1e-9 {
			t.Errorf("%q against %q: %.3f (%.3f without the reading), want 0.27 or more and unchanged", cand, ref, s, w)
		}
	}
}

// A sentence that tells another event and holds the claim's only as the event it happened
// in ("a cyclist died in the collapse of the footbridge") says something else about the
// claim's event: its toll, its injured. Sentences written for this test.
func TestClaimsEventOnlyAsTheCircumstanceOfAnother(t *testing.T) {
	checkReading(t, "when the old footbridge over the Lesk collapsed on Sunday night", &Ablation.Background, []string{
		"A cyclist died in the collapse of the old footbridge over the Lesk on Sunday night.",
		"Two anglers were injured in the collapse of the old footbridge on Sunday night.",
		"Both were hurt during the collapse of the footbridge on Sunday night, the council said.",
	}, []string{ // the claim told in the main clause, or in a clause of its own, is not judged
		"The old footbridge over the Lesk collapsed on Sunday night, the council said.",
		"The old footbridge collapsed on Sunday night after the river rose.",
		"The footbridge collapsed and a cyclist died in the river on Sunday night.",
		"A cyclist was killed when the old footbridge over the Lesk collapsed on Sunday night.",
		"Both were hurt, a day after the old footbridge over the Lesk collapsed.",
	})
}

// A sentence about some of those the claim counts ("Two of the five dead were children")
// says something else about them than the count. Sentences written for this test.
func TestPartOfWhatTheClaimCounts(t *testing.T) {
	checkReading(t, "Five people were killed", &Ablation.Part, []string{
		"Two of the five dead were children from the village, the mayor said.",
		"Three of the 5 people killed were miners.",
	}, []string{ // the count itself, with a part told after it, and a part of another whole
		"Five people were killed, two of them children.",
		"Five people died and eleven were hurt, three of them badly.",
	})
	// a part against "all of them" contradicts the claim: it stays a candidate
	checkReading(t, "All nine members of the board voted for the plan", &Ablation.Part, nil, []string{
		"Two of the nine members of the board voted against the plan",
	})
}
