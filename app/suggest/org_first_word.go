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
	a.knownOrgsByFirstWord(persons)
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

// knownOrgsByFirstWord: a one-word "person" that is the first word of an
// organisation the workspace knows (its name or an alias: "Pelgran" of
// "Pelgran Mining Corporation", filed in another article) is that
// organisation, and its suggestion carries it, where the article never names
// it in full. The analyst's filing outweighs the model's reading. A word that
// is also the family name of a person the workspace knows or the article
// names in full stays the person, and a word two known organisations begin
// is left to the model.
func (a *analysis) knownOrgsByFirstWord(persons map[string]bool) {
	if a.known == nil || len(a.known.list) == 0 {
		return
	}
	var orgs map[string]*KnownEntity // nil value: two organisations begin with the word
	people := map[string]bool{}
	for i := range a.known.list {
		e := &a.known.list[i]
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			n = clean(n)
			sp := strings.IndexByte(n, ' ')
			switch {
			case e.Type == TypePerson && sp > 0:
				people[lastWord(n)] = true
			case e.Type == TypeOrganisation && sp > 0 && persons[n[:sp]]:
				if orgs == nil {
					orgs = map[string]*KnownEntity{}
				}
				if o, seen := orgs[n[:sp]]; seen && o != e {
					orgs[n[:sp]] = nil
				} else {
					orgs[n[:sp]] = e
				}
			}
		}
	}
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypePerson || c.filed() || people[c.name] || a.isFamilyName(c.name) {
			continue
		}
		if e, ok := orgs[c.name]; ok && e != nil {
			c.typ, c.name, c.id = TypeOrganisation, clean(e.Name), e.ID
		}
	}
}
