package suggest

// electionWords say a story reports an election's results.
var electionWords = set(`election elections ELECTION ELECTIONS turnout Turnout ballot candidate candidates`)

// partiesInElectionResults reads the results of an election: in a story
// that speaks of one (electionWords), a candidate's line "Morag Lindsay (
// Scottish Greens ) 12,310" holds the party in brackets before the votes,
// and a table row "Social Democrats   7   ( 6.9 )" opens with the party.
// Those capitalised words are one organisation, whatever the model read
// (it cuts "Scottish" off as a nationality, reads "Alba" as a person, or
// misses "Labour"). A name read as a place there stays a place (a table of
// results by district), so does a person's full name opening a table row
// ("Sian Pritchard   16,204"), and a name the analyst filed is not touched
// (setNames). Elsewhere a bracket after a person holds a country, and this
// rule does not run.
func (a *analysis) partiesInElectionResults() {
	election := false
	for _, t := range a.toks {
		if electionWords[t.text] {
			election = true
			break
		}
	}
	if !election {
		return
	}
	type party struct {
		from, to int  // tokens
		row      bool // a table row's name: a person's full name there stays the person
	}
	var parties []party
	for from := 0; from < len(a.toks); {
		to := from
		for to < len(a.toks) && a.toks[to].line == a.toks[from].line {
			to++
		}
		first := a.capRun(from, to)
		switch {
		case first == from:
		case first+3 < to && a.toks[first].text == "(":
			// "Name ( Party ) votes"
			end := a.capRun(first+1, to)
			if end > first+1 && end+1 < to && a.toks[end].text == ")" && a.toks[end+1].kind == tNum && end+2 == to {
				parties = append(parties, party{first + 1, end, false})
			}
		case first < to && a.toks[first].kind == tNum:
			// "Party   seats   ( share )": figures and brackets only
			ok := true
			for k := first; k < to && ok; k++ {
				ok = a.toks[k].kind == tNum || a.toks[k].text == "(" || a.toks[k].text == ")"
			}
			if ok {
				parties = append(parties, party{from, first, true})
			}
		}
		from = to
	}
	var spans [][2]int
	for _, p := range parties { // after the loop: setNames moves a.cands
		start, end := a.toks[p.from].start, a.toks[p.to-1].end
		if a.placeAt(start, end) || p.row && a.placeOrPersonAt(start, end) {
			continue
		}
		spans = append(spans, [2]int{start, end})
	}
	a.setNames(inTextOrder(spans), TypeOrganisation)
}

// capRun is the end of the run of capitalised words (and "for", "of",
// "the", "and" between them) that starts at token from, before to.
func (a *analysis) capRun(from, to int) int {
	end := from
	for k := from; k < to; k++ {
		t := a.toks[k]
		if t.kind == tWord && t.cap {
			end = k + 1
			continue
		}
		if t.kind == tWord && (t.text == "for" || t.text == "of" || t.text == "the" || t.text == "and") && k > from {
			continue
		}
		break
	}
	return end
}

// placeAt: a place stands at exactly [start, end).
func (a *analysis) placeAt(start, end int) bool {
	for _, c := range a.cands {
		if c.start == start && c.end == end && c.typ == TypePlace {
			return true
		}
	}
	return false
}
