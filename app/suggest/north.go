package suggest

import "strings"

// theNorth: "the North" / "the South" stand for the document's North or
// South country ("North Korea") when it is named in the document.
func (a *analysis) theNorth() {
	found := map[string]string{}
	for _, c := range a.gazHits {
		if c.typ != TypePlace || !a.gaz.countries[c.name] {
			continue
		}
		for _, dir := range []string{"North", "South"} {
			if strings.HasPrefix(c.name, dir+" ") {
				if prev, ok := found[dir]; ok && prev != c.name {
					found[dir] = "" // two candidates: ambiguous
				} else {
					found[dir] = c.name
				}
			}
		}
	}
	toks := a.toks
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		name := found[t.text]
		if name == "" || !strings.EqualFold(toks[k-1].text, "the") || t.nl {
			continue
		}
		if k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].cap && toks[k+1].space && !toks[k+1].nl {
			continue // "the North Korean ...", "the North Atlantic ..."
		}
		a.add(candidate{start: t.start, end: t.end, typ: TypePlace, rule: RuleAlias, conf: 0.8, name: name})
	}
}
