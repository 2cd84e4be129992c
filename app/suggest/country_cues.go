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
	var presented map[string]bool // read once, on the first candidate that could be a country
	cued := map[string]bool{}
	for i := range a.cands {
		c := a.cands[i]
		if (c.typ != TypeOrganisation && c.typ != TypePerson) || c.filed() || strings.Contains(c.name, " ") || cued[c.name] {
			continue
		}
		if presented == nil {
			presented = a.presentedAsCountries()
		}
		if presented[c.name] && !(c.typ == TypePerson && a.isFamilyName(c.name)) {
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

// presentedAsCountries: the words the article sets in a state noun's shape, and the
// words its demonyms are made from, in one pass over the tokens (not one per candidate:
// a long article has hundreds of them).
func (a *analysis) presentedAsCountries() map[string]bool {
	out := map[string]bool{}
	for k, t := range a.toks {
		if t.kind != tWord {
			continue
		}
		for _, name := range demonymBases(t.text) {
			out[name] = true
		}
		if a.inStateNounShape(k) {
			out[t.text] = true
		}
	}
	return out
}

// inStateNounShape: the word at k stands where a country does before or after a state noun.
func (a *analysis) inStateNounShape(k int) bool {
	// "the government of NAME"
	if a.word(k-1) == "of" && stateNouns[a.word(k-2)] && strings.EqualFold(a.word(k-3), "the") {
		return true
	}
	// "the NAME government"
	if strings.EqualFold(a.word(k-1), "the") && stateNouns[a.word(k+1)] {
		return true
	}
	// "NAME's health ministry": up to two lower-case words before the noun
	if (a.word(k+1) == "'" || a.word(k+1) == "\u2019") && a.word(k+2) == "s" {
		for j := k + 3; j <= k+5 && j < len(a.toks) && a.toks[j].kind == tWord && !a.toks[j].cap; j++ {
			if stateNouns[a.toks[j].text] {
				return true
			}
		}
	}
	return false
}

// demonymBases: the names w may be the demonym of: name + "ian", "ese" or "ish", or
// a name ending in "a" + "n" ("Brasnia" / "Brasnian"); names of at least four letters.
// "Indonesian" gives both "Indones" and "Indonesia": the candidate names pick.
func demonymBases(w string) []string {
	var out []string
	for _, suffix := range []string{"ian", "ese", "ish"} {
		if name, ok := strings.CutSuffix(w, suffix); ok && len(name) >= 4 {
			out = append(out, name)
		}
	}
	if name, ok := strings.CutSuffix(w, "n"); ok && len(name) >= 4 && strings.HasSuffix(name, "a") {
		out = append(out, name)
	}
	return out
}
