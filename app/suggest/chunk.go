package suggest

import (
	"sort"
	"strings"
	"unicode"

	"claimdesk/app/names"
	"claimdesk/app/reading"
)

// chunk finds runs of capitalised words and types them with title cues, head
// words and name shape.
func (a *analysis) chunk() {
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tWord || !t.cap || a.lines[t.line].heading {
			continue
		}
		run := a.extendRun(i)
		a.processRun(run)
		i = run[len(run)-1]
	}
}

// isCapWord: a capitalised word that may continue a run.
func (a *analysis) isCapWord(k int) bool {
	if k >= len(a.toks) {
		return false
	}
	t := a.toks[k]
	return t.kind == tWord && t.cap && !t.nl && t.space && !monthOrDay(t.text) && !(stopCaps[t.text] && !t.allCaps)
}

func monthOrDay(w string) bool { return reading.IsCalendarName(w) }

// extendRun returns the token indices of the run starting at i: capitalised
// words and the connectors between them.
func (a *analysis) extendRun(i int) []int {
	toks := a.toks
	run := []int{i}
	ofSeen := false
	j := i
	for {
		k := j + 1
		if k >= len(toks) || toks[k].nl {
			break
		}
		nt := toks[k]
		prev := toks[j]
		switch {
		case a.isCapWord(k):
			run = append(run, k)
			j = k
			continue
		case nt.kind == tWord && !nt.cap && nt.space:
			w := nt.text
			ok := false
			switch {
			case nameParticles[w]:
				ok = prev.cap && a.isCapWord(k+1)
			case w == "of":
				ok = (orgHeads[prev.text] || placeHeads[prev.text] || titleWords[prev.text]) &&
					(a.isCapWord(k+1) || (k+2 < len(toks) && toks[k+1].text == "the" && a.isCapWord(k+2)))
			case w == "for" || w == "on":
				ok = orgHeads[prev.text] && (a.isCapWord(k+1) || (k+2 < len(toks) && toks[k+1].text == "the" && a.isCapWord(k+2)))
			case w == "and" || w == "&":
				ok = ofSeen && a.isCapWord(k+1) && !orgHeads[prev.text]
			case w == "to":
				ok = titleWords[prev.text] && !titleModifiers[prev.text] && a.isCapWord(k+1)
			}
			if ok {
				if w == "of" || w == "for" || w == "on" {
					ofSeen = true
				}
				run = append(run, k)
				j = k
				if w != "to" && toks[k+1].text == "the" {
					run = append(run, k+1)
					j = k + 1
				}
				continue
			}
		case nt.kind == tPunct && nt.text == "&" && nt.space && prev.kind == tWord && prev.cap &&
			a.isCapWord(k+1) && !orgHeads[prev.text]:
			// an ampersand between capitalised words joins a firm's name:
			// "Procter & Gamble", "Marks & Spencer Plc"
			run = append(run, k)
			j = k
			continue
		case nt.kind == tPunct && isApos([]rune(nt.text)[0]) && !nt.space && strings.HasSuffix(prev.text, "s") &&
			k+1 < len(toks) && toks[k+1].space && a.isCapWord(k+1) && a.isCapWord(j+0) == a.isCapWord(j):
			// plural possessive inside a name: "Workers' Party"
			if k+1 < len(toks) && (orgHeads[toks[k+1].text] || placeHeads[toks[k+1].text]) {
				run = append(run, k)
				j = k
				continue
			}
		case nt.text == "." && !nt.space && prev.kind == tWord && prev.cap && (abbrevs[prev.text] || len([]rune(prev.text)) == 1) &&
			!a.endsRunAbbrev(j) && a.isCapWord(k+1):
			// "St. Andrew", "George W. Bush"
			run = append(run, k)
			j = k
			continue
		}
		break
	}
	return run
}

// endsRunAbbrev: a single-letter abbreviation that begins a gazetteer name
// ("N. Korea") does not join the run before it.
func (a *analysis) endsRunAbbrev(j int) bool { return a.gazCovered[j] }

// capUnits returns the indices in run of capitalised words.
func (a *analysis) capUnits(run []int) []int {
	var u []int
	for _, k := range run {
		if a.toks[k].kind == tWord && a.toks[k].cap {
			u = append(u, k)
		}
	}
	return u
}

func isTitle(w string) bool { return titleWords[w] && !titleModifiers[w] }

