package match

import "strings"

// Most claims tell an event the lexicon has no class for ("The airline raised its fares",
// "Guards used tear gas", "The union accepted the offer"): r14deny2 and r14deny3 counted
// 38 of the dev stories' 105 denials and doubts missed so. What the lexicon's class gives
// the denied-statement reading (deniedStatement) is a word both sides tell the event by.
// Without one, the claim's own words serve: its predicate is the words it writes in lower
// case (names, figures, stop words and stance words left out), and a denial of it negates
// those words. A denial is read as one of the claim only when what it negates holds two
// of them ("has not raised its fares", not "has not raised its baggage allowance"), or
// negates the object outright ("we have accepted nothing"), and only the candidate's.
// Neither side may tell an event the lexicon knows: then it is about another event,
// which the lexicon's own reading judges.

// unknownEventDenied is deniedStatement for a claim (ref) that tells no event of the
// lexicon: StanceDenies when cand denies it, else "".
func (ix *Index) unknownEventDenied(ref, cand Features) string {
	if ref.Main != "" || cand.Main != "" || !cand.mayOppose {
		return ""
	}
	shared := predicateShared(ref, cand)
	if len(shared) == 0 || !ix.shareParticipant(ref, cand, "") {
		return ""
	}
	// only the candidate's denial: a claim that denies ("dismissed reports that the bank
	// was preparing ...") shares a word with too many sentences that merely say something
	// of the same bank, which the dev stories joined when it counted
	if denial(ref.Text, nil).cue != "" || !deniesPredicate(cand.Text, shared) || !aboutTheSame(ref, cand, "") {
		return ""
	}
	return StanceDenies
}

// predicateShared is the terms of the words ref writes in lower case (its predicate and
// objects: no names, figures, stop words or stance words) that cand holds too. Map
// lookups only: it runs before any stance is read.
func predicateShared(ref, cand Features) map[string]bool {
	var shared map[string]bool
	for _, w := range strings.Fields(ref.Text) {
		w = strings.Trim(w, ".,;:!?\"“”‘’'()")
		if w == "" || w != strings.ToLower(w) || len(w) < 3 || stopwords[w] || stanceWords[w] || isNumber(w) {
			continue
		}
		t := TermOf(w)
		if _, ok := cand.Terms[t]; ok {
			if shared == nil {
				shared = map[string]bool{}
			}
			shared[t] = true
		}
	}
	return shared
}

// deniesPredicate reports whether text denies the predicate whose terms are shared: a
// negation of the object right after one of them ("accepted nothing"), or a denial whose
// scope holds two of them ("denies dumping waste", "has not raised its fares"; one is
// often only the subject's noun: "No miner lit a single stick" against a claim about
// miners' blockade).
func deniesPredicate(text string, shared map[string]bool) bool {
	d := denial(text, shared)
	switch {
	case d.cue == "":
		return false
	case objectNegations[d.cue]:
		return true // "we have accepted nothing": the word before it is the claim's
	}
	n := 0
	for t := range d.scope {
		if shared[t] {
			n++
		}
	}
	return n >= 2
}
