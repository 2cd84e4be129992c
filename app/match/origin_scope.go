package match

import (
	"regexp"
	"strings"
	"unicode"
)

// How far an attribution reaches in its sentence. Most reach the whole sentence ("X
// happened, the ministry said"); some only what follows their verb: "in what the
// authorities said was sabotage" (a free relative), "..., accusing it of ramming a boat"
// (a participle whose speaker is the sentence's subject). A speaker's own description
// ("Shengelia, who visited the site on Friday, told reporters") is the outlet's, not the
// speaker's words. And "According to X, ..., Y said" makes X the root and Y its relay.

// participleVerbs report, after a comma, what the sentence's subject said with its act:
// "seized a tanker, accusing it of ramming a boat".
var participleVerbs = wordSet(`accusing saying claiming alleging insisting arguing warning adding describing calling`)

// participleAt reports whether word k is a participle of speech after a comma.
func (r *originReader) participleAt(words []speakerWord, k int) bool {
	return k > 0 && participleVerbs[strings.ToLower(words[k].text)] && strings.Contains(string(r.rs[words[k-1].end:words[k].start]), ",")
}

// subjectPhrase is the subject of the sentence [from, to) whose verb is word k: its words
// from the start (after a dateline) up to the first function word or lower-case past
// tense ("Iran's paramilitary Revolutionary Guard" in "DUBAI (AP) — Iran's paramilitary
// Revolutionary Guard on Tuesday seized ..."; "The Manufacturers Association of Nigeria"
// in "... of Nigeria criticized"); empty when none.
func (r *originReader) subjectPhrase(words []speakerWord, k, from, to int) [2]int {
	text := string(r.rs[from:to])
	start := from + len([]rune(text)) - len([]rune(withoutDateline(text)))
	b := 0
	for b < k && words[b].start < start {
		b++
	}
	e := b
	for e < k && e-b < 8 {
		w := words[e].text
		lw := strings.ToLower(w)
		name := (lw == "of" || lw == "for") && e+1 < k && unicode.IsUpper([]rune(words[e+1].text)[0])
		if e > b && (stopwords[lw] && !articleWords[lw] && !name || unicode.IsLower([]rune(w)[0]) && strings.HasSuffix(lw, "ed")) {
			break
		}
		if e > b && strings.ContainsAny(string(r.rs[words[e-1].end:words[e].start]), ",;:\"“”—") {
			break
		}
		e++
	}
	if e == b {
		return [2]int{}
	}
	return [2]int{words[b].start, words[e-1].end}
}

// freeRelative reports whether the speaker phrase [s, e) is "what <speaker>" ("in what
// the authorities said was sabotage"), and where the speaker starts after "what".
func (r *originReader) freeRelative(words []speakerWord, phrase [2]int) (int, bool) {
	i := wordIndexAt(words, phrase[0])
	for ; i >= 0 && i+1 < len(words) && words[i+1].end <= phrase[1]; i++ {
		if strings.ToLower(words[i].text) == "what" {
			return words[i+1].start, true
		}
	}
	return 0, false
}

// inScope keeps the attributions that reach the statement [focus, focusEnd): not one
// that reaches only forward when the statement starts before its verb, not one whose
// speaker's own description holds the statement.
func inScope(atts []attribution, focus, focusEnd int) []attribution {
	var out []attribution
	for _, a := range atts {
		if a.forward && focusEnd <= a.at {
			continue
		}
		if a.aside[0] < a.aside[1] && focus >= a.aside[0] && focusEnd <= a.aside[1] {
			continue
		}
		out = append(out, a)
	}
	return out
}

// accordingRoot is the "according to" attribution before a statement whose speaker
// follows it ("According to the ship's operator, all are safe, Tsunoda said": the
// operator is the root, Tsunoda relays it); ok is false when there is none.
func accordingRoot(atts []attribution, best attribution, focus, focusEnd int) (attribution, bool) {
	if best.at < focusEnd || best.isMedium() || best.according {
		return best, false
	}
	for _, a := range atts {
		if a.according && a.at < focus && a.upstream == nil {
			return a, true
		}
	}
	return best, false
}

// noOneConfirmedRe finds the outlet saying that nobody could confirm a statement ("Nobody
// outside the country has been able to confirm it", "cannot be established from here")
// or that a party has not spoken ("The bank has not commented on the report", "could not
// be reached for comment"): the outlet's own reporting, whoever spoke before.
var noOneConfirmedRe = regexp.MustCompile(`(?i)\b(?:nobody|no one|none)\b[^.;]*\b(?:has|have|had|was|were) (?:yet )?been able to (?:independently )?(?:confirm|verify|corroborate)|\bcannot be (?:independently )?(?:established|confirmed|verified)\b|\b(?:has|have|had) not (?:yet )?commented\b|\bdid not (?:immediately )?(?:respond|reply) to (?:a |an )?(?:requests?|emails?|calls?) for comment|\bcould not (?:immediately )?be reached for comment`)

// reckoningWords are what a source's figures are called in "by X's reckoning": "By the
// Red Crescent's reckoning, 100,000 people were cut off" is "according to the Red Crescent".
var reckoningWords = wordSet(`reckoning count counts estimate estimates account tally figures calculation calculations`)

// reckoningAt is the source phrase of "by <source>'s <reckoning>" starting at word k
// ("by"), without its possessive; empty when word k opens no such phrase.
func (r *originReader) reckoningAt(words []speakerWord, k int) [2]int {
	if strings.ToLower(words[k].text) != "by" {
		return [2]int{}
	}
	for e := k + 1; e < len(words)-1 && e <= k+6; e++ {
		w := words[e].text
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			if !reckoningWords[strings.ToLower(words[e+1].text)] {
				return [2]int{}
			}
			return [2]int{words[k+1].start, words[e].end - 2}
		}
		if strings.ContainsAny(string(r.rs[words[e-1].end:words[e].start]), ",;:\"“”—") {
			return [2]int{}
		}
	}
	return [2]int{}
}

// unnamedGroup reports whether a speaker phrase is people by what they are, in a bare
// plural ("Dealers on Lagos Island", "Economists", "Residents of the district"): they
// hold their own sentence, so it does not go on with the speaker before. "The
// statement", "it" and names are not such groups.
func (r *originReader) unnamedGroup(phrase [2]int) bool {
	ws := strings.Fields(string(r.rs[phrase[0]:phrase[1]]))
	if len(ws) == 0 {
		return false
	}
	first := strings.Trim(ws[0], ",.;:\"“”")
	lw := strings.ToLower(first)
	if len(lw) < 4 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || stopwords[lw] || articleWords[lw] || pronounWords[lw] || officeWords[lw] {
		return false
	}
	return !r.capitalisedInside(first) // a common noun, not a name
}