// processRun splits a run at its title word and types the parts.
func (a *analysis) processRun(run []int) {
	toks := a.toks
	last := run[len(run)-1]
	lastIsHead := orgHeads[toks[last].text] || placeHeads[toks[last].text]
	// find the last title word
	p := -1
	for idx, k := range run {
		if toks[k].kind == tWord && toks[k].cap && isTitle(toks[k].text) {
			if idx == 0 && run[0] > 0 && toks[run[0]].sentInit == false && false {
				continue
			}
			p = idx
		}
	}
	if p >= 0 && !lastIsHead {
		before := run[:p]
		// drop title modifiers at the end of the part before ("Vice Culture")
		a.processSegment(before)
		after := run[p+1:]
		if len(after) > 0 {
			a.titledName(after)
		}
		return
	}
	a.processSegment(run)
}

// titledName types the words after a title as a person: "Minister [Olga
// Lyubimova]", "Ambassador to North Korea [Alexandr Matsegora]", "Minister of
// Culture [Olga Lyubimova]".
func (a *analysis) titledName(after []int) {
	toks := a.toks
	complement := false
	if w := toks[after[0]].text; w == "of" || w == "to" || w == "for" {
		complement = true
		after = after[1:]
		for len(after) > 0 && !toks[after[0]].cap {
			after = after[1:]
		}
	}
	units := a.capUnits(after)
	if len(units) == 0 {
		return
	}
	if complement {
		// skip a place or organisation named at the start of the complement
		skip := 0
		for skip < len(units) && a.gazCovered[units[skip]] {
			skip++
		}
		switch {
		case skip > 0:
			units = units[skip:]
		case len(units) >= 3:
			units = units[len(units)-2:]
		default:
			return
		}
		if len(units) == 0 {
			return
		}
	}
	// strip leading words that cannot start a name
	for len(units) > 0 && (!nameShaped(toks[units[0]].text) || isTitle(toks[units[0]].text) || titleModifiers[toks[units[0]].text]) {
		units = units[1:]
	}
	if len(units) == 0 || len(units) > 4 {
		return
	}
	for _, k := range units {
		if orgHeads[toks[k].text] || placeHeads[toks[k].text] {
			return
		}
	}
	// a bare place after a title ("Governor of Primorsky"): only one unit and
	// known as a place
	if len(units) == 1 && a.gazCovered[units[0]] {
		return
	}
	if len([]rune(toks[units[len(units)-1]].text)) < 2 {
		return
	}
	a.addPerson(units[0], units[len(units)-1], RuleTitleCue, 0.85)
}

// addPerson adds a person over tokens [first, last] and registers the name.
func (a *analysis) addPerson(first, last int, rule string, conf float64) {
	toks := a.toks
	start, end := toks[first].start, toks[last].end
	name := clean(string(a.runes[start:end]))
	a.add(candidate{start: start, end: end, typ: TypePerson, rule: rule, conf: conf, name: name})
	if conf < 0.6 {
		return
	}
	e := a.reg.entity(TypePerson, name, 0, start)
	if e == nil {
		return
	}
	a.reg.alias(e, name, RuleAlias, 0.85)
	if first != last {
		// the family name: last word, or the first before a Korean-style
		// hyphenated given name ("Kim Jong-un")
		if koreanGiven(toks[last].text) {
			a.reg.surname(e, toks[first].text)
		} else {
			a.reg.surname(e, toks[last].text)
			if fw := toks[first].text; len(a.reg.firstWords[fw]) == 0 || a.reg.firstWords[fw][0] != e {
				a.reg.firstWords[fw] = append(a.reg.firstWords[fw], e)
			}
		}
	}
}

// listedPlace: the whole run is a place the gazetteer lists ("West Bank"):
// its last word is not a head word that makes it an organisation.
func (a *analysis) listedPlace(seg []int) bool {
	if a.gaz == nil {
		return false
	}
	name := clean(string(a.runes[a.toks[seg[0]].start:a.toks[seg[len(seg)-1]].end]))
	return a.listedPlaceName(name)
}

// listedPlaceName: the gazetteer lists name as a place.
func (a *analysis) listedPlaceName(name string) bool {
	i, ok := a.gaz.byPat[name]
	return ok && a.gaz.entries[i].typ == TypePlace
}

// joinedByAmpersand: the run holds an ampersand between capitalised words
// ("Hollis & Brandt"), which in news copy writes a firm's name (a place such
// as "Trinidad & Tobago" is listed and kept as a place by listedPlace).
func joinedByAmpersand(toks []token, seg []int) bool {
	for _, k := range seg {
		if toks[k].kind == tPunct && toks[k].text == "&" {
			return true
		}
	}
	return false
}

