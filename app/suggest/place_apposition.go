package suggest

import "strings"

// settlementNouns name a place by what it is: "the capital, Sundal", "the
// port of Vashemi", "the fishing village of Ombrisk".
var settlementNouns = set(`capital town city village port harbour island province region district county`)

// placesInApposition retypes as a place a name the model read as a person
// where the copy says what kind of place it is: "the <noun> of NAME" (one
// word may stand between "the" and the noun: "the fishing village of"), or
// "the capital, NAME" for a one-word name that is no family name of the
// story ("the mayor of the capital, Ilse Varga, said" keeps the person).
func (a *analysis) placesInApposition() {
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypePerson || c.filed() {
			continue
		}
		k := a.tokenAt(c.start)
		switch {
		case a.word(k-1) == "of" && a.theNounBefore(k-2):
		case a.word(k-1) == "," && a.word(k-2) == "capital" && a.theNounBefore(k-2) &&
			!strings.Contains(c.name, " ") && !a.isFamilyName(c.name):
		default:
			continue
		}
		c.typ = TypePlace
	}
}

// theNounBefore: token n is a settlement noun after "the", with at most one
// word between, on one line.
func (a *analysis) theNounBefore(n int) bool {
	if n < 1 || !settlementNouns[a.word(n)] {
		return false
	}
	for j := n - 1; j >= n-2 && j >= 0 && a.toks[j].line == a.toks[n].line; j-- {
		if strings.EqualFold(a.word(j), "the") {
			return true
		}
	}
	return false
}
