package match

import (
	"strings"
	"unicode"
)

// One body under two names across a claim's articles: its full name in one ("Harlsted
// Fire and Rescue Service"), its initials in another ("HFRS"), neither declared as the
// other's alias. SameBodyByInitials tells them apart from two bodies; a short name that
// is no set of initials ("Fercominorp" for a Spanish full name written in English) is
// left to the analyst.

// SameBodyByInitials reports whether one of a and b is an acronym (isAcronym: two to
// eight capitals) that the other name of two words or more spells:
// each content word gives the first one or more letters of its start, in order, and the
// function words "of", "and", "for", "the" give their first letter or none.
func SameBodyByInitials(a, b string) bool {
	if isAcronym(b) && !isAcronym(a) {
		a, b = b, a
	}
	if !isAcronym(a) || isAcronym(b) {
		return false
	}
	var words []string
	for _, w := range strings.FieldsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		if w != "" {
			words = append(words, strings.ToLower(w))
		}
	}
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	return spells([]rune(strings.ToLower(a)), words)
}

// initialsFunctionWords may give a letter to the initials or none.
var initialsFunctionWords = wordSet(`of and for the`)

// spells reports whether the letters are the words' starts in order (see SameBodyByInitials).
// A table of positions, not a search of every way: a function word may give a letter or
// none, so a name of many of them ("Office of the of the … Fleet") had the search try
// 2^n ways (80 function words: 5.3 s for one pair of names).
func spells(letters []rune, words []string) bool {
	// can[j][i]: letters[i:] are spelled by words[j:]
	can := make([][]bool, len(words)+1)
	for j := range can {
		can[j] = make([]bool, len(letters)+1)
	}
	can[len(words)][len(letters)] = true
	for j := len(words) - 1; j >= 0; j-- {
		w := []rune(words[j])
		for i := len(letters); i >= 0; i-- {
			ok := initialsFunctionWords[words[j]] && can[j+1][i]
			for n := 1; !ok && n <= len(w) && i+n <= len(letters); n++ {
				if letters[i+n-1] != w[n-1] {
					break
				}
				ok = can[j+1][i+n]
			}
			can[j][i] = ok
		}
	}
	return can[0][0]
}