// processSegment types a run part with no title in it.
func (a *analysis) processSegment(seg []int) {
	toks := a.toks
	// strip leading words that cannot start a name
	for len(seg) > 0 {
		t := toks[seg[0]]
		if t.kind == tWord && t.cap && !stopCaps[t.text] && !monthOrDay(t.text) && !titleModifiers[t.text] {
			break
		}
		if a.ordinalStartsFirm(seg) {
			break
		}
		seg = seg[1:]
	}
	for len(seg) > 0 && !(toks[seg[len(seg)-1]].kind == tWord && toks[seg[len(seg)-1]].cap) {
		seg = seg[:len(seg)-1]
	}
	if len(seg) == 0 {
		return
	}
	units := a.capUnits(seg)
	// head word: an organisation's head word that ends the phrase ("Port of
	// Rotterdam Authority"), else the first that precedes of/for/on, else
	// a place's head word that ends it: in "University of Cape Town" the
	// name is the university's, and "Town" belongs to the place after "of"
	head, beforeOf := -1, -1
	for idx, k := range seg {
		w := toks[k].text
		if !(orgHeads[w] || placeHeads[w]) || !toks[k].cap {
			continue
		}
		if idx == len(seg)-1 {
			head = idx
		} else if n := toks[seg[idx+1]].text; beforeOf < 0 && (n == "of" || n == "for" || n == "on") {
			beforeOf = idx
		}
	}
	if beforeOf >= 0 && (head < 0 || !orgHeads[toks[seg[head]].text]) {
		head = beforeOf
	}
	if (head >= 0 || joinedByAmpersand(toks, seg)) && len(units) >= 2 && !a.listedPlace(seg) {
		typ := TypeOrganisation
		if head < 0 && a.listedPlaceName(strings.ReplaceAll(clean(string(a.runes[toks[seg[0]].start:toks[seg[len(seg)-1]].end])), " & ", " and ")) {
			typ = TypePlace // "Trinidad & Tobago", listed as "Trinidad and Tobago"
		}
		if head >= 0 {
			hw := toks[seg[head]].text
			if placeHeads[hw] && !orgHeads[hw] {
				typ = TypePlace
			}
			if venueHeads[hw] && head == len(seg)-1 && a.afterAt(seg[0]) { // "at the Bolshoi Theatre", not "at the University of Ghana"
				typ = TypePlace
			}
		}
		first := seg[0]
		// a place keeps no nationality adjective; an organisation does
		// ("Russian Embassy").
		if typ == TypePlace {
			for len(seg) > 1 && demonyms[toks[seg[0]].text] {
				seg = seg[1:]
			}
			first = seg[0]
		}
		start, end := toks[first].start, toks[seg[len(seg)-1]].end
		// a head word alone after a demonym ("Russian Embassy") is fine; a
		// head word alone after a title modifier is not.
		name := clean(string(a.runes[start:end]))
		a.add(candidate{start: start, end: end, typ: typ, rule: RuleHeadWord, conf: 0.8, name: name})
		if e := a.reg.entity(typ, name, 0, start); e != nil {
			a.reg.alias(e, name, RuleAlias, 0.8)
		}
		return
	}
	// generic: strip nationality adjectives ("North Korean", "Russian")
	for len(units) > 0 && (demonyms[toks[units[0]].text] || (compassWords[toks[units[0]].text] && len(units) > 1 && demonyms[toks[units[1]].text])) {
		units = units[1:]
	}
	if len(units) == 0 {
		return
	}
	// split around gazetteer names: they speak for themselves
	var part []int
	flush := func() {
		if len(part) > 0 {
			a.genericPart(part)
		}
		part = nil
	}
	for _, k := range units {
		if a.gazCovered[k] {
			flush()
			continue
		}
		part = append(part, k)
	}
	flush()
}

// afterAt: the phrase follows "at" or "at the" (a venue).
func (a *analysis) afterAt(k int) bool {
	if k >= 1 && a.toks[k-1].text == "at" {
		return true
	}
	return k >= 2 && strings.EqualFold(a.toks[k-1].text, "the") && a.toks[k-2].text == "at"
}

// inTitleSpan reports whether rune offset off lies inside a quoted title of a
// work (titleSpans are in text order and do not overlap).
func (a *analysis) inTitleSpan(off int) bool {
	i := sort.Search(len(a.titleSpans), func(i int) bool { return a.titleSpans[i][1] > off })
	return i < len(a.titleSpans) && a.titleSpans[i][0] <= off
}

