package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sharedNames are bare place names that two states share. The gazetteer gives such a
// name one reading (ISO 3166's "Congo" is the Republic of the Congo); the document
// decides instead: the reading whose cues (capital and other cities, regions, leaders,
// neighbours) it names most wins, and with no cue either way the first reading, the one
// news copy means far more often, stands.
var sharedNames = map[string][]sharedReading{
	"Congo": {
		{name: "Democratic Republic of the Congo", cues: []string{"Kinshasa", "Goma", "Bukavu", "Lubumbashi", "Kisangani",
			"Kivu", "Ituri", "Katanga", "M23", "Tshisekedi", "Kabila", "Rwanda", "Uganda", "Burundi", "eastern Congo"}},
		{name: "Republic of the Congo", cues: []string{"Brazzaville", "Pointe-Noire", "Sassou Nguesso", "Gabon", "Cameroon"}},
	},
}

type sharedReading struct {
	name string
	cues []string
}

// readShared returns the entity a gazetteer hit names in this document: its own
// canonical name, or for a shared bare name the reading the document's context favours.
func (a *analysis) readShared(quote, canonical string) string {
	readings, ok := sharedNames[quote]
	if !ok {
		return canonical
	}
	best, bestN := readings[0].name, 0
	for _, r := range readings {
		n := 0
		for _, cue := range r.cues {
			n += countWord(a.doc.Text, cue)
		}
		if n > bestN {
			best, bestN = r.name, n
		}
	}
	return best
}

// countWord counts the occurrences of w in s that stand as whole words.
func countWord(s, w string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return n
		}
		j += i
		if wordEdge(s[:j], true) && wordEdge(s[j+len(w):], false) {
			n++
		}
		i = j + len(w)
	}
}

// wordEdge tells whether the text before (or after) a match ends (or starts) a word.
func wordEdge(s string, before bool) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if before {
		r, _ = utf8.DecodeLastRuneInString(s)
	}
	return s == "" || (!unicode.IsLetter(r) && !unicode.IsDigit(r))
}
