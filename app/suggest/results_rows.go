package suggest

import (
	"sort"

	"claimdesk/app/names"
)

// sportSlugs open a sports story's first line in news copy ("SOCCER - ",
// "BASKETBALL - STANDINGS"): a results page may carry no other sports word.
var sportSlugs = set(`SOCCER FOOTBALL BASKETBALL BASEBALL CRICKET RUGBY HOCKEY HANDBALL VOLLEYBALL NFL NBA NHL`)

// isSportsStory: the first line opens with a sport's slug, or the copy has
// sports words enough (four, the tagger's own cue, sportsCopy, which counts
// them in any case: "Striker Lewis Okoro scored").
func (a *analysis) isSportsStory() bool {
	n := 0
	for k, t := range a.toks {
		if k < 4 && t.line == 0 && sportSlugs[t.text] {
			return true
		}
		if t.kind == tWord && isSportsWord(t) {
			if n++; n >= 4 { // as sportsCopy counts
				return true
			}
		}
	}
	return false
}

// isSportsWord: the word, in lower case, is a sports word. A capitalised
// one is lower-cased into a buffer: a map lookup by converted bytes does
// not allocate, where strings.ToLower would for every capitalised word.
func isSportsWord(t token) bool {
	if !t.cap {
		return sportsWords[t.text]
	}
	var buf [16]byte // longer than any sports word
	if len(t.text) > len(buf) {
		return false
	}
	for i := 0; i < len(t.text); i++ {
		c := t.text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return sportsWords[string(buf[:len(t.text)])]
}

// clubsInResults retypes as organisations the cities and regions that name
// teams in a sports story's results lines and standings rows ("Seattle 105
// Oakland 98", "CHICAGO 41 20 .672"): lines made only of names and figures.
// The model reads such a row in capitals as a place when the story has few
// sports words, and the gazetteer always does. Countries stay places (a
// national side is written as its country, and news sets mark it so), as do
// a name in brackets ("( Venezuela )"), a venue before a colon and a
// dateline ("DENVER 2026-05-12").
func (a *analysis) clubsInResults() {
	var rows map[int]bool // line -> a results or standings row
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypePlace || c.filed() {
			continue
		}
		if rows == nil {
			if !a.isSportsStory() {
				return
			}
			rows = a.resultsRows()
		}
		k := a.tokenAt(c.start)
		if k >= len(a.toks) || !rows[a.toks[k].line] || a.inBrackets(k) || a.gaz.countries[c.name] || a.gaz.countries[names.TitleCase(c.name)] {
			continue
		}
		if e := a.tokenAt(c.end); e < len(a.toks) && a.toks[e].line == a.toks[k].line && a.toks[e].text == ":" {
			continue
		}
		c.typ = TypeOrganisation
	}
}

// clubVerbs follow a club's name in sports prose ("Nice have been unable
// to win", "Montreal lost", "Stockport play Doncaster"); clubObjects come
// before one ("a win over Barnsley", "beat Oldham").
var (
	clubVerbs   = set(`beat beats drew lost won snapped tied trail trailed play plays host hosts have has`)
	clubObjects = set(`over beat beating play plays host hosts v vs`)
	clubHave    = set(`won lost not been scored drawn`)
)

// clubsInSportsProse retypes as organisations the towns that do what a team
// does in a sports story's prose (clubVerbs, clubObjects; "has" and "have"
// only before a result, clubHave) and both sides of a fixture ("Oldham v
// Wigan"). The model reads a town in a sentence as the place unless the
// sentence is plainly about the club. Countries and regions stay places,
// as in scoredTown ("France beat Wales"), and so does a town in brackets.
func (a *analysis) clubsInSportsProse() {
	sports := -1 // unknown
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypePlace || c.filed() {
			continue
		}
		k, e := a.tokenAt(c.start), a.tokenAt(c.end)
		if k >= len(a.toks) || a.inBrackets(k) {
			continue
		}
		line := a.toks[k].line
		on := func(j int) string { // the word at j on c's line
			if j < 0 || j >= len(a.toks) || a.toks[j].line != line {
				return ""
			}
			return a.toks[j].text
		}
		after := on(e)
		if !(clubObjects[on(k-1)] || after == "v" || after == "vs" || clubVerbs[after] && (after != "has" && after != "have" || clubHave[on(e+1)])) {
			continue
		}
		if a.gaz.countries[c.name] || a.gaz.countries[names.TitleCase(c.name)] {
			continue // checked after the cue: TitleCase allocates
		}
		if kind := a.gazKind(*c); kind != 0 && kind != 't' {
			continue // a country or a region: a national side is the place's name
		}
		if sports < 0 {
			sports = 0
			if a.isSportsStory() {
				sports = 1
			}
		}
		if sports == 0 {
			return
		}
		c.typ = TypeOrganisation
	}
}

