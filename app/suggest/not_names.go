package suggest

import "strings"

// Candidates that name no one, left out before overlaps are resolved
// (analysis.resolve), whichever rule or the tagger proposed them: words for
// peoples ("Serbs", "Moslem", "New York-based": peopleSpan in nationality.go)
// and names inside an event's name ("Hong Kong" in "the Hong Kong Open").
// Measured on the development split: docs/suggestions.md, v12.

// dropPeopleWords leaves out name candidates that speak of a people
// (peopleSpan: "Serbs", "Moslem", "New York-based"). The analyst's own names
// stand, as do a listed name ("Missouri" is a people and a state) and a
// person's family name that the document writes after a given name
// ("Damien Fleming", then "Fleming").
func (a *analysis) dropPeopleWords(cs []candidate) []candidate {
	var drop map[int]string // candidate index -> its text
	for i, c := range cs {
		if (c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace) && c.rule != RuleKnown && c.rule != RuleGazetteer {
			if text := string(a.runes[c.start:c.end]); peopleSpan(text) {
				if _, listed := a.gaz.byPat[text]; !listed {
					if drop == nil {
						drop = map[int]string{}
					}
					drop[i] = text
				}
			}
		}
	}
	if drop == nil {
		return cs
	}
	family := map[string]bool{}
	for _, c := range cs {
		if c.typ == TypePerson {
			if w := strings.Fields(string(a.runes[c.start:c.end])); len(w) > 1 {
				family[w[len(w)-1]] = true
			}
		}
	}
	kept := cs[:0]
	for i, c := range cs {
		if text, ok := drop[i]; !ok || family[text] {
			kept = append(kept, c)
		}
	}
	return kept
}

// eventHeads end the name of a sporting or public event: "U.S. Open",
// "Davis Cup", "World Series", "Commonwealth Games".
var eventHeads = set(`Open Cup Classic Championship Championships Trophy Games Olympics Series Prix Masters
Marathon Tournament Invitational`)

// dropInsideEvents leaves out person, organisation and place candidates that
// lie inside an event's name (a run of capitalised words on one line ending
// with an event head word, written in title case): "Hong Kong" in "the Hong
// Kong Open", "World Cup" as a whole. The analyst's own names stand.
func (a *analysis) dropInsideEvents(cs []candidate) []candidate {
	var runs [][2]int
	for k, t := range a.toks {
		// in capitals every word is capitalised: the run says nothing there
		if t.kind != tWord || !t.cap || t.allCaps || !eventHeads[t.text] {
			continue
		}
		j := k
		for j > 0 && a.toks[j-1].line == t.line && (a.toks[j-1].cap || (a.toks[j-1].text == "." && !a.toks[j].space)) {
			j--
		}
		if j < k {
			runs = append(runs, [2]int{a.toks[j].start, t.end})
		}
	}
	if len(runs) == 0 {
		return cs
	}
	kept := cs[:0]
	for _, c := range cs {
		inside := false
		if (c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace) && c.rule != RuleKnown {
			for _, r := range runs {
				inside = inside || (r[0] <= c.start && c.end <= r[1])
			}
		}
		if !inside {
			kept = append(kept, c)
		}
	}
	return kept
}
