package suggest

import (
	"sort"
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
	var runs [][2]int // [start, end) of each run an acronym spells, in text order
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
		if from >= 0 {
			runs = append(runs, [2]int{a.toks[from].start, a.toks[k].end})
		}
	}
	if len(runs) == 0 {
		return
	}
	// The runs do not overlap (each ends before its acronym's bracket, which ends the
	// next one's words), so the names inside each are found in one pass over the
	// candidates, not a pass for each acronym (quadratic: 8,000 acronyms on one line
	// took 19 s).
	in := func(c candidate) int { // the run holding name c, or -1
		if !isPersonOrgPlace(c.typ) {
			return -1
		}
		r := sort.Search(len(runs), func(i int) bool { return runs[i][0] > c.start }) - 1
		if r >= 0 && c.end <= runs[r][1] {
			return r
		}
		return -1
	}
	longest := make([]int, len(runs)) // index in a.cands of the longest name in each run
	for r := range longest {
		longest[r] = -1
	}
	for i, c := range a.cands {
		if r := in(c); r >= 0 && (longest[r] < 0 || c.end-c.start > a.cands[longest[r]].end-a.cands[longest[r]].start) {
			longest[r] = i
		}
	}
	// none, or one that is the run already, leaves the run alone
	for r, ci := range longest {
		if ci >= 0 && a.cands[ci].start == runs[r][0] && a.cands[ci].end == runs[r][1] {
			longest[r] = -1
		}
	}
	kept := a.cands[:0]
	for i, c := range a.cands {
		if r := in(c); r >= 0 && longest[r] >= 0 {
			if i != longest[r] {
				continue
			}
			c.start, c.end = runs[r][0], runs[r][1]
			c.name = clean(string(a.runes[c.start:c.end]))
		}
		kept = append(kept, c)
	}
	a.cands = kept
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