// resultsRows finds the lines made of names and figures only, with two
// figures or more outside brackets and no date: results lines and table rows.
func (a *analysis) resultsRows() map[int]bool {
	inName := make([]bool, len(a.toks))
	for _, c := range a.cands {
		if c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace {
			for k := a.tokenAt(c.start); k < len(a.toks) && a.toks[k].start < c.end; k++ {
				inName[k] = true
			}
		}
	}
	rows := map[int]bool{}
	for from := 0; from < len(a.toks); {
		to := from
		for to < len(a.toks) && a.toks[to].line == a.toks[from].line {
			to++
		}
		nums, names, depth, ok := 0, 0, 0, true
		for k := from; k < to && ok; k++ {
			t := a.toks[k]
			switch {
			case t.text == "(":
				depth++
			case t.text == ")":
				depth = max(0, depth-1)
			case depth > 0:
			case inName[k]:
				names++
			case t.kind == tNum:
				nums++
				// a date ("2026-05-12") makes a dateline
				ok = !(len(t.text) == 4 && k+2 < to && a.toks[k+1].text == "-" && a.toks[k+2].kind == tNum)
			case t.kind == tPunct:
			default:
				ok = false
			}
		}
		if ok && names > 0 && nums >= 2 {
			rows[a.toks[from].line] = true
		}
		from = to
	}
	return rows
}

// inBrackets: token k stands inside round brackets on its line.
func (a *analysis) inBrackets(k int) bool {
	depth := 0
	for j := k - 1; j >= 0 && a.toks[j].line == a.toks[k].line; j-- {
		switch a.toks[j].text {
		case "(":
			depth++
		case ")":
			depth--
		}
	}
	return depth > 0
}

// companiesInMovers reads a table of share movers: two or more lines that
// hold a capitalised name and then a signed change ("Petrobras   +1.8",
// "Marisol Calcados   -0.3"), figures after it allowed. The name is a
// company, whatever the model read; where it read none, the row's name is
// added. A name the gazetteer lists as a place stays a place (a table of
// growth forecasts by country).
func (a *analysis) companiesInMovers() {
	type row struct{ from, to int } // the name's tokens
	var rows []row
	a.eachLineName(func(from, n, to int) {
		ok := n > from && n+1 < to && (a.toks[n].text == "+" || a.toks[n].text == "-") && a.toks[n+1].kind == tNum && !a.toks[n+1].space
		for k := n + 2; k < to && ok; k++ {
			ok = a.toks[k].kind == tNum || a.toks[k].kind == tPunct
		}
		if ok {
			rows = append(rows, row{from, n})
		}
	})
	if len(rows) < 2 {
		return
	}
	for _, r := range rows {
		start, end := a.toks[r.from].start, a.toks[r.to-1].end
		found := false
		for i := range a.cands {
			c := &a.cands[i]
			if c.end <= start || c.start >= end || !(c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace) {
				continue
			}
			found = true
			if c.start == start && c.end == end && c.rule != RuleGazetteer && !c.filed() {
				c.typ = TypeOrganisation
			}
		}
		if !found {
			a.addLayoutName(start, end, TypeOrganisation)
		}
	}
}

// eachLineName calls fn for each line of the document with its tokens
// [from, to) and n, the end of the capitalised words that open it (n ==
// from when none does): the name column of a table's row.
func (a *analysis) eachLineName(fn func(from, n, to int)) {
	for from := 0; from < len(a.toks); {
		to := from
		for to < len(a.toks) && a.toks[to].line == a.toks[from].line {
			to++
		}
		n := from
		for n < to && a.toks[n].kind == tWord && a.toks[n].cap {
			n++
		}
		fn(from, n, to)
		from = to
	}
}

