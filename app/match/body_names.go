package match

import (
	"strings"

	"claimdesk/app/names"
)

// groupWords are the words a body's name may carry or drop and stay the same body: its
// legal form and "Group" or "Holdings" ("Corvale Foods" and "Corvale Foods Group";
// "Marlow Freight" and "Marlow Freight Ltd"). A word that says what the body does
// ("Shipping", "Bakeries") is no such word: "Norrvik Mills" and "Norrvik Bakeries" are two.
// The legal forms are the suggester's (names.LegalForms); the spelled-out forms and the
// group words are matching's own.
var groupWords = wordSet(strings.ToLower(names.LegalForms) + " group holdings holding incorporated corporation company limited berhad")

// SameBodyByGroupWord reports whether a and b name one body because one is the other plus
// group words at its end (groupWords), compared word by word ignoring case and stops;
// the shorter name keeps at least one word.
func SameBodyByGroupWord(a, b string) bool {
	wa, wb := groupNameWords(a), groupNameWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 || len(wa) == len(wb) {
		return false
	}
	for i, w := range wa {
		if wb[i] != w {
			return false
		}
	}
	for _, w := range wb[len(wa):] {
		if !groupWords[w] {
			return false
		}
	}
	return true
}

// groupNameWords are a name's words in lower case without a leading "the" and stops.
func groupNameWords(name string) []string {
	var out []string
	for i, f := range strings.Fields(strings.ToLower(name)) {
		f = strings.Trim(f, ".,")
		if f == "" || i == 0 && f == "the" {
			continue
		}
		out = append(out, f)
	}
	return out
}
