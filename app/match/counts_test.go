package match

import "testing"

// scoreOf scores cand against ref as a claim marked in an article (the event gates on).
func scoreOf(ref, cand string) Result {
	return NewIndex(nil).Compare(NewFeatures(ref, nil), NewFeatures(cand, nil))
}

// A sentence that counts what the claim counts (the people trapped, missing, on board) for
// the same event, with another value, states the claim with another figure: the analyst
// must see it, with the figures' conflict. Sentences written for this test.
func TestSameCountToldWithAnotherFigure(t *testing.T) {
	ref := "Thirty fishermen were missing at sea after the storm off Kellby on Monday"
	for _, cand := range []string{
		"Forty-one men had gone out in the trawlers from the Kellby harbour on Monday before the wind turned, according to the harbour master.",
		"The fishermen's cooperative says 41 men were at sea, including six deckhands.",
		"Harbour officials now count 26 fishermen unaccounted for off Kellby.",
	} {
		if r := scoreOf(ref, cand); r.Score < 0.29 {
			t.Errorf("%q: %.3f (other figure %v), want 0.29 or more", cand, r.Score, r.OtherFigure)
		}
	}
	for _, cand := range []string{
		"Twenty-six rescuers were injured when a lifeboat capsized off Kellby on Monday.", // another event: its own count
		"About 4,000 people live in Kellby, most of them from fishing.",                   // another count, far from the claim's
		"Two of the thirty fishermen were brothers from the harbour.",                     // a part of the count
		"The storm sank 12 trawlers off Kellby on Monday.",                                // another kind of thing counted
	} {
		if r := scoreOf(ref, cand); r.OtherFigure {
			t.Errorf("%q: read as the claim's count with another figure (%.3f)", cand, r.Score)
		}
	}
}

// A question states nothing ("How many are missing?"): it is no mention of a claim, though
// it has the claim's words; it stays among the weaker matches (a score above 0).
func TestQuestionStatesNothing(t *testing.T) {
	ref := "Thirty fishermen were missing at sea after the storm off Kellby on Monday"
	for _, cand := range []string{
		"How many fishermen are missing?",
		"Were the fishermen missing at sea warned of the storm off Kellby?",
	} {
		r := scoreOf(ref, cand)
		if r.Score >= 0.27 || r.Score == 0 || !r.Question {
			t.Errorf("%q: %.3f (question %v), want over 0 and under 0.27, read as a question", cand, r.Score, r.Question)
		}
		Ablation.Question = true
		w := scoreOf(ref, cand).Score
		Ablation.Question = false
		if w < 0.27 {
			t.Errorf("%q: %.3f without the reading; the test proves nothing", cand, w)
		}
	}
	// the claim itself a question, or a statement that quotes one, is not judged so
	if r := scoreOf("Who ordered the trawlers out in the storm?", "Who ordered the trawlers out in the storm off Kellby?"); r.Question {
		t.Errorf("a question against a question claim read as a question (%.3f)", r.Score)
	}
	if r := scoreOf(ref, "Thirty fishermen were missing at sea off Kellby on Monday, the coastguard asked: where were the warnings?"); r.Score < 0.27 {
		t.Errorf("a statement ending in a quoted question: %.3f, want 0.27 or more", r.Score)
	}
}

// A sentence whose subject is others touched by the event (the relatives of those it counts,
// their rescuers) is about them, not a mention of the count. Sentences written for this test.
func TestOthersAffectedAreNoMentionOfTheCount(t *testing.T) {
	ref := "Thirty fishermen were missing at sea after the storm off Kellby on Monday"
	checkReading(t, ref, &Ablation.Others, []string{
		"Families of the fishermen missing at sea after the storm off Kellby waited on the quay on Monday.",
		"Relatives of the thirty fishermen missing at sea gathered at the Kellby chapel on Monday.",
	}, []string{
		"Thirty fishermen were missing at sea off Kellby on Monday, their families said.",
	})
}

// The figures of one count in two words are shown side by side: "Thirty fishermen" against
// "41 men" differ (the contradiction the analyst must see); "Two miners died" and "left two
// dead" agree (the casualties of one trade).
func TestOneCountInTwoWordsIsCompared(t *testing.T) {
	for _, c := range []struct {
		ref, cand string
		agree     bool
	}{
		{"Thirty fishermen were missing at sea", "The cooperative says 41 men were at sea.", false},
		{"Two miners died in the blast", "the blast that left two dead at the pit", true},
	} {
		r := scoreOf(c.ref, c.cand)
		if len(r.Figures) != 1 || r.Figures[0].Compatible != c.agree {
			t.Errorf("%q / %q: figures %+v, want one pair, agreeing %v", c.ref, c.cand, r.Figures, c.agree)
		}
	}
}
