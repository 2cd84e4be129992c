package app

import "strings"

// A search word also finds its English word forms: "warning" finds "warned" and "warns",
// "denies" finds "denied" and "deny" (uxwalk3's finding 16: "Pelgran warning" missed
// "was never warned"). The full-text indexes keep words as written (unicode61, no
// stemmer: changing that would rebuild every index), so the query does it: a bare word of
// four or more ASCII letters becomes its stem as a prefix, `"warn"*`, or two when a final
// y/i alternates, `("deny"* OR "deni"*)`. Words in quotes stay exact; other scripts, short
// words and numbers stay as typed.

// wordStemSuffixes are the inflections taken off, longest first; a stem keeps four letters
// (three when it ends in y: "says" -> "say", "buys" -> "buy"): with any three, "this"
// searched "thi"* and found "third", "fired" "fir"* found "first" (ratk15).
var wordStemSuffixes = []string{"ing", "ed", "es", "s"}

// wordForms is the FTS5 query for one bare word and whether it has forms: `"warn"*` for
// "warning", `("deny"* OR "deni"*)` for "denied"; "", false for a word kept as typed.
func wordForms(word string) (string, bool) {
	if len(word) < 4 || strings.IndexFunc(word, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
		return "", false
	}
	w := word // the index folds case; suffixes are taken off as typed in lower case
	stem := w
	for _, suf := range wordStemSuffixes {
		if s, ok := strings.CutSuffix(w, suf); ok && (len(s) >= 4 || len(s) == 3 && s[2] == 'y') {
			stem = s
			break
		}
	}
	// "planned" -> "plann" -> "plan"; but "called" keeps "call" and "passed" "pass"
	if n := len(stem); stem != w && n >= 4 && stem[n-1] == stem[n-2] && !strings.ContainsRune("lsz", rune(stem[n-1])) {
		stem = stem[:n-1]
	}
	switch last := stem[len(stem)-1]; {
	case len(stem) >= 4 && (last == 'y' || last == 'i'): // not "say"/"sai": "sail", "saint"
		other := stem[:len(stem)-1] + map[byte]string{'y': "i", 'i': "y"}[last]
		return `("` + stem + `"* OR "` + other + `"*)`, true
	}
	return `"` + stem + `"*`, true
}
