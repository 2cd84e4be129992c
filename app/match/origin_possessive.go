package match

// A country the geography table does not know, read from how the article writes it: a
// possessive before a government office ("Tessaly's transport ministry") names a country,
// since only a state owns a ministry; the country's adjective ("the Tessalian transport
// ministry") is that country's once the article names it so.

import (
	"regexp"
	"slices"
	"strings"
)

// possessiveOfficeRe is a capitalised name in the possessive before up to two lower-case
// words and a government office word.
var possessiveOfficeRe = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+)['’]s (?:\p{Ll}+ ){0,2}(?:ministry|government|cabinet)\b`)

// adjectiveOfficeRe is a capitalised adjective before up to two lower-case words and a
// government office word ("Tessalian transport ministry").
var adjectiveOfficeRe = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i))(?: \p{Ll}+){0,2} (?:ministry|government|cabinet)\b`)

// possessiveCountry is the country a phrase names by its possessive or adjective before a
// government office, among the countries the article names that way (countriesOwningOffices);
// "" when none.
func possessiveCountry(phrase, text string) string {
	if m := possessiveOfficeRe.FindStringSubmatch(phrase); m != nil {
		return m[1]
	}
	m := adjectiveOfficeRe.FindStringSubmatch(phrase)
	if m == nil {
		return ""
	}
	for _, c := range countriesOwningOffices(text) {
		// "Tessalian" and "Tessaly", "Velmarkian" and "Velmark": the name less its last
		// letter opens the adjective
		if stem := c[:len(c)-1]; len(stem) >= 4 && strings.HasPrefix(m[1], stem) {
			return c
		}
	}
	return ""
}

// countriesOwningOffices are the names the text puts in the possessive before a government
// office, in order of first mention.
func countriesOwningOffices(text string) []string {
	var out []string
	for _, m := range possessiveOfficeRe.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// soleOfficeOwner is the one country the text names as a government office's owner
// (countriesOwningOffices), "" when it names none or more than one.
func soleOfficeOwner(text string) string {
	if cs := countriesOwningOffices(text); len(cs) == 1 {
		return cs[0]
	}
	return ""
}
