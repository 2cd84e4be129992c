package suggest

import (
	"sort"
	"strings"
	"unicode"

	"claimdesk/app/reading"
)

// candidate is a proposed mention before overlaps are resolved.
type candidate struct {
	start, end int
	typ, rule  string
	conf       float64
	name       string
	id         int64
	norm       string
	hedge      string
	speaker    string
}

// filed: a name the analyst filed (a known entity's name or alias), which
// rules after the model neither retype nor re-bound: its suggestion carries
// that entity.
func (c candidate) filed() bool { return c.rule == RuleKnown || c.id != 0 }

type lineInfo struct {
	heading  bool
	shouting bool // mostly capitals: says nothing about acronyms
}

// analysis is the state of one Suggest call.
type analysis struct {
	gaz   *Gazetteer
	doc   Document
	runes []rune
	toks  []token
	lines []lineInfo

	gazHits    []candidate // static gazetteer
	gazCovered []bool      // per token: inside a static gazetteer hit
	cands      []candidate
	quotes     []candidate
	titleSpans [][2]int // quoted titles of works: no names chunked inside
	reg        *registry
	known      *KnownNames // the workspace's names (matchDocNames)
	final      []candidate
	tagged     []candidate     // the learned tagger's names (tagger.go)
	outside    []float32       // per token: the tagger's margin for "no name" (0 if it saw one)
	gazRaw     []acHit         // the gazetteer's matches, for the tagger's features
	alone      map[[2]int]bool // rule names no tagger span overlaps (tagger_merge.go)
	gazAt      map[[2]int]int  // gazRaw's pattern by [start, end), built by gazKind
	lineNums   []int           // figures on each line, counted by scoredTown
	ruleConf   ruleTable       // the rules' calibrated confidences (rule_confidence.go)
}

func newAnalysis(g *Gazetteer, doc Document) *analysis {
	a := &analysis{gaz: g, doc: doc, runes: []rune(doc.Text), ruleConf: ruleConfidence()}
	a.toks = tokenize(a.runes)
	a.reg = newRegistry()
	return a
}

func (a *analysis) run() {
	a.findHeadings()
	a.findQuotes()
	a.matchGazetteer()
	a.chunk()
	a.acronymDefinitions()
	a.matchDocNames()
	a.theNorth()
	a.learned()
	a.listedPlacesStayPlaces()
	a.joinNames()
	a.clubsInResults()
	a.clubsInSportsProse()
	a.companiesInMovers()
	a.teamsAfterRiders()
	a.companiesSayingIts()
	a.companiesInDiary()
	a.partiesInElectionResults()
	a.sourcesEmployers()
	a.placesInWeather()
	a.photoCredits()
	a.datelineAgencies()
	a.newsDesks()
	a.placesInApposition()
	a.countriesByCues()
	a.orgsByFirstWord()
	a.outletNamed()
	a.takeLegalFormStops()
	a.findValues()
	a.dropOutletLine()
	a.resolve()
	a.attributeQuotes()
	a.final = append(a.final, a.quotes...)
}

// findHeadings marks title-case lines (headlines, section titles), where
// capitalisation says nothing about names: only gazetteer and known names
// are matched there.
func (a *analysis) findHeadings() {
	nLines := 1
	if len(a.toks) > 0 {
		nLines = a.toks[len(a.toks)-1].line + 1
	}
	a.lines = make([]lineInfo, nLines)
	counted := make([]int, nLines)
	caps := make([]int, nLines)
	stop := make([]bool, nLines) // the line ends with a full stop
	words, upper := make([]int, nLines), make([]int, nLines)
	for i, t := range a.toks {
		if t.kind == tWord {
			words[t.line]++
			if t.allCaps {
				upper[t.line]++
			}
		}
		if i+1 == len(a.toks) || a.toks[i+1].line != t.line {
			stop[t.line] = t.text == "."
		}
		if t.kind != tWord {
			continue
		}
		if !t.cap && (lowerFunction[t.text] || len([]rune(t.text)) <= 2) {
			continue
		}
		counted[t.line]++
		if t.cap {
			caps[t.line]++
		}
	}
	for i := range a.lines {
		a.lines[i].shouting = upper[i] >= 3 && upper[i]*2 >= words[i]
		a.lines[i].heading = counted[i] >= 2 && counted[i] <= 14 && !stop[i] && float64(caps[i]) >= 0.75*float64(counted[i])
	}
}

var lowerFunction = set(`a an the of and or in on at to for with from by amid as vs via into over after before about`)

// add appends a candidate.
func (a *analysis) add(c candidate) {
	if c.start < 0 || c.end > len(a.runes) || c.start >= c.end {
		return
	}
	a.cands = append(a.cands, c)
}

// tokenAt returns the index of the first token starting at or after rune
// offset off.
func (a *analysis) tokenAt(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].start >= off })
}

// word returns the token text at k, or "" past either end.
func (a *analysis) word(k int) string {
	if k < 0 || k >= len(a.toks) {
		return ""
	}
	return a.toks[k].text
}

