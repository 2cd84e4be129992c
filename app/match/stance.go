package match

import "regexp"

// The stances a claim mention takes toward its claim (claim_mentions.stance).
const (
	StanceAsserts     = "asserts"
	StanceDenies      = "denies"
	StanceDoubts      = "doubts"
	StanceUnconfirmed = "unconfirmed"
)

// Stances lists the vocabulary, in the order the UI offers it.
var Stances = []string{StanceAsserts, StanceDenies, StanceDoubts, StanceUnconfirmed}

// IsStance reports whether s is one of Stances.
func IsStance(s string) bool {
	for _, x := range Stances {
		if s == x {
			return true
		}
	}
	return false
}

// Opposed reports whether two stances contradict each other: one asserts what the other
// denies. Doubt and "unconfirmed" weaken a claim but do not contradict it.
func Opposed(a, b string) bool {
	return (a == StanceAsserts && b == StanceDenies) || (a == StanceDenies && b == StanceAsserts)
}

// Cues, checked in this order: a text that says a thing "could not be verified" is
// unconfirmed, not a denial, though it says "not".
var (
	unconfirmedCue = regexp.MustCompile(`(?i)\b(?:could not|couldn't|cannot|can't|was not able to|were not able to|unable to) (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)\b|\b(?:has|have|had) not been (?:independently )?(?:verified|confirmed)\b|\bunconfirmed\b|\bunverified\b|\bno (?:independent )?confirmation\b|\bnot (?:yet )?(?:independently )?(?:verified|confirmed)\b`)
	doubtCue       = regexp.MustCompile(`(?i)\b(?:it (?:is|was|remains|remained) (?:still )?(?:unclear|not clear|uncertain|not immediately clear) (?:whether|if|how|when)|(?:is|was|remains) (?:still )?(?:unclear|uncertain)|unclear (?:whether|if)|(?:cast|casts|casting|raised|raises) doubts?|doubt(?:s|ed|ing)? (?:that|whether)|question(?:s|ed|ing)? whether|(?:remains|remained|is|was) (?:still )?an open question|sceptic(?:al|ism)|skeptic(?:al|ism))\b`)
)

// denialWords deny what follows them ("denied that", "rejected reports that"), negations
// negate the words just after them ("never crossed", "no deal was reached", "has not
// been signed"), and verdicts deny what precedes them ("the claim ... is a fabrication").
var (
	denialWords  = wordSet(`deny denies denied denying reject rejects rejected rejecting dismiss dismissed dismisses refute refuted refutes rebuff rebuffed`)
	negations    = wordSet(`no not never nothing none neither nor cannot`)
	verdictWords = wordSet(`fabrication fabricated false untrue baseless groundless lie lies nonsense`)
	// objectNegations deny the verb just before them
	objectNegations = wordSet(`nothing none nobody`)
)

// ReadStance suggests the stance of a mention (its text as marked) toward its claim's
// statement, with the words it rests on: "unconfirmed" ("could not be independently
// verified"), "doubts" ("it is unclear whether"), "denies" (a denial verb or a negation
// that bears on the claim's own words: "denied that its vessels had crossed", "no final
// agreement had been reached", "never crossed", "the claim ... is a sheer fabrication"),
// else "asserts". A cue the statement itself carries says nothing: "No deal was reached"
// asserts the claim "no deal was reached", and a negation about something else in the
// sentence ("no injuries were reported") is not a denial of the claim.
func ReadStance(statement, mention string) (stance, cue string) {
	for _, c := range []struct {
		re     *regexp.Regexp
		stance string
	}{{unconfirmedCue, StanceUnconfirmed}, {doubtCue, StanceDoubts}} {
		if m := c.re.FindString(mention); m != "" && !c.re.MatchString(statement) {
			return c.stance, m
		}
	}
	if neg, _ := denial(statement, nil); neg != "" {
		return StanceAsserts, "" // a negative claim: its mentions say it the same way
	}
	if neg, c := denial(mention, termSet(statement)); neg != "" {
		return StanceDenies, c
	}
	return StanceAsserts, ""
}

// termSet is the claim's terms as the matcher compares them: stems, and the event class
// of a word in one ("concluded" bears on "signed": both tell an agreement's making).
func termSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range Terms(text) {
		out[t] = true
	}
	for _, t := range CanonTerms(text) {
		out[t] = true
	}
	return out
}

// denial finds a denial in text that bears on the claim's terms (any, when terms is nil):
// a denial verb with a claim term in the 14 words after it, a negation with one in the 5
// words after it, or a verdict word with one in the 14 words before it.
func denial(text string, terms map[string]bool) (string, string) {
	words := Words(text)
	bears := func(from, to int) bool {
		if terms == nil {
			return true
		}
		for _, w := range words[max(0, from):min(len(words), to)] {
			if !stopwords[w] && (terms[Stem(w)] || terms[TermOf(w)]) {
				return true
			}
		}
		return false
	}
	for i, w := range words {
		switch {
		case denialWords[w] && bears(i+1, i+15):
			return StanceDenies, w
		case (negations[w] || w == "t" && i > 0 && (words[i-1] == "didn" || words[i-1] == "hasn" || words[i-1] == "wasn" || words[i-1] == "isn")) && bears(i+1, i+6):
			return StanceDenies, w
		case verdictWords[w] && bears(i-14, i):
			return StanceDenies, w
		case objectNegations[w] && bears(i-3, i):
			return StanceDenies, w // "we have accepted nothing", "they signed none"
		}
	}
	return "", ""
}
