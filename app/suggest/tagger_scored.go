package suggest

// scoredTown: c is a town of the gazetteer followed by a score on a line of
// figures ("Sale 31 Wasps 33", "ATLANTA 83 49 .629 -"). There a town the
// tagger reads as an organisation is the club: the gazetteer's fixed guess
// for a town (0.85) otherwise outranks a less sure tagger. Countries and
// regions stay places (national sides are the country's name), and so does a
// town before a date ("CAPE TOWN 1996-08-31": the figure after a score has at
// most three digits) or before a colon ("Bristol : Gloucestershire 183", the
// venue).
func (a *analysis) scoredTown(c candidate) bool {
	if c.rule != RuleGazetteer || c.typ != TypePlace {
		return false
	}
	k := a.tokenAt(c.end)
	if k >= len(a.toks) || a.toks[k].kind != tNum || len([]rune(a.toks[k].text)) > 3 || k == 0 || a.toks[k].line != a.toks[k-1].line {
		return false
	}
	if a.gazKind(c) != 't' {
		return false
	}
	if a.lineNums == nil { // figures a line, counted once: a walk over the line for each town was quadratic on a long one
		a.lineNums = make([]int, a.toks[len(a.toks)-1].line+1)
		for _, t := range a.toks {
			if t.kind == tNum {
				a.lineNums[t.line]++
			}
		}
	}
	return a.lineNums[a.toks[k].line] >= 2
}

// gazKind: the kind of the gazetteer entry c was read from ('t' a town), or
// 0. A name in capitals was looked up title-cased (matchGazetteer).
func (a *analysis) gazKind(c candidate) byte {
	if a.gazAt == nil { // the matches do not overlap: one a place, indexed once, not scanned for each name
		a.gazAt = make(map[[2]int]int, len(a.gazRaw))
		for _, h := range a.gazRaw {
			a.gazAt[[2]int{h.start, h.end}] = h.pat
		}
	}
	if pat, ok := a.gazAt[[2]int{c.start, c.end}]; ok {
		return a.gaz.entries[pat].kind
	}
	if i, ok := a.gaz.byPat[c.name]; ok {
		return a.gaz.entries[i].kind
	}
	return 0
}
