package suggest

import "strings"

// sayVerbs follow a source's name in news copy ("Maersk said ...").
var sayVerbs = set(`said says reported announced`)

// companiesSayingIts retypes as an organisation a one-word name the model
// read as a person when the sentence goes on to speak of "its" ("Codelco
// said output at its mine fell", "Maersk said its ships"): people own
// "his" or "her" things. A person's family name stays the person ("Maria
// Ostrander", then "Ostrander said its defence"): that word may name a
// club's or a firm's coach as well as the firm.
func (a *analysis) companiesSayingIts() {
	isFamily := func(w string) bool {
		for _, c := range a.cands {
			if c.typ == TypePerson && strings.Contains(c.name, " ") && lastWord(c.name) == w {
				return true
			}
		}
		return false
	}
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypePerson || c.filed() || strings.Contains(c.name, " ") {
			continue
		}
		k := a.tokenAt(c.end)
		if k >= len(a.toks) || !sayVerbs[a.toks[k].text] || isFamily(c.name) {
			continue
		}
		for j := k + 1; j < len(a.toks) && j <= k+6 && !a.toks[j].sentInit; j++ {
			w := a.toks[j].text
			if w == "its" {
				c.typ = TypeOrganisation
				break
			}
			if w == "his" || w == "her" || w == "he" || w == "she" || w == "." {
				break
			}
		}
	}
}
