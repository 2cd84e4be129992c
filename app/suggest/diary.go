package suggest

// diaryCues follow a company's name in a diary of the week ahead: what it
// publishes or holds ("Unilever results", "Ryanair traffic figures",
// "Grenholm shareholders vote", "the Audiva deal").
var diaryCues = set(`results earnings shareholders AGM traffic sales deal`)

// companiesInDiary reads a diary line, one that opens with a day and a
// colon ("Tuesday: Novartis, Talvik results; Bank of England rate
// decision."): the capitalised words right before a diary cue name a
// company, and so do the names listed before them with commas or "and".
// The model reads such lines as a sentence whose first word is capitalised
// anyway and leaves the names out. A place of the gazetteer or a person of
// two words or more there stays what it is, and a name the analyst filed is
// not touched (setNames).
func (a *analysis) companiesInDiary() {
	var names [][2]int // token ranges [from, to)
	for from := 0; from < len(a.toks); {
		to := from
		for to < len(a.toks) && a.toks[to].line == a.toks[from].line {
			to++
		}
		if to-from > 2 && monthOrDay(a.toks[from].text) && a.toks[from+1].text == ":" {
			for k := from + 2; k < to; k++ {
				if !diaryCues[a.toks[k].text] {
					continue
				}
				end := k
				for end > from+2 {
					start := end
					for start > from+2 && a.toks[start-1].kind == tWord && a.toks[start-1].cap {
						start--
					}
					if start == end {
						break
					}
					names = append(names, [2]int{start, end})
					if p := a.word(start - 1); p != "," && p != "and" {
						break
					}
					end = start - 1
				}
			}
		}
		from = to
	}
	var spans [][2]int
	for _, n := range names { // after the loop: setNames moves a.cands
		start, end := a.toks[n[0]].start, a.toks[n[1]-1].end
		if a.placeOrPersonAt(start, end) {
			continue
		}
		spans = append(spans, [2]int{start, end})
	}
	a.setNames(inTextOrder(spans), TypeOrganisation)
}

// placeOrPersonAt: a gazetteer place or a person of two words or more
// stands at exactly [start, end).
func (a *analysis) placeOrPersonAt(start, end int) bool {
	for _, c := range a.cands {
		if c.start == start && c.end == end && (c.typ == TypePlace && c.rule == RuleGazetteer || c.typ == TypePerson && c.end-c.start > len([]rune(lastWord(c.name)))) {
			return true
		}
	}
	return false
}