// matchGazetteer finds countries, cities, regions and organisations.
func (a *analysis) matchGazetteer() {
	hits := a.gaz.ac.findAll(a.runes, nil)
	hits = longestNonOverlapping(hits)
	a.gazRaw = hits
	a.gazCovered = make([]bool, len(a.toks))
	for _, h := range hits {
		e := a.gaz.entries[h.pat]
		// a city followed by another capitalised name word is a person's name
		// ("Douglas Adams"), not the city.
		if e.kind == 't' {
			k := a.tokenAt(h.end)
			if k < len(a.toks) && a.toks[k].kind == tWord && a.toks[k].cap && a.toks[k].space && !a.toks[k].nl &&
				nameShaped(a.toks[k].text) && !orgHeads[a.toks[k].text] && !placeHeads[a.toks[k].text] {
				continue
			}
		}
		name := a.readShared(string(a.runes[h.start:h.end]), e.name)
		c := candidate{start: h.start, end: h.end, typ: e.typ, rule: RuleGazetteer, conf: e.conf, name: name}
		a.gazHits = append(a.gazHits, c)
		a.add(c)
		for k := a.tokenAt(h.start); k < len(a.toks) && a.toks[k].start < h.end; k++ {
			a.gazCovered[k] = true
		}
	}
	// places in capitals: "BERLIN, Oct 14 (Reuters)", "NEW YORK"
	for k := 0; k < len(a.toks); k++ {
		if !a.toks[k].allCaps || a.gazCovered[k] {
			continue
		}
		for n := 2; n >= 1; n-- {
			if k+n > len(a.toks) {
				continue
			}
			var words []string
			for j := k; j < k+n; j++ {
				if !a.toks[j].allCaps || (j > k && (a.toks[j].nl || !a.toks[j].space)) {
					words = nil
					break
				}
				words = append(words, titleCase(a.toks[j].text))
			}
			if words == nil {
				continue
			}
			i, ok := a.gaz.byPat[strings.Join(words, " ")]
			if !ok || a.gaz.entries[i].typ != TypePlace {
				continue
			}
			e := a.gaz.entries[i]
			c := candidate{start: a.toks[k].start, end: a.toks[k+n-1].end, typ: e.typ, rule: RuleGazetteer, conf: e.conf - 0.1, name: e.name}
			a.gazHits = append(a.gazHits, c)
			a.add(c)
			for j := k; j < k+n; j++ {
				a.gazCovered[j] = true
			}
			k += n - 1
			break
		}
	}
}

// titleCase: "BERLIN" -> "Berlin".
func titleCase(w string) string {
	r := []rune(strings.ToLower(w))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// longestNonOverlapping keeps, leftmost first, the longest of overlapping hits.
func longestNonOverlapping(hits []acHit) []acHit {
	sort.Slice(hits, func(i, j int) bool {
		li, lj := hits[i].end-hits[i].start, hits[j].end-hits[j].start
		if li != lj {
			return li > lj
		}
		return hits[i].start < hits[j].start
	})
	var out []acHit
	maxEnd := 0
	for _, h := range hits {
		maxEnd = max(maxEnd, h.end)
	}
	taken := make([]bool, maxEnd)
	for _, h := range hits {
		ok := true
		for i := h.start; i < h.end; i++ {
			if taken[i] {
				ok = false
				break
			}
		}
		if ok {
			for i := h.start; i < h.end; i++ {
				taken[i] = true
			}
			out = append(out, h)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// nameShaped reports whether a capitalised word can be part of a name.
func nameShaped(w string) bool {
	if w == "" || stopCaps[w] || demonyms[w] || reading.IsCalendarName(w) {
		return false
	}
	r := []rune(w)
	if !unicode.IsUpper(r[0]) {
		return false
	}
	return true
}

// koreanGiven reports a romanised hyphenated given name: "Jong-un", "Il-sung".
func koreanGiven(w string) bool {
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) {
		return false
	}
	parts := strings.FieldsFunc(w, isHyphen)
	if len(parts) != 2 {
		return false
	}
	for i, p := range parts {
		pr := []rune(p)
		if len(pr) < 1 || len(pr) > 5 {
			return false
		}
		for j, c := range pr {
			if !unicode.IsLetter(c) {
				return false
			}
			if (i > 0 || j > 0) && unicode.IsUpper(c) {
				return false
			}
		}
	}
	return true
}

// resolve keeps the best of overlapping entity, date and number candidates:
// longer spans first, then higher confidence.
func (a *analysis) resolve() {
	cs := a.dropInsideEvents(a.dropPeopleWords(a.trimNameEdges(a.cands)))
	sort.SliceStable(cs, func(i, j int) bool {
		li, lj := cs[i].end-cs[i].start, cs[j].end-cs[j].start
		if li != lj {
			return li > lj
		}
		if cs[i].conf != cs[j].conf {
			return cs[i].conf > cs[j].conf
		}
		return cs[i].start < cs[j].start
	})
	taken := make([]bool, len(a.runes)+1)
	for _, c := range cs {
		free := true
		for i := c.start; i < c.end; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := c.start; i < c.end; i++ {
			taken[i] = true
		}
		a.final = append(a.final, c)
	}
	sort.Slice(a.final, func(i, j int) bool { return a.final[i].start < a.final[j].start })
	// Every mention of a registered name carries the registered canonical name.
	for i := range a.final {
		c := &a.final[i]
		if c.typ == TypePerson || c.typ == TypeOrganisation || c.typ == TypePlace {
			if e := a.reg.byKey(c.name); e != nil && e.typ == c.typ {
				c.name, c.id = e.name, e.id
			}
		}
	}
}
