package suggest

// datelineAgencies reads a dateline, "TARVOS, March 3 (Eastmere Wire) - ".
// Its town in capitals is a place, whatever the model reads there (a long
// town's name, "TALLINGER", is no acronym and the model, after a headline,
// read it as nothing). The agency in its brackets is an organisation, as
// "(Reuters)" is, listed or not, and so is every other mention of its name
// in the story ("Eastmere Wire said"), which the model may read as a
// person's name.
func (a *analysis) datelineAgencies() {
	var spans, towns [][2]int
	var agencies map[string]bool
	for k := 0; k < len(a.toks); k++ {
		if !(k == 0 || a.toks[k-1].line != a.toks[k].line) || !a.toks[k].allCaps || !a.datelineTown(k) {
			continue
		}
		line := a.toks[k].line
		towns = append(towns, [2]int{a.toks[k].start, a.toks[k].end})
		for j := k + 2; j < len(a.toks) && j < k+12 && a.toks[j].line == line; j++ {
			if a.toks[j].text != "(" {
				continue
			}
			e := j + 1
			for e < len(a.toks) && a.toks[e].kind == tWord && a.toks[e].cap && a.toks[e].line == line {
				e++
			}
			if e > j+1 && e+1 < len(a.toks) && a.toks[e].text == ")" && isDatelineDash([]rune(a.toks[e+1].text)[0]) {
				spans = append(spans, [2]int{a.toks[j+1].start, a.toks[e-1].end})
				if agencies == nil {
					agencies = map[string]bool{}
				}
				agencies[clean(string(a.runes[a.toks[j+1].start:a.toks[e-1].end]))] = true
			}
			break
		}
	}
	a.setNames(towns, TypePlace)
	if len(spans) == 0 {
		return
	}
	a.setNames(spans, TypeOrganisation)
	for i := range a.cands {
		if c := &a.cands[i]; (c.typ == TypePerson || c.typ == TypePlace) && !c.filed() && agencies[c.name] {
			c.typ = TypeOrganisation
		}
	}
}

// isDatelineDash: a hyphen, or the en or em dash a wire's dateline may end on.
func isDatelineDash(r rune) bool { return isHyphen(r) || r == '\u2013' || r == '\u2014' }
