package suggest

import "strings"

// orgsByFirstWord: a one-word name that is the first word of an
// organisation the same article names ("Corvale" beside "Corvale Foods") is
// that organisation, not a person. A headline's "Corvale spokeswoman:" makes
// the model read "Corvale" as a person, and the alias rule then cut the
// model's "Corvale Foods" down to that person at every mention; the
// organisation's span the model read comes back, and the one-word mentions
// follow it. A person's family name ("Greta Marwick ... Marwick Textiles ...
// Marwick said") stays the person.
func (a *analysis) orgsByFirstWord() {
	persons := map[string]bool{} // one-word persons' names
	for _, c := range a.cands {
		if c.typ == TypePerson && !c.filed() && !strings.Contains(c.name, " ") {
			persons[c.name] = true
		}
	}
	if len(persons) == 0 {
		return
	}
	orgs := map[string]bool{} // first words of organisations named, also one-word persons
	var back []candidate      // the model's organisations, to restore
	for _, t := range a.tagged {
		if t.typ != TypeOrganisation || !strings.Contains(t.name, " ") {
			continue
		}
		if w := t.name[:strings.IndexByte(t.name, ' ')]; persons[w] && !a.isFamilyName(w) {
			orgs[w] = true
			back = append(back, t)
		}
	}
	if len(orgs) == 0 {
		return
	}
	crosses := func(c candidate) int {
		for i, t := range back {
			if c.start < t.end && t.start < c.end {
				return i
			}
		}
		return -1
	}
	filed := make([]bool, len(back)) // nothing changes where the analyst filed a name
	for _, c := range a.cands {
		if i := crosses(c); i >= 0 && c.filed() {
			filed[i] = true
		}
	}
	kept := a.cands[:0]
	for _, c := range a.cands {
		if i := crosses(c); i >= 0 && !filed[i] && (c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace) {
			continue
		}
		if c.typ == TypePerson && !c.filed() && orgs[c.name] {
			c.typ = TypeOrganisation
		}
		kept = append(kept, c)
	}
	a.cands = kept
	for i, t := range back {
		if !filed[i] {
			a.add(t)
		}
	}
}
