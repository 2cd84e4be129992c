package suggest

import "strings"

// stateNouns are what only a country has and the copy names by it: "the
// government of NAME", "NAME's health ministry", "in NAME's capital", "the
// NAME government". A firm has a president, a chief executive, headquarters;
// none of these words.
var stateNouns = set(`government ministry minister capital parliament embassy`)

// countriesByCues retypes as a place a one-word name the model read as an
// organisation or a person where the same article presents it as a country:
// a state noun in one of the shapes above, or its demonym ("Velmarkian",
// "Brasnian"). An invented country (uxwalk5's "Velmark") is in no list, and
// the model, never having seen it, reads it as a firm or a person. Every
// mention of the name alone is retyped; a longer name that begins with it
// ("Velmark Medical Union") is another span and keeps its type. A person
// the story names in full ("Edda Tarrow ... Tarrow's government") keeps the
// person.
func (a *analysis) countriesByCues() {
	cued := map[string]bool{}
	for i := range a.cands {
		c := a.cands[i]
		if (c.typ != TypeOrganisation && c.typ != TypePerson) || c.filed() || strings.Contains(c.name, " ") || cued[c.name] {
			continue
		}
		if a.presentedAsCountry(c.name) && !(c.typ == TypePerson && a.isFamilyName(c.name)) {
			cued[c.name] = true
		}
	}
	if len(cued) == 0 {
		return
	}
	for i := range a.cands {
		c := &a.cands[i]
		if (c.typ == TypeOrganisation || c.typ == TypePerson) && !c.filed() && cued[c.name] &&
			string(a.runes[c.start:c.end]) == c.name && !a.isFamilyName(c.name) {
			c.typ = TypePlace
		}
	}
}

// presentedAsCountry: somewhere in the article the word name stands in a
// state noun's shape, or a capitalised word is its demonym.
func (a *analysis) presentedAsCountry(name string) bool {
	for k, t := range a.toks {
		if t.kind != tWord {
			continue
		}
		if t.text != name {
			if isDemonymOf(t.text, name) {
				return true
			}
			continue
		}
		// "the government of NAME"
		if a.word(k-1) == "of" && stateNouns[a.word(k-2)] && strings.EqualFold(a.word(k-3), "the") {
			return true
		}
		// "the NAME government"
		if strings.EqualFold(a.word(k-1), "the") && stateNouns[a.word(k+1)] {
			return true
		}
		// "NAME's health ministry": up to two lower-case words before the noun
		if a.word(k+1) == "'" || a.word(k+1) == "\u2019" {
			if a.word(k+2) != "s" {
				continue
			}
			for j := k + 3; j <= k+5 && j < len(a.toks) && a.toks[j].kind == tWord && !a.toks[j].cap; j++ {
				if stateNouns[a.toks[j].text] {
					return true
				}
			}
		}
	}
	return false
}

// isDemonymOf: w is name + "ian", "ese" or "ish", or a name ending in "a"
// + "n" ("Brasnia" / "Brasnian").
func isDemonymOf(w, name string) bool {
	rest, ok := strings.CutPrefix(w, name)
	if !ok || len(name) < 4 {
		return false
	}
	switch rest {
	case "ian", "ese", "ish":
		return true
	case "n":
		return strings.HasSuffix(name, "a")
	}
	return false
}