// genericPart types capitalised words with no title or head word.
func (a *analysis) genericPart(units []int) {
	toks := a.toks
	// units must be contiguous words (joined by spaces or particles)
	for len(units) > 0 && !nameShaped(toks[units[0]].text) {
		units = units[1:]
	}
	if len(units) == 0 || a.inTitleSpan(toks[units[0]].start) {
		return
	}
	for _, k := range units {
		if !nameShaped(toks[k].text) && !toks[k].allCaps {
			return
		}
	}
	first, last := units[0], units[len(units)-1]
	// contiguous?
	for idx := 1; idx < len(units); idx++ {
		if units[idx] != units[idx-1]+1 && !(units[idx] == units[idx-1]+2 && nameParticles[toks[units[idx-1]+1].text]) &&
			!(units[idx] == units[idx-1]+2 && toks[units[idx-1]+1].text == ".") {
			return
		}
	}
	// "Vostochny spaceport", "the Kursk region"
	if k := last + 1; k < len(toks) && toks[k].kind == tWord && placeNouns[toks[k].text] && toks[k].space && !toks[k].nl && len(units) <= 3 {
		start, end := toks[first].start, toks[k].end
		a.add(candidate{start: start, end: end, typ: TypePlace, rule: RuleHeadWord, conf: 0.75, name: clean(string(a.runes[start:end]))})
		return
	}
	if k := last + 1; k < len(toks) && toks[k].kind == tWord && !toks[k].cap && toks[k].space && !toks[k].nl {
		if h := capitalise(toks[k].text); orgHeads[h] || placeHeads[h] {
			if a.personCueBefore(first) || (len(units) == 1 && toks[first].sentInit) {
				return
			}
			typ := TypeOrganisation
			if placeHeads[h] && !orgHeads[h] {
				typ = TypePlace
			}
			start, end := toks[first].start, toks[last].end
			a.add(candidate{start: start, end: end, typ: typ, rule: RuleHeadWord, conf: 0.55, name: clean(string(a.runes[start:end]))})
			return
		}
	}
	n := len(units)
	if j := a.prevWord(first); j >= 0 && !toks[j].cap {
		switch toks[j].text {
		case "a", "an", "of", "for", "on", "at", "in":
			if n == 1 || !a.personCueBefore(first) {
				return // "a Gallup Korea survey", "of Staff said"
			}
		case "the":
			if n > 1 {
				start, end := toks[first].start, toks[last].end
				a.add(candidate{start: start, end: end, typ: TypeOrganisation, rule: RuleCapitalised, conf: 0.45, name: clean(string(a.runes[start:end]))})
			}
			return
		}
	}
	if n == 1 {
		t := toks[first]
		if t.allCaps {
			a.acronym(first)
			return
		}
		if t.sentInit {
			return // a sentence-initial word is a name only if seen elsewhere
		}
		switch {
		case koreanGiven(t.text):
			a.addPerson(first, first, RuleCapitalised, 0.65)
		case a.personCueBefore(first) || a.reportingAfter(last) || a.appositiveAfter(last):
			a.addPerson(first, first, RuleCapitalised, 0.6)
		}
		return
	}
	if n > 4 {
		return
	}
	for _, k := range units {
		if toks[k].allCaps {
			return
		}
	}
	conf := 0.5
	if koreanGiven(toks[last].text) || a.personCueBefore(first) || a.reportingAfter(last) || a.appositiveAfter(last) || a.honorificBefore(first) {
		conf = 0.75
	}
	a.addPerson(first, last, RuleCapitalised, conf)
}

// acronym proposes an all-capitals word as an organisation.
func (a *analysis) acronym(k int) {
	t := a.toks[k]
	if acronymStop[t.text] || len([]rune(t.text)) > 6 || a.shoutingLine(t.line) {
		return
	}
	for _, r := range t.text {
		if !unicode.IsLetter(r) {
			return
		}
	}
	if a.datelineTown(k) {
		// "MINOT, North Dakota, Sept 2": the town, with the guess's weight
		a.add(candidate{start: t.start, end: t.end, typ: TypePlace, rule: RuleCapitalised, conf: 0.55, name: names.TitleCase(t.text)})
		return
	}
	a.add(candidate{start: t.start, end: t.end, typ: TypeOrganisation, rule: RuleAcronym, conf: 0.55, name: t.text})
}

