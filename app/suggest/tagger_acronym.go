package suggest

import (
	"strings"
	"unicode"
)

// acronymConnectors may stand lower case inside a name an acronym spells
// ("Organisation for Security and Cooperation in Europe ( OSCE )").
var acronymConnectors = map[string]bool{"of": true, "for": true, "and": true, "in": true, "on": true, "the": true, "de": true}

// widenToAcronym: a name right before "( ACR )" that was cut at a lower-case
// word ("Council for Maritime Safety and Navigation" of "... Navigation in
// Africa ( CMSNA )") is widened to the run of capitalised words and
// connectors before it whose capitals are exactly the acronym's letters: the
// longest name inside the run is widened to it and the others give way. The
// tagger and the rules both read "in" or "of" as the end of a name; the
// acronym says where it starts.
// Only an exact spelling counts (one capital a word), so a name that already
// spells it, or an acronym of other letters, changes nothing.
func (a *analysis) widenToAcronym() {
	for k := 0; k+3 < len(a.toks); k++ {
		if a.toks[k+1].text != "(" || a.toks[k+3].text != ")" || !a.toks[k+2].allCaps {
			continue
		}
		acr := a.toks[k+2].text
		from := -1
		for s := k; s >= 0 && a.toks[s].line == a.toks[k].line; s-- {
			t := a.toks[s]
			if t.kind != tWord || !(t.cap || acronymConnectors[t.text]) {
				break
			}
			if t.cap && capitalsOf(a.toks, s, k) == acr {
				from = s
			}
		}
		if from < 0 {
			continue
		}
		start, end := a.toks[from].start, a.toks[k].end
		// the longest name inside the run gives the type; none, or one that
		// is the run already, leaves it alone
		ci := -1
		for i, c := range a.cands {
			if isPersonOrgPlace(c.typ) && c.start >= start && c.end <= end && (ci < 0 || c.end-c.start > a.cands[ci].end-a.cands[ci].start) {
				ci = i
			}
		}
		if ci < 0 || (a.cands[ci].start == start && a.cands[ci].end == end) {
			continue
		}
		wide := a.cands[ci]
		wide.start, wide.end = start, end
		wide.name = clean(string(a.runes[start:end]))
		kept := a.cands[:0]
		for i, c := range a.cands {
			if i != ci && isPersonOrgPlace(c.typ) && c.start >= wide.start && c.end <= wide.end {
				continue
			}
			if i == ci {
				c = wide
			}
			kept = append(kept, c)
		}
		a.cands = kept
	}
}

// capitalsOf: the first letters of the capitalised words of toks[from..to].
func capitalsOf(toks []token, from, to int) string {
	var b strings.Builder
	for _, t := range toks[from : to+1] {
		if t.kind != tWord || !t.cap {
			continue
		}
		for _, r := range t.text {
			b.WriteRune(unicode.ToUpper(r))
			break
		}
	}
	return b.String()
}

func isPersonOrgPlace(t string) bool {
	return t == TypePerson || t == TypeOrganisation || t == TypePlace
}
