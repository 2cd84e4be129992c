package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The one reading of a body's initials ("KCNA" for "Korean Central News Agency"). The
// suggester links "Full Name (ACR)" with it, and matching uses it to see one body under
// two names across a claim's articles and to read "CBN Governor ..." as the central
// bank's. It lives here, beside Key, because both app/suggest and app/match import this
// small package of name readings (no cycle can form through it): a reading in either
// would make the other import a whole engine for it, or copy it (as it had been, three
// ways).

// SpellsInitials reports whether initials (the short form: "HFRS", "MoHSW"; case does not
// matter) are the initials of name, a name of two words or more ("Harlsted Fire and
// Rescue Service"), one letter a word. Words split at anything but a letter, a digit or
// an apostrophe, so "Franco-German" is two words and "Farmers' Union" keeps its
// possessive. Each word gives its first letter, in order. A word that may give no letter
// at all: the function words "of", "and", "for", "the" (they may also give their letter:
// "MOHSW"), and any word written in small letters after the first ("Union of Workers in
// Transport", "UWT": names leave their small words out of their initials, in any
// language). A one-word name spells no initials.
func SpellsInitials(initials, name string) bool {
	return spellsInitials(initials, name, 1)
}

// SpellsInitialsFromStarts is SpellsInitials where a word may also give the first letters
// of its start ("NORFIB" for "Norwegian Fisheries Board"). Read it where the two names
// already stand for a body (both marked as origins, or "Full Name (ACR)" side by side);
// an abbreviation found loose in a sentence ("MAN", "CEO") spells too many names by word
// starts, and is read with SpellsInitials.
func SpellsInitialsFromStarts(initials, name string) bool {
	return spellsInitials(initials, name, len(initials))
}

// spellsInitials: each word gives 1 to perWord letters (see SpellsInitials).
func spellsInitials(initials, name string, perWord int) bool {
	words, skippable := initialsWords(name)
	if len(words) < 2 {
		return false // its start would make any abbreviation of a one-word name look like initials
	}
	return spells([]rune(foldLetters(initials)), words, skippable, perWord)
}

// initialsFunctionWords may give a letter to the initials or none, however they are written.
var initialsFunctionWords = map[string]bool{"of": true, "and": true, "for": true, "the": true}

// initialsWords are name's words in lower case, a leading "the" left out, and for each
// whether it may give no letter.
func initialsWords(name string) ([][]rune, []bool) {
	var words [][]rune
	var skippable []bool
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		if w == "" {
			continue
		}
		lower := strings.ToLower(w)
		if len(words) == 0 && lower == "the" {
			continue
		}
		small := len(words) > 0 && w == lower
		words = append(words, []rune(foldLetters(lower)))
		skippable = append(skippable, initialsFunctionWords[lower] || small)
	}
	return words, skippable
}

// foldLetters is s in small letters without diacritics: "ÓEV" and "OEV" are the initials of
// "Órgano Estatal de Vigilancia" alike.
func foldLetters(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// spells reports whether the letters are the words' starts in order (see SpellsInitials).
// at[i] holds after each word whether the first i letters are spelled so far: a table,
// not a search, so a long name of small words costs letters × words, not 2^words.
func spells(letters []rune, words [][]rune, skippable []bool, perWord int) bool {
	at := make([]bool, len(letters)+1)
	at[0] = true
	for k, w := range words {
		next := make([]bool, len(letters)+1)
		for i, ok := range at {
			if !ok {
				continue
			}
			if skippable[k] {
				next[i] = true
			}
			for n := 1; n <= len(w) && n <= perWord && i+n <= len(letters) && letters[i+n-1] == w[n-1]; n++ {
				next[i+n] = true
			}
		}
		at = next
	}
	return at[len(letters)]
}
