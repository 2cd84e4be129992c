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
	doubtCue       = regexp.MustCompile(`(?i)\b(?:it (?:is|was|remains|remained) (?:unclear|not clear|uncertain) (?:whether|if|how|when)|unclear (?:whether|if)|(?:cast|casts|casting|raised|raises) doubts?|doubt(?:s|ed|ing)? (?:that|whether|the)|question(?:s|ed|ing)? (?:whether|the accuracy|the figure|the claim)|sceptic(?:al|ism)|skeptic(?:al|ism))\b`)
	denialCue      = regexp.MustCompile(`(?i)\b(?:den(?:y|ies|ied|ying)|rejected|rejects|dismissed|dismisses|refuted|refutes|rebuffed)\b|\b(?:is|was|are|were) (?:not true|untrue|false|baseless|groundless|fabricated)\b|\b(?:no|never|not|n't)\b`)
)

// ReadStance suggests the stance of a mention (its text as marked) toward its claim's
// statement, with the words it rests on: "unconfirmed" ("could not be independently
// verified"), "doubts" ("it is unclear whether"), "denies" ("denied",
// "rejected reports that", "no deal was reached", a negation), else "asserts". A cue the
// statement itself carries says nothing: "No deal was reached" asserts the claim "no
// deal was reached", and "not" in both is agreement.
func ReadStance(statement, mention string) (stance, cue string) {
	for _, c := range []struct {
		re     *regexp.Regexp
		stance string
	}{{unconfirmedCue, StanceUnconfirmed}, {doubtCue, StanceDoubts}} {
		if m := c.re.FindString(mention); m != "" && !c.re.MatchString(statement) {
			return c.stance, m
		}
	}
	if m := denialCue.FindString(mention); m != "" && !denialCue.MatchString(statement) {
		return StanceDenies, m
	}
	return StanceAsserts, ""
}
