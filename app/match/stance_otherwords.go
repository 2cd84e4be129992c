package match

// Readings of a mention that opposes its claim in other words than a negation of the
// claim's own: a view not shared, a
// verdict that it cannot be done, a kind ruled out, a thing still going on against its end.
// ReadStance (stance.go) asks them in turn.

import (
	"regexp"
	"strings"
)

// beWords are the forms of "be" before a negated kind.
var beWords = wordSet(`is was were are be been being s`)

// negatedKind reports a main clause that says what something is not, by a noun of another
// kind than the claim's ("This was not an accident", "It was no coincidence"): it rules out
// another account, it does not deny this one.
func negatedKind(text string) bool {
	sw := clauseWords(text)
	for i := 1; i+1 < len(sw); i++ {
		w := sw[i].w
		if !beWords[sw[i-1].w] || subordinate(sw, i) {
			continue
		}
		if (w == "not" || w == "never") && (sw[i+1].w == "a" || sw[i+1].w == "an") || w == "no" && !notNegating[sw[i+1].w] {
			return true
		}
	}
	return false
}

// disagreeCue: words that say a view is not shared, without saying what is held instead.
var disagreeCue = regexp.MustCompile(`(?i)\b(?:sees? (?:it|things|this|that|the matter) differently|disagree(?:s|d)?|(?:says?|said|maintains?|insists?|argues?) (?:the )?(?:opposite|otherwise)|takes? (?:a )?different view|takes? issue with)\b`)

// impossibleCue: a verdict that something cannot be reached, not followed by "to" ("it is
// impossible to say" is silence, not a verdict). Read on the main clauses, lower-cased.
var impossibleCue = regexp.MustCompile(`\b(?:out of reach|unrealistic|unattainable|unachievable|impossible|a pipe dream|wishful thinking)\b(?:\s*$|\s+(?:[^t]|t[^o]|to\w))`)

// disagreeWords: a negation before one is no denial ("does not disagree")
var disagreeWords = wordSet(`disagree disagrees disagreed differently`)

// disagreement returns a cue of disagreement in text that no negation turns ("does not
// disagree").
func disagreement(text string) string {
	loc := disagreeCue.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	before := Words(text[:loc[0]])
	for j := max(0, len(before)-2); j < len(before); j++ {
		if negations[before[j]] || before[j] == "t" || strings.HasSuffix(before[j], "n't") {
			return ""
		}
	}
	return text[loc[0]:loc[1]]
}

// endWords say that something stopped ("the fire was extinguished", "the strike ended");
// persistWords that it goes on ("still", "kept", "continued").
var (
	endWords     = wordSet(`extinguished doused ended ceased finished`)
	endPhrases   = regexp.MustCompile(`(?i)\bput (?:\w+ )?out\b|\bcalled off\b`)
	persistWords = wordSet(`still continued continues continuing kept`)
	// notGoingOn end in -ing but tell no process: "still missing", "still pending"
	notGoingOn = wordSet(`missing lacking pending outstanding remaining nothing something anything during`)
)

// persistsAgainstEnd reports a mention that says, in its main clause and without negation,
// that something was still going on, against a statement that it ended; a mention that tells
// the end itself ("still burning until it was put out") agrees.
func persistsAgainstEnd(statement, mention string) string {
	ended := endPhrases.MatchString(statement)
	for _, w := range Words(mainClauses(statement)) {
		ended = ended || endWords[w]
	}
	if !ended || endPhrases.MatchString(mention) || mainNegation(mention) != "" {
		return ""
	}
	for _, w := range Words(mention) {
		if endWords[w] {
			return ""
		}
	}
	// the going-on itself follows: "still burning", "kept pouring", "continued to burn"
	// ("still missing" says something else: what is lacking, not what goes on)
	ws := Words(mainClauses(mention))
	for i, w := range ws {
		if !persistWords[w] {
			continue
		}
		for _, n := range ws[i+1 : min(len(ws), i+3)] {
			if strings.HasSuffix(n, "ing") && !notGoingOn[n] || n == "to" && w != "still" {
				return w
			}
		}
	}
	return ""
}

// refusalCue: a mention that only refuses what was said before it, its object a pronoun
// that closes it ("The company denies that.", "the government disputes it", "She does not
// accept this"). Lower-cased.
var refusalCue = regexp.MustCompile(`(?:^|\s)((?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|refut(?:e|es|ed|ing)|(?:does|do|did|would|will|can|could)\s*(?:not|n't)\s+(?:accept|believe|buy))\s+(?:it|that|this|them|these|those|so)|call(?:s|ed|ing)?\s+(?:it|that|this|them|these|those)\s+(?:an?\s+)?(?:(?:outright|complete|sheer|plain|blatant)\s+)?(?:lie|lies|false|untrue|nonsense|fabrication|fabricated|baseless|groundless|unfounded))\s*[.!;,"”]?\s*$`)

// refusal returns the words of a mention that only refuses what came before it, "" for
// any other mention and for a refusal under a negation ("did not deny it", "never
// disputed that").
func refusal(mention string) string {
	low := strings.ToLower(mention)
	m := refusalCue.FindStringSubmatchIndex(low)
	if m == nil {
		return ""
	}
	before := Words(low[:m[2]])
	for j := max(0, len(before)-2); j < len(before); j++ {
		if negations[before[j]] || before[j] == "t" || strings.HasSuffix(before[j], "n't") {
			return ""
		}
	}
	return low[m[2]:m[3]]
}