// teamsAfterRiders reads a ranked results line of a stage race or a
// championship, "3. Tristan Hoffman ( Netherlands ) TVM same time": the
// capitalised words after a person's bracketed country, up to the figures,
// a lower-case word or the line's end, are the team (hyphenated parts
// included, "MG-Technogym"). The model often leaves the team out, and the
// line shows no other sign of a name there.
func (a *analysis) teamsAfterRiders() {
	// the first token of each line, found once: walking back from every bracket to its
	// line's start was quadratic on a long line of brackets
	first := make([]int, len(a.toks))
	for k := range a.toks {
		if k > 0 && a.toks[k-1].line == a.toks[k].line {
			first[k] = first[k-1]
		} else {
			first[k] = k
		}
	}
	ranked := false // a bracket on a line opening with a figure: else no work
	for k, t := range a.toks {
		if t.text == "(" && a.toks[first[k]].kind == tNum {
			ranked = true
			break
		}
	}
	if !ranked {
		return
	}
	nameAt := map[int]int{} // first token -> index in a.cands, names only
	endAt := map[int]int{}  // token after the name -> its index
	var teams, riders [][2]int
	for i, c := range a.cands {
		if c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace {
			nameAt[a.tokenAt(c.start)] = i
			endAt[a.tokenAt(c.end)] = i
		}
	}
	for k, t := range a.toks {
		if t.text != "(" {
			continue
		}
		// before the bracket a person (or the rider read as a team: the
		// team after the bracket says which is which), on a line opening with a rank
		p, ok := endAt[k]
		if !ok || !(a.cands[p].typ == TypePerson || a.cands[p].typ == TypeOrganisation) || a.toks[first[k]].kind != tNum {
			continue
		}
		// in the bracket a place, alone
		c, ok := nameAt[k+1]
		if !ok || a.cands[c].typ != TypePlace {
			continue
		}
		closing := a.tokenAt(a.cands[c].end)
		if closing >= len(a.toks) || a.toks[closing].text != ")" {
			continue
		}
		from := closing + 1
		commas := from < len(a.toks) && a.toks[from].text == "," && a.toks[from].line == t.line
		if commas {
			from++ // "( Italy ) , Reynard Honda , 53.980"
		}
		to := from
		for to < len(a.toks) && a.toks[to].line == t.line {
			if n := a.toks[to]; n.kind == tWord && n.cap {
				to++
			} else if isHyphen([]rune(n.text)[0]) && !n.space && to+1 < len(a.toks) && !a.toks[to+1].space && a.toks[to+1].cap {
				to += 2
			} else {
				break
			}
		}
		if to == from || (to < len(a.toks) && a.toks[to].line == t.line && a.toks[to].kind == tWord && a.toks[to].cap) {
			continue
		}
		if commas {
			// the team, a comma and the time; not the next of a list of
			// people ("( Canada ) , Michael Johnson ( U.S. ) , ...")
			if to+1 >= len(a.toks) || a.toks[to].text != "," || a.toks[to+1].kind != tNum || a.toks[to+1].line != t.line {
				continue
			}
		} else if to < len(a.toks) && a.toks[to].line == t.line && a.toks[to].kind == tPunct && a.toks[to].text != "+" {
			continue
		}
		teams = append(teams, [2]int{a.toks[from].start, a.toks[to-1].end})
		if a.cands[p].typ == TypeOrganisation {
			riders = append(riders, [2]int{a.cands[p].start, a.cands[p].end})
		}
	}
	// after the loop: setNames moves a.cands
	a.setNames(teams, TypeOrganisation)
	a.setNames(riders, TypePerson)
}

// setNames makes each range [start, end) of spans a name of type typ: the
// name there is retyped, names crossing it are dropped, and one is added
// where none was; nothing changes in a range where the analyst filed a name.
// spans are in text order and do not overlap (one team a results line), so
// one pass over the candidates does for all of them what a pass for each did
// (a table of 4,000 rider lines took 3 s, quadratic in its rows).
func (a *analysis) setNames(spans [][2]int, typ string) {
	if len(spans) == 0 {
		return
	}
	// at is the span overlapping [start, end), or -1
	at := func(start, end int) int {
		i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > start })
		if i < len(spans) && spans[i][0] < end {
			return i
		}
		return -1
	}
	filed := make([]bool, len(spans))
	for _, c := range a.cands {
		if c.filed() {
			for i := at(c.start, c.end); i >= 0 && i < len(spans) && spans[i][0] < c.end; i++ {
				filed[i] = true
			}
		}
	}
	found := make([]bool, len(spans))
	kept := a.cands[:0]
	for _, c := range a.cands {
		drop := false
		if c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace {
			for i := at(c.start, c.end); i >= 0 && i < len(spans) && spans[i][0] < c.end && !drop; i++ {
				switch {
				case filed[i]:
				case c.start == spans[i][0] && c.end == spans[i][1] && !found[i]:
					c.typ, found[i] = typ, true
				default:
					drop = true
				}
			}
		}
		if !drop {
			kept = append(kept, c)
		}
	}
	a.cands = kept
	for i, s := range spans {
		if !filed[i] && !found[i] {
			a.addLayoutName(s[0], s[1], typ)
		}
	}
}

// addLayoutName adds a name that only the layout shows: a capitalised
// phrase no tagger span overlaps, with that rule's calibrated confidence.
func (a *analysis) addLayoutName(start, end int, typ string) {
	a.add(candidate{start: start, end: end, typ: typ, rule: RuleCapitalised,
		conf: a.ruleConf.calibrated(calibKey(RuleCapitalised, true), 0.5), name: clean(string(a.runes[start:end]))})
}

// inTextOrder sorts spans by start and drops any that overlaps the one
// before it, as setNames needs (a diary line lists its names back from the cue).
func inTextOrder(spans [][2]int) [][2]int {
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	kept := spans[:0]
	for _, s := range spans {
		if len(kept) > 0 && s[0] < kept[len(kept)-1][1] {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}
