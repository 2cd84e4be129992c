package match

import (
	"strings"

	"claimdesk/app/reading"
)

// CountScore is the score of a sentence that gives the claim's count with another value
// (otherFigureOfCount): over both thresholds, as DeniedScore is, so that the analyst sees
// the other outlet's figure and the conflict it makes. The uxwalk3 walk (docs/ux-walks.md,
// finding 11) did not see the union's "19 men were underground" for the ministry's "14
// miners were trapped": it shared two words with the claim, and the clash of the figures
// took a quarter off what little it scored.
const CountScore = 0.30

// otherFigureOfCount reports whether cand gives ref's count of people with another value:
// a figure of each that count people of one kind (reading.SameKind of their units: "14
// miners" and "19 men" both count people; shares, sums, lengths and durations of one unit
// are as often two things: "inflation at 31.4%" / "a rate of 29.25%") and disagree within a factor of two (one tally told twice,
// not a part or another group of it), in a sentence that tells no event ref does not tell
// (its own event has its own count: "26 rescuers were injured") and shares a word with ref
// besides the figures (the same event: its place, its day, what is counted).
func otherFigureOfCount(ref, cand Features) bool {
	if len(ref.Figures) == 0 || len(cand.Figures) == 0 || eventOfItsOwn(ref, cand) {
		return false
	}
	found := false
	for _, x := range ref.Figures {
		for _, y := range cand.Figures {
			if oneTallyTwoValues(x, y) {
				found = true
			} else if reading.CountsPeople(x.Unit) && SameThing(x, y) && Compatible(x, y) {
				// the claim's own value is there too: the other counts another group ("109
				// pulled from the water, more than 60 of them by Malaysian crews" / "saved 62")
				return false
			}
		}
	}
	return found && sharesWordBesidesFigures(ref, cand)
}

// oneTallyTwoValues: x and y count people of one kind, disagree, and lie within a factor of
// two of each other (their low ends).
func oneTallyTwoValues(x, y reading.Value) bool {
	if !countsPeople(x, y) || Compatible(x, y) || x.Low == nil || y.Low == nil || *x.Low <= 0 || *y.Low <= 0 {
		return false
	}
	r := *x.Low / *y.Low
	return r >= 0.5 && r <= 2
}

// countsPeople reports whether x and y both count people of one kind.
func countsPeople(x, y reading.Value) bool {
	return reading.CountsPeople(x.Unit) && reading.SameKind(x.Unit, y.Unit)
}

// sharesWordBesidesFigures reports whether cand has a term of ref that is not a word of
// one of their figures ("thirty", "41").
func sharesWordBesidesFigures(ref, cand Features) bool {
	figureTerms := map[string]bool{}
	for _, fs := range [][]reading.Value{ref.Figures, cand.Figures} {
		for _, v := range fs {
			for _, t := range Terms(v.Raw) {
				figureTerms[t] = true
			}
		}
	}
	for t := range ref.Terms {
		if _, ok := cand.Terms[t]; ok && !figureTerms[t] && !IsEventClass(t) {
			return true
		}
	}
	return false
}

// questionOpeners open a direct question ("How many …?", "Were they warned?").
var questionOpeners = wordSet(`how what who whom whose which when where why was were is are do does did has have had can could will would should shall may might`)

// isQuestion reports whether text is a question: it opens with a question word or an
// auxiliary and ends with a question mark ("How many people are trapped?"). A statement
// that ends on a quoted question ("…, she asked: where were the warnings?") is not one.
func isQuestion(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), `"'”’)]»`)
	if !strings.HasSuffix(t, "?") {
		return false
	}
	ws := Words(t)
	return len(ws) > 0 && questionOpeners[ws[0]]
}

// othersNouns name the people an event touches besides those it counts: "Relatives of the
// miners", "Families of the missing fishermen", "Rescuers of the crew".
var othersNouns = wordSet(`relatives families family friends parents wives husbands widows mothers fathers children colleagues neighbours neighbors lawyers rescuers`)

// aboutOthers reports whether cand's subject is others touched by what ref tells:
// "<relatives> of …" opening the sentence (after "the"), when ref does not name them.
func aboutOthers(ref, cand Features) bool {
	// the first words are read by hand: this runs for every pair a proposal compares
	first, rest, _ := strings.Cut(strings.TrimSpace(cand.Text), " ")
	if strings.EqualFold(first, "the") {
		first, rest, _ = strings.Cut(rest, " ")
	}
	if len(first) > 12 || !strings.HasPrefix(rest, "of ") || !othersNouns[strings.ToLower(first)] {
		return false
	}
	for _, w := range Words(ref.Text) {
		if w == strings.ToLower(first) {
			return false // the claim is about them
		}
	}
	return true
}

// countReadings applies this file's readings to a score Compare has made (the event gates
// on): a question or a sentence about others touched by the event is lowered by
// OtherStatementFactor (it stays a weaker match); the claim's count with another value is
// raised to CountScore unless another reading already put the sentence apart.
func countReadings(ref, cand Features, res *Result, score float64) float64 {
	if !Ablation.Question && isQuestion(cand.Text) && !isQuestion(ref.Text) {
		res.Question = true
		score *= OtherStatementFactor
	}
	if !Ablation.Others && aboutOthers(ref, cand) {
		res.Others = true
		score *= OtherStatementFactor
	}
	apart := res.Question || res.Others || res.Part || res.Circumstance || res.OtherPeople
	if !Ablation.OtherFigure && !apart && score < CountScore && otherFigureOfCount(ref, cand) {
		res.OtherFigure = true
		score = CountScore
	}
	return score
}

// anotherGroup reports whether every count of people the two give of one kind is more than
// ten times the other's: "Two Japanese men were rescued" is some of "62 people saved", or
// others, never the same tally told otherwise (a toll that grows, "about 120" to "more than
// 300", stays within that).
func anotherGroup(a, b []reading.Value) bool {
	seen := false
	for _, x := range a {
		for _, y := range b {
			if !countsPeople(x, y) || x.Low == nil || y.Low == nil || *x.Low <= 0 || *y.Low <= 0 {
				continue
			}
			if r := *x.Low / *y.Low; r >= 0.1 && r <= 10 {
				return false
			}
			seen = true
		}
	}
	return seen
}
