// Package names normalises entity names so that spellings of one name meet:
// "Kim Jong-un", "Kim Jong Un" and "kim  jong un" share the key "kim jong un";
// "Lyubimová" and "Lyubimova" share "lyubimova".
package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key is the normalised form of a name: case folded, diacritics removed, hyphens,
// dots, apostrophes and other punctuation turned into word breaks, spaces collapsed.
func Key(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining mark: the diacritic of the letter before
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// Clean trims a name for display: surrounding white space off, inner runs collapsed.
func Clean(name string) string { return strings.Join(strings.Fields(name), " ") }

// AllCaps reports whether s has two or more letters and none in lower case ("BRESKA",
// "NEW YORK"): a name written in capitals, which says nothing of how it is spelt.
func AllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Acronym reports whether w is two to eight capitals and nothing else, as a body's
// initials are written ("SITRAF", "NBIF", "NIPH"; not "Nipha", "G7" or "U.N.").
func Acronym(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// Initials reports whether s, in capitals, reads as initials rather than a word: one
// word of letters (dots between them allowed) with two letters ("EU", "U.N.") or no
// vowel of the Latin alphabet ("NHS", "BBC", "CBN"). Title case would make "Eu" of it.
// Three letters with a vowel are as often a name ("KIM", "OSH") as initials ("PTI"):
// they, and "ODRA" or "OSLO", read as words. On the dev stories written wholly in
// capitals this keeps CBN and changes no other name (with "three letters at most" it
// kept EFE, PTI and ABC but made KIM, EZE and OSH capitals).
func Initials(s string) bool {
	letters, vowels, latin := 0, 0, true
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == '.':
		case unicode.IsLetter(r):
			letters++
			latin = latin && r < unicode.MaxASCII
			if strings.ContainsRune("AEIOUYaeiouy", r) {
				vowels++
			}
		default:
			return false
		}
	}
	return letters == 2 || letters > 2 && latin && vowels == 0
}

// TitleCase writes a name in capitals with a capital at the start of each word and of
// each part of a hyphenated word: "NEW YORK" -> "New York", "JEAN-LUC" -> "Jean-Luc".
func TitleCase(s string) string {
	rs := []rune(strings.ToLower(Clean(s)))
	first := true
	for i, r := range rs {
		if first && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		// a combining mark belongs to the letter before it, so its word goes on
		first = !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) && r != '\'' && r != '’'
	}
	return string(rs)
}
