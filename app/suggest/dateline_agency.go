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
		if !(k == 0 || a.toks[k-1].line != a.toks[k].line) || !a.toks[k].allCaps || !(a.datelineTown(k) || a.undatedDateline(k)) {
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

// undatedDateline: a town in capitals opening a line, a dash, then a
// sentence in mixed case ("SUNDAL — Rescuers drilled ..."): a dateline with
// no date. It opens the story: only a headline, a byline or nothing stands
// before it (mid-story, "NOTE - " and a market report's "BONDS - " label a
// paragraph). A line in capitals ("ROWING - HOLM WINS") or in title case
// ("PRESALE - Bay County Bonds": no word in lower case but "of" and the
// like) is a heading,
// and a wire's flags ("UPDATE -", "BREAKING -") and listed organisations are
// no town.
func (a *analysis) undatedDateline(k int) bool {
	line := a.toks[k].line
	if k+2 >= len(a.toks) || !a.opensTheStory(k) || a.lines[line].shouting || a.lines[line].heading || acronymStop[a.toks[k].text] || a.toks[k+1].line != line ||
		a.toks[k+1].kind != tPunct || !isDatelineDash([]rune(a.toks[k+1].text)[0]) {
		return false
	}
	next := a.toks[k+2]
	if next.line != line || next.kind != tWord || !next.cap || next.allCaps {
		return false
	}
	for _, c := range a.gazHits {
		if c.start == a.toks[k].start && c.typ != TypePlace {
			return false
		}
	}
	for j := k + 3; j < len(a.toks) && a.toks[j].line == line; j++ {
		if a.toks[j].kind == tWord && !a.toks[j].cap && !lowerFunction[a.toks[j].text] {
			return true // a sentence goes on after the dash
		}
	}
	return false
}

// opensTheStory: at most three lines stand before token k, none of them a
// sentence (a headline, a byline and a standfirst end on no full stop).
func (a *analysis) opensTheStory(k int) bool {
	lines := 0
	for j := 0; j < k; j++ {
		if j == 0 || a.toks[j-1].line != a.toks[j].line {
			lines++
		}
		if lines > 3 || ((j+1 == k || a.toks[j+1].line != a.toks[j].line) && a.toks[j].text == ".") {
			return false
		}
	}
	return true
}

// isDatelineDash: a hyphen, or the en or em dash a wire's dateline may end on.
func isDatelineDash(r rune) bool { return isHyphen(r) || r == '\u2013' || r == '\u2014' }
