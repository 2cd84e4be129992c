package match

import (
	"slices"
	"testing"
)

// withoutPhrasal runs fn with verbs of several words read word by word, as before r14frame.
func withoutPhrasal(fn func()) {
	old := Ablation.Phrasal
	Ablation.Phrasal = true
	defer func() { Ablation.Phrasal = old }()
	fn()
}

// TestPhrasalVerbReading: a verb of several words is read as one term whether its words
// stand together or around a short object, in any form of its first word; a particle that
// a determiner follows is a preposition and makes no phrase (invented sentences).
func TestPhrasalVerbReading(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"The chairman stepped down after the vote", "step down", true},
		{"The chairman steps down today", "step down", true},
		{"Crews put out the blaze by noon", "put out", true},
		{"Crews put the blaze out by noon", "put out", true},
		{"Crews put it out quickly", "put out", true},
		{"The ministry put out a statement", "put out", true}, // the same phrase, another sense: see TestPhrasalVerbOtherSense
		{"The guards put the crates on the quay", "put on", false},
		{"She put the money in the safe", "put in", false},
		{"He took the bus to the port and got off", "take off", false},
		{"The group took over the port operator", "take over", true},
		{"The group has taken the small port operator over", "take over", false}, // four words between: too long an object
	} {
		got := slices.Contains(CanonTerms(c.text), c.term)
		if got != c.want {
			t.Errorf("%q: %q read %v, want %v (terms %v)", c.text, c.term, got, c.want, CanonTerms(c.text))
		}
	}
	// the lexicon's own phrase and event words come first: "called off" is v:cancel, and
	// "shot down" a shooting (v:fire), not WordNet's "shoot down"
	if terms := CanonTerms("The organisers called the rally off"); !slices.Contains(terms, "v:cancel") {
		t.Errorf("called ... off: %v, want v:cancel", terms)
	}
	if terms := CanonTerms("Troops shot down a drone"); !slices.Contains(terms, "v:fire") {
		t.Errorf("shot down: %v, want v:fire", terms)
	}
	withoutPhrasal(func() {
		if terms := CanonTerms("The chairman stepped down after the vote"); slices.Contains(terms, "step down") {
			t.Errorf("read without phrases: %v", terms)
		}
	})
}

// TestPhrasalVerbClass: a verb of several words whose related words are in one event
// class of the lexicon counts as that class ("passed away" / "died"), so the participant
// gates apply to it as to the class's own words.
func TestPhrasalVerbClass(t *testing.T) {
	if terms := CanonTerms("The poet passed away at home"); !slices.Contains(terms, "v:die") {
		t.Errorf("passed away: %v, want v:die", terms)
	}
	ref := NewFeatures("The veteran harbour pilot Ilse Varga passed away on Sunday", nil)
	cand := NewFeatures("Ilse Varga, the veteran harbour pilot, died on Sunday", nil)
	other := NewFeatures("The harbour board praised its pilots", nil)
	ix := NewIndex([]Features{ref, cand, other})
	with := ix.Compare(ref, cand)
	var without Result
	withoutPhrasal(func() {
		ix := NewIndex([]Features{NewFeatures(ref.Text, nil), NewFeatures(cand.Text, nil), NewFeatures(other.Text, nil)})
		without = ix.Compare(NewFeatures(ref.Text, nil), NewFeatures(cand.Text, nil))
	})
	if !with.SharedEvent || with.Score <= without.Score {
		t.Errorf("passed away / died: %.3f shared event %v, read word by word %.3f", with.Score, with.SharedEvent, without.Score)
	}
}

// TestPhrasalVerbRelated: "stepped down" meets "resigned" through WordNet's related words,
// contiguous or split, and the result names the link in the claim's and the candidate's
// words (invented sentences).
func TestPhrasalVerbRelated(t *testing.T) {
	for _, text := range []string{
		"The port authority chairman Tomas Berg stepped down on Monday",
		"On Monday the port authority chairman Tomas Berg stepped quietly down", // split by an adverb
	} {
		ref := NewFeatures(text, nil)
		cand := NewFeatures("Tomas Berg resigned as chairman of the port authority on Monday", nil)
		other := NewFeatures("The port authority chairman Tomas Berg opened a terminal on Monday", nil)
		ix := NewIndex([]Features{ref, cand, other})
		with := ix.Compare(ref, cand)
		var without float64
		withoutPhrasal(func() {
			r, c, o := NewFeatures(ref.Text, nil), NewFeatures(cand.Text, nil), NewFeatures(other.Text, nil)
			without = NewIndex([]Features{r, c, o}).Compare(r, c).Score
		})
		if with.Score <= without {
			t.Errorf("%q / resigned: %.3f, read word by word %.3f", text, with.Score, without)
		}
		if o := ix.Compare(ref, other); o.Score >= with.Score {
			t.Errorf("%q: opened a terminal (%.3f) scores as high as resigned (%.3f)", text, o.Score, with.Score)
		}
		if len(with.Related) != 1 || ref.Written(with.Related[0].Claim) != "stepped down" || cand.Written(with.Related[0].Candidate) != "resigned" {
			t.Errorf("%q: related %+v, want stepped down ~ resigned", text, with.Related)
		}
	}
}

// TestPhrasalVerbOtherSense: WordNet's first senses of "put out" are "trouble" and
// "exert", not "publish" or "extinguish": a first-senses table reads "put out a statement"
// as the phrase and joins it to nothing it does not say, and neither does it join "put
// out the fire" to "extinguished" (the link is not among the first senses of either word).
func TestPhrasalVerbOtherSense(t *testing.T) {
	statement := NewFeatures("The fire brigade put out a statement on Friday", nil)
	fire := NewFeatures("The fire brigade put out the fire on Friday", nil)
	extinguished := NewFeatures("On Friday the fire brigade extinguished the fire", nil)
	published := NewFeatures("The fire brigade published a statement on Friday", nil)
	ix := NewIndex([]Features{statement, fire, extinguished, published})
	for _, c := range []struct {
		a, b Features
	}{{statement, extinguished}, {fire, extinguished}, {statement, published}} {
		if r := ix.Compare(c.a, c.b); len(r.Related) > 0 {
			t.Errorf("%q / %q: joined through %+v", c.a.Text, c.b.Text, r.Related)
		}
	}
}