// datelineTown: the word in capitals at k opens its line before a comma
// and a month ("BODO, June 9"), a place the gazetteer lists ("BODO,
// Norway") or capitalised words, a comma and a month ("MINOT, North
// Dakota, Sept 2"): a dateline's town.
func (a *analysis) datelineTown(k int) bool {
	line := a.toks[k].line
	if k+2 >= len(a.toks) || (k > 0 && a.toks[k-1].line == line) || a.toks[k+1].text != "," || a.toks[k+2].line != line {
		return false
	}
	for _, c := range a.gazHits {
		if c.start == a.toks[k+2].start && c.typ == TypePlace {
			return true
		}
	}
	j := k + 2
	for j < len(a.toks) && j < k+5 && a.toks[j].line == line && a.toks[j].kind == tWord && a.toks[j].cap && !monthOrDay(a.toks[j].text) {
		j++
	}
	if j > k+2 { // a region, then its comma
		if j >= len(a.toks) || a.toks[j].text != "," {
			return false
		}
		j++
	}
	return j < len(a.toks) && a.toks[j].line == line && monthOrDay(a.toks[j].text)
}

// shoutingLine: a line mostly in capitals says nothing about acronyms.
func (a *analysis) shoutingLine(line int) bool { return a.lines[line].shouting }

// prevWord returns the index of the word token before k in the same line, or -1.
func (a *analysis) prevWord(k int) int {
	if k <= 0 || a.toks[k].nl {
		return -1
	}
	j := k - 1
	if a.toks[j].kind != tWord {
		return -1
	}
	return j
}

func (a *analysis) personCueBefore(k int) bool {
	j := a.prevWord(k)
	if j < 0 {
		return false
	}
	return personCues[strings.ToLower(a.toks[j].text)] && !a.toks[j].cap
}

func (a *analysis) honorificBefore(k int) bool {
	if k >= 2 && a.toks[k-1].text == "." {
		w := a.toks[k-2].text
		return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" || w == "Prof"
	}
	return false
}

// reportingAfter: "X said", "X also said".
func (a *analysis) reportingAfter(k int) bool {
	for j, n := k+1, 0; j < len(a.toks) && n < 2; j, n = j+1, n+1 {
		t := a.toks[j]
		if t.kind != tWord || t.nl {
			return false
		}
		if reportingVerbs[t.text] {
			return true
		}
		if !strings.HasSuffix(t.text, "ly") && t.text != "also" {
			return false
		}
	}
	return false
}

// appositiveAfter: "X, a senior research fellow", "X, the governor of".
func (a *analysis) appositiveAfter(k int) bool {
	toks := a.toks
	j := k + 1
	if j >= len(toks) || toks[j].text != "," {
		return false
	}
	j++
	if j >= len(toks) || !(toks[j].text == "a" || toks[j].text == "an" || toks[j].text == "the") {
		return false
	}
	for n := 0; n < 5 && j+1 < len(toks); n++ {
		j++
		t := toks[j]
		if t.kind != tWord {
			return false
		}
		if roleNouns[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// acronymDefinitions links "Full Name (ACR)": the acronym becomes a mention of
// the same entity, here and wherever it recurs in the document.
func (a *analysis) acronymDefinitions() {
	toks := a.toks
	var byEnd map[int]int // end offset -> index of the longest org/place candidate ending there
	for k := 0; k+3 < len(toks); k++ {
		if toks[k+1].text != "(" || toks[k+3].text != ")" || !toks[k+2].allCaps {
			continue
		}
		acr := toks[k+2]
		// the longest candidate ending at token k
		end := toks[k].end
		if byEnd == nil {
			byEnd = map[int]int{}
			for i, c := range a.cands {
				if c.typ != TypeOrganisation && c.typ != TypePlace {
					continue
				}
				if j, ok := byEnd[c.end]; !ok || c.start < a.cands[j].start {
					byEnd[c.end] = i
				}
			}
		}
		bi, ok := byEnd[end]
		if !ok {
			continue
		}
		best := a.cands[bi]
		// "Full Name (ACR)" side by side: the acronym may take a word's first letters
		if !names.SpellsInitialsFromStarts(acr.text, string(a.runes[best.start:best.end])) {
			continue
		}
		a.add(candidate{start: acr.start, end: acr.end, typ: best.typ, rule: RuleAcronym, conf: 0.9, name: best.name})
		e := a.reg.entity(best.typ, best.name, 0, best.start)
		if e == nil {
			e = a.reg.byKey(best.name)
		}
		a.reg.alias(e, best.name, RuleAlias, 0.85)
		a.reg.alias(e, acr.text, RuleAcronym, 0.85)
	}
}

func capitalise(w string) string {
	r := []rune(w)
	if len(r) == 0 {
		return w
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
