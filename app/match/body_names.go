package match

import "strings"

// groupWords are the words a body's name may carry or drop and stay the same body: its
// legal form and "Group" or "Holdings" ("Corvale Foods" and "Corvale Foods Group";
// "Marlow Freight" and "Marlow Freight Ltd"). A word that says what the body does
// ("Shipping", "Bakeries") is no such word: "Norrvik Mills" and "Norrvik Bakeries" are two.
var groupWords = wordSet(`group holdings holding inc incorporated corp corporation co company cos ltd limited
plc gmbh ag spa sa nv bv oyj ab asa bhd berhad tbk llc ltda pty`)

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
