package match

import "strings"

// One office worded two ways in two reports: "the Ministry of Health" by its name in one,
// "Velmark's health ministry" by its country and remit in another.

// CueNamesOffice reports whether a speaker cue ("Velmark's health ministry raised its
// count") words the office that name gives in full ("Ministry of Health"): the name is an
// office's proper name (namedOffice) and the cue holds its head word and every word of
// its remit, in any order and case.
func CueNamesOffice(cue, name string) bool {
	if namedOffice(name) != name {
		return false
	}
	in := map[string]bool{}
	for _, w := range Words(cue) {
		in[w] = true
	}
	remit := 0
	for _, w := range Words(name) {
		switch {
		case officeHeads[w]:
			if !in[w] {
				return false
			}
		case stopwords[w]:
		default:
			if !in[w] {
				return false
			}
			remit++
		}
	}
	return remit > 0 && strings.TrimSpace(cue) != ""
}
