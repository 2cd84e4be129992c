package match

import (
	"regexp"
	"strings"
)

// A sentence often states a claim and closes by saying who denies it: "..., a claim the
// operator rejected", "..., which the ministry denies", "..., something the union
// disputes", "..., a charge the company denied". The sentence then holds two mentions of
// the claim: the statement, and its denial. r14deny3 found two of the dev stories' denials
// so, never proposed (one sentence gave one proposal, the statement).

// trailingDenialCue is the closing part: "which" or "something" with a verb of denial
// proper (deny, dispute, contest, refute: "which the mayor had rejected" can be a lease),
// or a report noun ("a claim", "a charge", "an allegation") with those or a refusal verb,
// after a subject of a few words (an apposition between commas allowed), at the end of the
// sentence.
var trailingDenialCue = regexp.MustCompile(`(?i), ((?:(?:which|something)(?: that)? ([^;:]{1,80}?) (?:has |have |had |flatly |strongly |firmly )?(?:denies|denied|deny|disputes|disputed|dispute|contests|contested|contest|refutes|refuted|refute))|(?:an? (?:claim|charge|accusation|allegation|account|assertion|version|report|suggestion)(?: that| which)? ([^;:]{1,80}?) (?:has |have |had |flatly |strongly |firmly )?(?:denies|denied|deny|disputes|disputed|dispute|contests|contested|contest|refutes|refuted|refute|rejects|rejected|reject|dismisses|dismissed|dismiss)))[.!"”’']*\s*$`)

// TrailingDenial is the byte offset in text where a closing denial of what the sentence
// has just said begins ("a claim the owner rejected."), -1 when it has none. The denier is
// a subject of at most six words that is no negation ("which nobody disputes" agrees).
func TrailingDenial(text string) int {
	m := trailingDenialCue.FindStringSubmatchIndex(text)
	if m == nil {
		return -1
	}
	subject := ""
	for _, g := range []int{2, 3} {
		if m[2*g] >= 0 {
			subject = text[m[2*g]:m[2*g+1]]
		}
	}
	if strings.ContainsAny(subject, ",") {
		head, ok := appositionSubject(subject)
		if !ok {
			return -1
		}
		subject = head
	}
	words := Words(subject)
	if len(words) == 0 || len(words) > 6 {
		return -1
	}
	for _, w := range words {
		if negations[w] || w == "nobody" || w == "few" {
			return -1
		}
	}
	return m[2]
}