// ReadStanceInText reads the stance of the mention at [start, end) of an article's text
// (code points) toward its claim's statement, as ReadStance reads its words; a mention
// that only refuses what was said before it ("The operator denies that.") is read by what
// it refuses, the words before it in its sentence or else the sentence before: refusing
// what asserts the statement denies it, refusing what denies it asserts it.
func ReadStanceInText(statement, text string, start, end int) (stance, cue string) {
	rs := []rune(text)
	if start < 0 || end > len(rs) || start >= end {
		return StanceAsserts, ""
	}
	mention := string(rs[start:end])
	cue = refusal(mention)
	if cue == "" || refusal(statement) != "" {
		stance, cue = ReadStance(statement, mention)
		if stance == StanceAsserts {
			stance, cue = readAround(statement, rs, start, end)
		}
		if stance == StanceAsserts {
			if c := disputedByWhatFollows(statement, rs, start, end); c != "" {
				return StanceDenies, c // "Farmers say otherwise. It was still burning at noon."
			}
		}
		return stance, cue
	}
	refused := ""
	sents := Sentences(text)
	for i, sn := range sents {
		if sn.Start <= start && start < sn.End {
			refused = strings.TrimSpace(string(rs[sn.Start:start]))
			if Words(refused) == nil && i > 0 {
				refused = string(rs[sents[i-1].Start:sents[i-1].End])
			}
			break
		}
	}
	if Words(refused) == nil {
		return ReadStance(statement, mention)
	}
	switch s, _ := ReadStance(statement, refused); s {
	case StanceAsserts:
		return StanceDenies, cue
	case StanceDenies:
		return StanceAsserts, cue
	}
	return ReadStance(statement, mention)
}

// readAround reads what the words around a mention the analyst marked without them say of
// it: the frame its sentence opens it with, when the mention is that frame's "that" or
// "whether" clause or the report it tells ("AFP could not verify the claim that <mention>", "Word
// in the town is that <mention>", "could not verify <the claim that ...>"), and the sentence right after it, when that says the report could not be
// confirmed ("<mention>. Reuters could not independently confirm the report."). Else
// "asserts".
func readAround(statement string, rs []rune, start, end int) (stance, cue string) {
	text := string(rs)
	sents := Sentences(text)
	for i, sn := range sents {
		if sn.Start > start || start >= sn.End {
			continue
		}
		frame := string(rs[sn.Start:start])
		if ws := Words(frame); len(ws) > 1 && (ws[len(ws)-1] == "that" || ws[len(ws)-1] == "whether" || opensWithReport(string(rs[start:end]))) {
			if s, c := ReadStance(statement, frame+string(rs[start:end])); s != StanceAsserts && !deniesAnotherReport(s, statement, frame+string(rs[start:end])) {
				return s, c
			}
		}
		// the mention ends its sentence (or only its attribution follows: "<mention>, the
		// agency reported."), and the next one refers back to it
		if i+1 < len(sents) && end <= sn.End && (Words(string(rs[end:sn.End])) == nil || onlyAttribution(string(rs[end:sn.End]))) {
			next := string(rs[sents[i+1].Start:sents[i+1].End])
			// not a claim the next sentence goes on to tell ("... could not verify the
			// claim that 40 ships were held"), nor one in the next paragraph
			if c := unconfirmedBackRe.FindString(next); c != "" && !strings.HasPrefix(strings.TrimSpace(next[len(c):]), "that ") &&
				!strings.ContainsRune(string(rs[sn.End:sents[i+1].Start]), '\n') {
				return StanceUnconfirmed, c
			}
		}
		break
	}
	return StanceAsserts, ""
}

// onlyAttribution says whether the rest of a sentence after a statement is its
// attribution alone: a comma, then a clause with a reporting verb and no "that" opening
// another statement (", the Tasnim agency reported, citing an official.").
func onlyAttribution(rest string) bool {
	if !strings.HasPrefix(strings.TrimSpace(rest), ",") {
		return false
	}
	verb := false
	for _, w := range Words(rest) {
		if w == "that" {
			return false
		}
		verb = verb || attributiveVerbs[w]
	}
	return verb
}

// opensWithReport says whether a mention opens with the report it tells ("the claim
// that", "reports of"): the object of a frame before it ("could not verify the claim that").
func opensWithReport(mention string) bool {
	ws := Words(mention)
	if len(ws) > 0 && articleWords[ws[0]] {
		ws = ws[1:]
	}
	return len(ws) > 1 && reportNouns[ws[0]] && (ws[1] == "that" || ws[1] == "of")
}

// unconfirmedBackRe: a sentence that says the report before it could not be confirmed:
// "Reuters could not independently confirm the report", "The claim could not be verified".
var unconfirmedBackRe = regexp.MustCompile(`(?i)^\W*(?:[\w'’-]+ ){0,4}(?:could not|couldn't|was unable to|were unable to|cannot|can't|has not been able to|have not been able to|did not)(?: immediately)?(?: independently)? (?:verify|confirm)(?: independently)? (?:the|this|that|these|those|its|their|such)? ?(?:reports?|claims?|accounts?|figures?|toll|numbers?|video|footage|statements?|it|this|them)\b|^\W*(?:the|this|that|these|those|such|its|their) (?:reports?|claims?|accounts?|figures?|toll|numbers?|video|footage) (?:could not|cannot|can't|has not|have not|had not) (?:be |been )?(?:independently )?(?:verified|confirmed)\b`)
