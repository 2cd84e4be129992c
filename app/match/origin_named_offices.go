package match

// An office named in full ("the Ministry of Water Resources", "the Harbours Ministry") in
// an article that names no country: its name is the origin, not "Government (country not
// named)", which told the analyst nothing the text said. The claim's other articles may
// still give its country (ResolveVague reads it as a vague government).

import (
	"regexp"
	"strings"
)

// namedOfficeRes find an office's proper name: its word first ("Ministry of Water
// Resources", "Department for Transport"), or last ("Harbours Ministry", "Civil Protection
// Directorate"). They are tried in that order: "The Ministry of ..." holds both.
var namedOfficeRes = []*regexp.Regexp{
	regexp.MustCompile(`\b(?:Ministry|Department|Directorate|Inspectorate|Bureau)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}'’-]*){0,4}`),
	regexp.MustCompile(`(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Ministry|Department|Directorate|Inspectorate|Bureau)\b`),
}

// officeHeads are the words namedOfficeRes' names turn on; "the ministry" refers back to
// a name holding its word.
var officeHeads = wordSet(`ministry department directorate inspectorate bureau`)

// namedOffice is the office's name in phrase, without a leading "The" or a sentence's
// first word that is no part of it; "" when none.
func namedOffice(phrase string) string {
	for _, re := range namedOfficeRes {
		for _, m := range re.FindAllString(phrase, -1) {
			f := strings.Fields(m)
			for len(f) > 0 && (stopwords[strings.ToLower(f[0])] || officeWords[strings.ToLower(f[0])] && !officeHeads[strings.ToLower(f[0])]) {
				f = f[1:] // "The Ministry", "Spokesman Ministry ..."
			}
			if len(f) >= 2 {
				return strings.Join(f, " ")
			}
		}
	}
	return ""
}

// unnamedCountryOffice is the origin of an office speaker phrase at s in an article that
// names no country: the office's own name when the phrase gives it, else, for a phrase
// that opens with an office's word ("the ministry", "ministry spokeswoman Dalia Mirek"),
// the office of that word named last before it; "" when neither (the office is then the
// unnamed country's government).
func (r *originReader) unnamedCountryOffice(phrase string, s int) string {
	if n := namedOffice(phrase); n != "" {
		return n
	}
	words := Words(phrase)
	if len(words) > 0 && articleWords[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 || !officeHeads[words[0]] {
		return ""
	}
	text := string(r.rs[max(0, s-bodyLookback):s])
	name, at := "", -1
	for _, re := range namedOfficeRes {
		for _, m := range re.FindAllStringIndex(text, -1) {
			if n := namedOffice(text[m[0]:m[1]]); n != "" && m[0] > at && strings.Contains(strings.ToLower(n), words[0]) {
				name, at = n, m[0]
			}
		}
	}
	return name
}
