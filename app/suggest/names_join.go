package suggest

import (
	"sort"
	"strings"
	"unicode"

	"claimdesk/app/names"
)

// institutionHeads end the name of an institution that is often called after
// a person or a place: "Garfield High School", "Lister Hospital".
var institutionHeads = set(`School College University Academy Institute Hospital Museum Library`)

// joinNames makes one name of pieces the tagger and the rules read apart:
// capitalised parts joined by a hyphen ("Brenner-Lago", a team called after
// two sponsors; "Uno-X"), which the tokenizer splits (tokens.go) so that
// "Korea-Russia" talks stay two places (two places are not joined here either), and a namesake written before an
// institution's name ("Garfield" + "High School"). A hyphenated name with an
// organisation among its parts is an organisation (in news, a club or a
// team); otherwise the first part's type stands. An institution is an
// organisation, and so is a place or person read as one (isInstitution).
func (a *analysis) joinNames() {
	isName := func(t string) bool { return t == TypePerson || t == TypeOrganisation || t == TypePlace }
	idx := make([]int, 0, len(a.cands))
	for i := range a.cands {
		if c := &a.cands[i]; isName(c.typ) {
			if !c.filed() {
				a.cutAtSentenceEnd(c)
				a.cutRoleWord(c)
			}
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(x, y int) bool { return a.cands[idx[x]].start < a.cands[idx[y]].start })
	drop := map[int]bool{}
	for x := 0; x < len(idx); x++ {
		c := &a.cands[idx[x]]
		if drop[idx[x]] || c.filed() {
			continue
		}
		changed := false
		for {
			if end, ok := a.hyphenPart(c.end); ok {
				if x+1 < len(idx) && a.cands[idx[x+1]].start == c.end+1 && (a.cands[idx[x+1]].filed() || c.typ == TypePlace && a.cands[idx[x+1]].typ == TypePlace) {
					break // two places: a route or a pair ("Lisbon-Porto line")
				}
				if x+1 < len(idx) && a.cands[idx[x+1]].start == c.end+1 {
					n := a.cands[idx[x+1]]
					if n.typ == TypeOrganisation {
						c.typ = TypeOrganisation
					}
					end = n.end
					drop[idx[x+1]] = true
					idx = append(idx[:x+1], idx[x+2:]...)
				}
				c.end, changed = end, true
				continue
			}
			if x+1 < len(idx) {
				n := a.cands[idx[x+1]]
				if n.typ == TypeOrganisation && !n.filed() && n.start == c.end+1 && a.runes[c.end] == ' ' && institutionHeads[lastWord(n.name)] && !strings.Contains(n.name, " of ") {
					c.typ, c.end, changed = TypeOrganisation, n.end, true
					drop[idx[x+1]] = true
					idx = append(idx[:x+1], idx[x+2:]...)
					continue
				}
			}
			break
		}
		if changed {
			c.name = clean(string(a.runes[c.start:c.end]))
		}
	}
	for i := range a.cands {
		if c := &a.cands[i]; (c.typ == TypePlace || c.typ == TypePerson) && !c.filed() && isInstitution(c.name) {
			c.typ = TypeOrganisation
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := a.cands[:0]
	for i, c := range a.cands {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	a.cands = kept
}

// cutAtSentenceEnd ends a name before the full stop that ends its sentence:
// the model sometimes reads the stop, and the next sentence's first word,
// into a name ("at HKX. Shipping rates"). The tokenizer's sentence starts
// already pass over abbreviations ("Holt Corp. said"), not over one in
// capitals ("ST. LOUIS").
func (a *analysis) cutAtSentenceEnd(c *candidate) {
	first := a.tokenAt(c.start)
	for k := first + 1; k < len(a.toks) && a.toks[k].start < c.end; k++ {
		if a.toks[k].text == "." && (k+1 == len(a.toks) || a.toks[k+1].sentInit) && !abbrevs[names.TitleCase(a.toks[k-1].text)] {
			c.end = a.toks[k-1].end
			c.name = clean(string(a.runes[c.start:c.end]))
			return
		}
	}
}

// cutRoleWord takes a player's position or an officer's rank off the front
// of a person's name ("Goalkeeper Tom Brannigan", "Sheriff Wade Pickett"):
// a capitalised word that, in lower case, is a cue for a person
// (personCues), with two words or more left after it ("Son Heung-min"
// keeps its family name).
func (a *analysis) cutRoleWord(c *candidate) {
	if c.typ != TypePerson {
		return
	}
	first := a.tokenAt(c.start)
	if first+2 >= len(a.toks) || a.toks[first+2].start >= c.end || !a.toks[first].cap || !personCues[strings.ToLower(a.toks[first].text)] {
		return
	}
	c.start = a.toks[first+1].start
	c.name = clean(string(a.runes[c.start:c.end]))
}

// hyphenPart: a hyphen at rune offset at, with no space on either side, then
// a capitalised word on the same line; returns that word's end.
func (a *analysis) hyphenPart(at int) (int, bool) {
	if at+1 >= len(a.runes) || !isHyphen(a.runes[at]) || !unicode.IsUpper(a.runes[at+1]) {
		return 0, false
	}
	k := a.tokenAt(at + 1)
	if k >= len(a.toks) || a.toks[k].start != at+1 || a.toks[k].kind != tWord {
		return 0, false
	}
	return a.toks[k].end, true
}

// isInstitution: a name that ends in an institution's head word or has one
// before "of" ("Carver Middle School", "Technical University of Munich"):
// an organisation, whatever the model or an alias of a place said.
func isInstitution(name string) bool {
	for i := strings.IndexByte(name, ' '); i >= 0; {
		rest := name[i+1:]
		w, after, more := strings.Cut(rest, " ")
		if institutionHeads[w] && (!more || strings.HasPrefix(after, "of ")) {
			return true
		}
		if !more {
			break
		}
		i += 1 + len(w)
	}
	return false
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }
