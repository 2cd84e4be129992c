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
func spells(letters []rune, words []string) bool {
	if len(words) == 0 {
		return len(letters) == 0
	}
	w := []rune(words[0])
	if initialsFunctionWords[words[0]] && spells(letters, words[1:]) {
		return true
	}
	for n := 1; n <= len(w) && n <= len(letters); n++ {
		if letters[n-1] != w[n-1] {
			break
		}
		if spells(letters[n:], words[1:]) {
			return true
		}
	}
	return false
}
