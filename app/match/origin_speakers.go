package match

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/names"
	"claimdesk/app/reading"
)

// Speakers the text names without saying who they are: a company by its bare name
// ("Adriacon said"), a body by what it is and its name in apposition ("the terminal
// operator, Adriacon,"), a person by a title after their name ("Serdar Akbulut, chairman
// of the Ro-Ro Carriers' Association"). News copy names a speaker once in full and then
// by the short name; these rules find the full naming.

// appositiveBodyRe finds a body named in apposition to what it is: "the operator, PT
// Samudra Lintas Nusantara,", "The terminal operator, Adriacon, rejects".
var appositiveBodyRe = regexp.MustCompile(`\b(company|firm|operator|carrier|airline|miner|group|union|association|owner|shipowner|insurer|lender|bank|manufacturer|developer|contractor|producer|exporter|importer|retailer)s?,\s+((?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}\p{Lu}[\p{L}&'’-]*),`)

// appositiveBodyBefore is the body last named in apposition before pos ("" when none),
// and where; kind, when not "", is the word that must say what it is ("union").
func appositiveBodyBefore(text string, kind string) (string, int) {
	name, at := "", -1
	for _, m := range appositiveBodyRe.FindAllStringSubmatchIndex(text, -1) {
		if kind != "" && text[m[2]:m[3]] != kind {
			continue
		}
		name, at = strings.TrimSpace(text[m[4]:m[5]]), m[0]
	}
	return name, at
}

// personTitleRe finds a title after a person's name, up to the body or office it is of:
// "Serdar Akbulut, chairman of the Ro-Ro Carriers' Association (RODER),", "Anna Lis,
// head of the Baltic Ferry Company".
var personTitleRe = regexp.MustCompile(`^(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:chairman|chairwoman|chair|president|head|director|secretary|spokesman|spokeswoman|spokesperson|chief|leader|founder|owner|manager|executive|officer|coordinator|representative|economist|analyst|strategist)\s+(?:of|at|for|with)\s+([^,;()]+)`)

// personBody is the body a person named in a speaker phrase speaks for, by the title the
// text gave them after their name, where it first names them or at any later mention up to
// the phrase ("Elena Vidal does not accept it. Vidal, who heads the crews' union SITRAF,
// says"); "" when none or when the title is of a state (those are read as governments).
func (r *originReader) personBody(phrase string, before int) string {
	name := lastName(phrase)
	if name == "" {
		return ""
	}
	var ats []int // the name's mentions up to the phrase, in code points
	size := len([]rune(name))
	for _, at := range r.mentionsOf(name) {
		if at+size > before {
			break
		}
		ats = append(ats, at)
	}
	if j := strings.Index(string(r.rs[before:]), name); j >= 0 {
		ats = append(ats, before+len([]rune(string(r.rs[before:])[:j]))) // named here: "said Chiamaka Eze, the firm's chief economist"
	}
	for _, at := range ats {
		if b := r.titleBodyOnce(at, name); b != "" {
			return b
		}
	}
	return ""
}

// mentionsOf is where name stands in the text (code points, in order, as strings.Index
// finds them one after another), read once per name: personBody runs for each speaker
// phrase, and reading the text from its start each time made a run-on sentence that names
// one person hundreds of times take half a minute.
func (r *originReader) mentionsOf(name string) []int {
	if ats, ok := r.nameAts[name]; ok {
		return ats
	}
	ats := []int{}
	for off, at := 0, 0; ; {
		i := strings.Index(r.text[off:], name)
		if i < 0 {
			break
		}
		at += utf8.RuneCountInString(r.text[off : off+i])
		ats = append(ats, at)
		off += i + len(name)
		at += utf8.RuneCountInString(name)
	}
	if r.nameAts == nil {
		r.nameAts = map[string][]int{}
	}
	r.nameAts[name] = ats
	return ats
}

// titleBodyOnce is titleBody, read once per mention of a name.
func (r *originReader) titleBodyOnce(at int, name string) string {
	key := titleAt{at, name}
	if b, ok := r.titleBodies[key]; ok {
		return b
	}
	b := r.titleBody(at, name)
	if r.titleBodies == nil {
		r.titleBodies = map[titleAt]string{}
	}
	r.titleBodies[key] = b
	return b
}

// titleAt is a mention of a name: where it stands, and the name.
type titleAt struct {
	at   int
	name string
}

// titleBody is the body the title after the mention of a person's name at `at` ties them
// to, "" when none.
func (r *originReader) titleBody(at int, name string) string {
	after := string(r.rs[min(len(r.rs), at+len([]rune(name))):min(len(r.rs), at+200)])
	if m := personTitleRe.FindStringSubmatch(after); m != nil {
		return orgIn(m[1])
	}
	if b, _ := bodyHeaded(after); b != "" {
		return b // "Shota Mchedlishvili, who heads the gas workers' union,"
	}
	// "Chiamaka Eze, the firm's chief economist": the body of that kind named before
	if m := possessiveTitleRe.FindStringSubmatch(after); m != nil {
		kind := strings.ToLower(m[1])
		if !bodyKinds[kind] {
			kind = ""
		}
		if org := r.orgBefore(at, kind); org != "" || kind == "" {
			return org
		}
		// no body of that kind named: the one the text described by what it is ("The pilots'
		// federation says ... Hugo Pinto, the federation's leader,"), named as the reading of
		// that description names it
		return r.describedBefore(at, kind)
	}
	return ""
}

// describedBefore is the last body of a kind the text before pos describes by what it is
// ("the pilots' federation"), named as genericBodyName names it; "" when none.
func (r *originReader) describedBefore(pos int, kind string) string {
	last := ""
	for _, m := range bodyByKindRe.FindAllStringSubmatch(string(r.rs[:pos]), -1) {
		if strings.EqualFold(m[1], kind) {
			last = m[0]
		}
	}
	words := Words(last)
	if !slices.Contains(words, kind) {
		return ""
	}
	return genericBodyName(words, kind)
}

// bodyByKindRe finds a body described by what it is, with up to two words before its
// kind ("the pilots' federation", "the ferry crews' union"); group 1 is the kind.
var bodyByKindRe = regexp.MustCompile(`(?i)\bthe\s+(?:[\p{L}'’-]+\s+){0,2}(firm|company|bank|group|union|association|federation|chamber|operator|airline|carrier)\b`)

// possessiveTitleRe finds a title that names its body by what it is: ", the firm's chief
// economist", ", the union's general secretary".
var possessiveTitleRe = regexp.MustCompile(`^(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+(?:the|its)\s+(firm|company|bank|group|union|association|federation|chamber|operator|airline|carrier)(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}?(?:chairman|chairwoman|chair|president|head|director|secretary|spokesman|spokeswoman|spokesperson|chief|leader|founder|owner|manager|executive|officer|economist|analyst|strategist)\b`)

// lastName is the last capitalised word of a speaker phrase that is no office or
// function word ("Akbulut" in "chairman Serdar Akbulut"), "" when none.
func lastName(phrase string) string {
	fields := strings.Fields(phrase)
	for i := len(fields) - 1; i >= 0; i-- {
		f := strings.Trim(fields[i], ",.()\"“”")
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if len(f) >= 3 && f[0] >= 'A' && f[0] <= 'Z' && !officeWords[strings.ToLower(f)] && !stopwords[strings.ToLower(f)] {
			return f
		}
	}
	return ""
}

// namedSpeaker is a proper name that speaks for itself ("Adriacon said", "rejects, said
// Nordhavn"): capitalised words that are no country, office, medium or function word,
// and that the text also writes capitalised inside a sentence (a sentence's first word
// is capitalised whatever it is: "Witnesses said" names no one). "" when the phrase is
// no such name.
func (r *originReader) namedSpeaker(phrase string) string {
	fields := strings.Fields(strings.NewReplacer("'s", "", "’s", "").Replace(phrase))
	if len(fields) > 0 && strings.EqualFold(fields[0], "the") {
		fields = fields[1:]
	}
	if n := len(fields); n > 1 && strings.HasPrefix(fields[n-1], "(") {
		fields = fields[:n-1] // "Zambezi Power Transit (ZPT)": the acronym is no part of the name
	}
	for len(fields) > 1 && (strings.HasSuffix(fields[0], "-based") || strings.HasSuffix(fields[0], "-owned")) {
		fields = fields[1:] // "Piraeus-based Kallisto Maritime": where it is based is no part of its name
	}
	if len(fields) == 0 || len(fields) > 4+connectors(fields) {
		return ""
	}
	for i, f := range fields {
		f = strings.Trim(f, ",.;:()\"“”")
		if i > 0 && i < len(fields)-1 && (f == "and" || f == "of" || f == "for") {
			continue // "Brekke Valley Fire and Rescue": a word that joins a body's name
		}
		rs := []rune(f)
		if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
			return ""
		}
		lw := strings.ToLower(f)
		if officeWords[lw] || stopwords[lw] || pronounWords[lw] || attributiveVerbs[lw] || privateRoleWords[lw] {
			return ""
		}
	}
	name := strings.Trim(strings.Join(fields, " "), ",.;:()\"“”")
	if countryOf(name) != "" || r.countryIn(name) != "" || AgencyByName(name) != nil {
		return ""
	}
	if !r.capitalisedInside(fields[0]) && !r.firmCalledLater(name) {
		return ""
	}
	if len(fields) == 1 {
		if n := r.longerName(name); n != "" {
			return n // "according to Kallisto" where the text names "Kallisto Maritime"
		}
		return r.fullName(name) // "Beridze" after "Manana Beridze, 63,"
	}
	return name
}

// connectors counts the words inside a name that join its capitalised words ("and",
// "of", "for"); a name may be that much longer.
func connectors(fields []string) int {
	n := 0
	for _, f := range fields[min(1, len(fields)):max(1, len(fields)-1)] {
		if f == "and" || f == "of" || f == "for" {
			n++
		}
	}
	return n
}

// privateRoleWords are the roles of private people, who are read by privateSpeaker.
var privateRoleWords = wordSet(strings.ReplaceAll(privateRoles, "|", " "))

// capitalisedInside reports whether word appears capitalised after another word of its
// sentence somewhere in the text (a name, not a sentence's first word).
func (r *originReader) capitalisedInside(word string) bool {
	text := r.text
	for i := strings.Index(text, word); i >= 0; {
		before := strings.TrimRight(text[:i], " \t")
		if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?\n\"“”:—-") {
			return true
		}
		j := strings.Index(text[i+len(word):], word)
		if j < 0 {
			break
		}
		i += len(word) + j
	}
	return false
}

// lastPrivateSpeaker is the private person last named in text by their role ("a survivor,
// Nurul Aina Ismail", "Rahmat Hidayat, a 41-year-old trader"), "" when none.
func lastPrivateSpeaker(text string) string {
	name, at := "", -1
	for _, re := range []*regexp.Regexp{privateBefore, privateAfter} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if m[2] > at {
				name, at = text[m[2]:m[3]], m[2]
			}
		}
	}
	return name
}

// isMedium: an attribution to a news medium, which relays what others said.
func (a attribution) isMedium() bool { return a.kind == "agency" || a.kind == "state_media" }

// scopeOver applies the scope of an attribution outside the statement to one inside it.
// A speaker inside the marked words ("The union put participation at 90 percent", "The
// union has announced a strike") is the statement's content when the sentence says who
// reported it after it: a medium after it relays it ("..., the Italian agency ANSA
// reported": root the union, channel ANSA); anyone else after it is the speaker ("...,
// according to Akbulut": Akbulut tells what the union announced). A speaker before or
// after the statement with a medium after it ("Kremlin spokesman Belov said the deal was
// signed, Interfax reported") has that medium as its channel; a medium after it that
// cites its own source relays that source instead. It returns the attribution
// that is the root and the medium that relayed it (nil when none).
func scopeOver(atts []attribution, best attribution, focus, focusEnd int) (attribution, *attribution) {
	var outer *attribution // the first attribution after the statement (or a medium after best inside it)
	for i := range atts {
		if (atts[i].at >= focusEnd || atts[i].isMedium()) && atts[i].at > best.at && (outer == nil || atts[i].at < outer.at) {
			outer = &atts[i]
		}
	}
	if outer == nil || best.isMedium() {
		return best, nil
	}
	inside := best.at >= focus && best.at < focusEnd
	switch {
	case outer.isMedium() && outer.upstream != nil:
		// "..., according to the Orlan Press Agency, which quoted the Bureau of Water
		// Safety": a medium that names its own source holds the statement through it
		return *outer, nil
	case outer.isMedium():
		return best, outer
	case inside:
		return *outer, nil
	}
	return best, nil
}

// sameClause keeps the attributions in the statement's own clause when the sentence
// joins clauses with a semicolon ("The union says nine in ten stayed away; the port
// authority counted fewer than one in two"): a speaker across the semicolon is another
// clause's. When the statement's clause has none, all are kept.
func (r *originReader) sameClause(atts []attribution, from, to, focus, focusEnd int) []attribution {
	cs, ce := from, to
	for i := focus - 1; i >= from; i-- {
		if r.rs[i] == ';' {
			cs = i + 1
			break
		}
	}
	for i := focusEnd; i < to; i++ {
		if r.rs[i] == ';' {
			ce = i
			break
		}
	}
	var out []attribution
	for _, a := range atts {
		if a.at >= cs && a.at < ce {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return atts
	}
	return out
}

// genericBodies are the words that name a non-state body by what it is: "the union",
// "the company", "the chamber of commerce".
var genericBodies = wordSet(`union company firm operator carrier airline association chamber federation`)

// bodyHead is the generic body word a speaker phrase rests on ("union" in "the union",
// "union officials", "a spokesman for the union"), "" when none.
func bodyHead(words []string) string {
	for _, w := range words {
		if genericBodies[w] {
			return w
		}
	}
	return ""
}

// bodyKindOf is the word a named body's name must hold to be the one a generic word
// refers to: a union's name says "union"; a company's need not ("" = any body).
func bodyKindOf(head string) string {
	if bodyKinds[head] {
		return head
	}
	return ""
}

// genericBodyName names an unnamed body as the text describes it, without its determiner
// or the office that speaks for it: "union" ("union officials say"), "Austrian chamber of
// commerce" ("The Austrian chamber of commerce puts").
func genericBodyName(words []string, head string) string {
	i := slices.Index(words, head)
	s := i
	for s > 0 && s > i-2 && !stopwords[words[s-1]] && !officeWords[words[s-1]] {
		s--
	}
	e := i + 1
	if e+1 < len(words) && words[e] == "of" && !stopwords[words[e+1]] {
		e += 2 // "chamber of commerce"
	}
	name := strings.Join(words[s:e], " ")
	if c := countryOf(cases(words[s])); c != "" && s < i {
		name = cases(words[s]) + " " + strings.Join(words[s+1:e], " ") // "Austrian chamber of commerce"
	}
	return name
}

// cases capitalises a word's first letter ("austrian" → "Austrian").
func cases(w string) string {
	rs := []rune(w)
	if len(rs) == 0 {
		return w
	}
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// ResolveVague reads, in another article of the same claim, what a vague root of this one
// names: for a body word ("union") the one body of that kind the other article names
// ("the USLP port workers' union" → "USLP"); for a bare name ("Basarnas") the origin the
// other article gives the words it stands for ("the National Search and Rescue Agency
// (Basarnas)" → that country's government). ok is false when the article says nothing.
func ResolveVague(text, outlet string, o OriginReading) (root, kind string, ok bool) {
	if o.Vague == "" {
		return "", "", false
	}
	rs := []rune(text)
	r := &originReader{rs: rs, text: string(rs), outlet: outlet, refs: reading.FindReferences(text)}
	if o.Vague == "government" {
		// "the authorities" in an article that names no country: the government a bare
		// office of the other article speaks for (its dateline's for a bureau abroad), else
		// the country it is about
		r.setCountries(text, outlet)
		c := r.outletCountry
		if c == "" {
			c = r.mainCountry
		}
		if c == "" {
			return "", "", false
		}
		return GovernmentName(c), "government", true
	}
	if o.Vague != "name" {
		kind := bodyKindOf(o.Vague)
		if kind == "" {
			kind = o.Vague
		}
		if org := r.orgBefore(len(r.rs), kind); org != "" {
			return org, "organisation", true
		}
		return "", "", false
	}
	r.setCountries(text, outlet)
	// a person this article names bare is who the other says they are ("Babatunde
	// Ogunleye" there is "CBN Governor Babatunde Ogunleye"): the name read there
	if last := lastName(o.Root); last != "" && strings.Contains(o.Root, " ") {
		if i := strings.Index(text, last); i > 0 {
			s := len([]rune(text[:i]))
			if root, kind := r.resolve(s, s+len([]rune(last)), OriginReading{}); root != "" && kind != "body" && kind != "name" && kind != "office" && kind != "outlet" && root != o.Root {
				return root, kind, true
			}
		}
	}
	// "the National Search and Rescue Agency (Basarnas)": the phrase the name stands for
	i := strings.Index(text, "("+o.Root+")")
	if i <= 0 {
		return "", "", false
	}
	end := len([]rune(text[:i]))
	start := end
	for start > 0 && !strings.ContainsRune(",.;:\n\"“”", r.rs[start-1]) && end-start < 80 {
		start--
	}
	if root, kind := r.resolve(start, end, OriginReading{}); root != "" && kind != "body" && kind != "name" {
		return root, kind, true
	}
	return "", "", false
}

// compoundAnd reports whether the "and" at word s joins two words of one name rather than
// two clauses: lower-case words on both sides, the one after no determiner or pronoun
// ("search and rescue agency", "infrastructure and transport ministry"; not "turned back
// and the ministry said").
func compoundAnd(words []speakerWord, s, k int) bool {
	if s == 0 || s+1 >= k {
		return false
	}
	before, after := words[s-1].text, words[s+1].text
	if !unicode.IsLower([]rune(before)[0]) || !unicode.IsLower([]rune(after)[0]) {
		return false
	}
	return !stopwords[after] && !pronounWords[after] && !attributiveVerbs[before]
}

// nameAnd reports whether the "and" at word s, before the verb at word k, is inside a
// body's name ("Brekke Valley Fire and Rescue said", "the Ministry of Health and Social
// Welfare said", "the Ports and Harbours Authority said"): capitalised words on both
// sides up to the verb, none a country, and one of them a word that names what a public
// or private body does. Two people ("Ingrid Solberg and Per Aune said") or two countries
// ("Russia and China said") stay apart.
func nameAnd(words []speakerWord, s, k int) bool {
	if s == 0 || s+1 >= k {
		return false
	}
	body := false
	for i := s - 1; i < k; i++ {
		w := words[i].text
		if i == s {
			continue
		}
		lw := strings.ToLower(w)
		if i > s && (lw == "of" || lw == "for") {
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) || countryOf(w) != "" {
			return false
		}
		body = body || bodyNameWords[lw]
	}
	return body
}

// bodyNameWords name what a body does, in the names that join two such words with "and":
// "Fire and Rescue", "Health and Social Welfare", "Ports and Harbours", "Trade and Industry".
var bodyNameWords = wordSet(`fire rescue health welfare social safety emergency emergencies ports port harbours harbors
harbour harbor roads bridges works trade industry commerce transport transportation environment energy water
sanitation fisheries agriculture forestry forests parks wildlife housing education culture sport sports justice
affairs security services service authority board commission council agency department office ministry
institute society trust foundation association union federation`)

// relativeHead reports whether the relative pronoun at word s opens a clause that
// describes the noun before it ("agency that carried out", "company which runs"): a noun
// before it, a verb (no determiner or pronoun) after it.
func relativeHead(words []speakerWord, s int) bool {
	before, after := strings.ToLower(words[s-1].text), strings.ToLower(words[s+1].text)
	if notHeads[before] || attributiveVerbs[before] || auxWords[before] {
		return false
	}
	return !stopwords[after] && !pronounWords[after] && !unicode.IsUpper([]rune(words[s+1].text)[0])
}

// notHeads are words a relative clause cannot describe: "clear that ...", "so that".
var notHeads = wordSet(`the a an this these those it its he she they we is was are were be been and or but so such clear sure likely possible`)

// showsVerbs are what data does in news copy: "figures from the ministry showed".
var showsVerbs = wordSet(`showed shows show indicated indicates suggested suggests`)

// sourceOfShowing is the phrase after "from" in the subject of a showing verb at word k
// ("initial information from the Indonesian authorities showed" → "the Indonesian
// authorities"), empty when the subject names no source.
func (r *originReader) sourceOfShowing(words []speakerWord, k, from int) [2]int {
	// "central bank data showed", "customs figures showed": the words before the data
	if k >= 2 && dataWords[strings.ToLower(words[k-1].text)] && !stopwords[strings.ToLower(words[k-2].text)] {
		s := k - 2
		for s > 0 && k-1-s < 3 && !stopwords[strings.ToLower(words[s-1].text)] && !strings.ContainsAny(string(r.rs[words[s-1].end:words[s].start]), ",;:\"“”") {
			s--
		}
		return [2]int{words[s].start, words[k-2].end}
	}
	for j := k - 1; j > 0 && j >= k-8; j-- {
		lw := strings.ToLower(words[j].text)
		if lw == "from" || lw == "by" {
			if j+1 < k && dataWords[strings.ToLower(words[j-1].text)] {
				return [2]int{words[j+1].start, words[k-1].end}
			}
			return [2]int{}
		}
		if strings.ContainsAny(string(r.rs[words[j].end:words[j+1].start]), ",;:\"“”") {
			break
		}
	}
	return [2]int{}
}

// dataWords are what a source releases and what then "shows" something.
var dataWords = wordSet(`information data figures statistics records report reports findings results estimates count tally assessment`)

// homeOfNewOfficial is the outlet's own country when a speaker phrase gives an official
// by title and a name the text has not named before ("Transport Minister Lim Wei Jian
// said") and the outlet is a national medium of a country the story involves: such a
// medium writes its own country's officials without the country, and another's with it
// ("Indonesian Transport Minister ..."). "" otherwise.
func (r *originReader) homeOfNewOfficial(phrase string, pos int) string {
	if r.outletHome == "" || !r.outletIsAgency || globalWires[r.outlet] || !r.domestic() {
		return ""
	}
	// a title, then a full name to the phrase's end: "Transport Minister Lim Wei Jian"
	fields := strings.Fields(phrase)
	t := -1
	for i, f := range fields {
		if officeWords[strings.ToLower(f)] {
			t = i
		}
	}
	name := fields[t+1:]
	if t < 0 || len(name) < 2 || len(name) > 4 {
		return ""
	}
	for _, f := range name {
		if !unicode.IsUpper([]rune(f)[0]) {
			return ""
		}
	}
	if strings.Contains(string(r.rs[:pos]), name[len(name)-1]) {
		return "" // named before: read as that person
	}
	return r.outletHome
}

// globalWires are the agencies that report the world for the world: they name every
// official's country, their own included, so the rule above is not theirs.
var globalWires = map[string]bool{"Reuters": true, "Associated Press": true, "Agence France-Presse": true, "Bloomberg": true, "United Press International": true}

// lowerWords are the words of a phrase written in lower case ("union" in "the union
// officials", not "Chamber" in "the Chamber of Deputies") and its first word, which may
// open a sentence ("Union officials say"), lower-cased as Words gives them.
func lowerWords(phrase string) []string {
	var out []string
	for i, f := range strings.FieldsFunc(phrase, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
		if i == 0 || unicode.IsLower([]rune(f)[0]) { // a phrase's first word may open its sentence
			out = append(out, strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f), "'s"), "’s"))
		}
	}
	return out
}

// clauseBefore is the end of text from its last sentence or paragraph break: the words
// that may introduce a name ("Russian Deputy Prime Minister"), not a statement before it
// ("... the Spanish agency EFE reported. Officer ").
func clauseBefore(text string) string {
	for _, br := range []string{". ", "\n", "? ", "! "} {
		if i := strings.LastIndex(text, br); i >= 0 {
			text = text[i+len(br):]
		}
	}
	return text
}

// quoteCloser reads the speaker of a quotation that is still open at the end of sentence
// sn: the attribution of the sentence of the same paragraph where it closes ("They kept
// selling tickets. People sat on the stairs," he said.). Empty when the quotation is
// closed, or closes without a speaker.
func (r *originReader) quoteCloser(sents []Sentence, sn Sentence, prev OriginReading) OriginReading {
	paraStart := sn.Start
	for paraStart > 0 && r.rs[paraStart-1] != '\n' {
		paraStart--
	}
	if !quoteOpen(r.rs[paraStart:sn.End]) {
		return OriginReading{}
	}
	for _, next := range sents {
		if next.Start < sn.End {
			continue
		}
		if strings.ContainsRune(string(r.rs[sn.End:next.Start]), '\n') {
			return OriginReading{} // the paragraph ended with the quotation open
		}
		if !quoteOpen(r.rs[paraStart:next.End]) {
			// the speaker is named after the quotation closes (`... his own wish," Mamani
			// said.`): a reporting verb inside it ("What the minister announced") is part of
			// what is quoted
			from := next.Start
			for k := next.Start; k < next.End; k++ {
				if !quoteOpen(r.rs[paraStart : k+1]) {
					from = k + 1
					break
				}
			}
			return r.sentence(from, next.End, -1, -1, prev)
		}
	}
	return OriginReading{}
}

// quoteOpen reports whether text leaves a quotation open: an odd number of straight
// double quotes, or more opening curly quotes than closing ones.
func quoteOpen(text []rune) bool {
	var q quoteDepth
	for _, c := range text {
		q.read(c)
	}
	return q.open()
}

// quoteDepth counts the quotation marks read so far (quoteOpen).
type quoteDepth struct{ straight, curly int }

func (q *quoteDepth) read(c rune) {
	switch c {
	case '"':
		q.straight++
	case '“':
		q.curly++
	case '”':
		q.curly--
	}
}

func (q quoteDepth) open() bool { return q.straight%2 == 1 || q.curly > 0 }

// Quoted reports whether the statement at [start, end) of text is a direct quote: at
// least half of it lies inside a quotation of its paragraph (`"No ship will sail," the
// company said.` is the company's words as spoken, though the sentence names who spoke).
func Quoted(text string, start, end int) bool {
	rs := []rune(text)
	if start < 0 || end > len(rs) || start >= end {
		return false
	}
	para := start
	for para > 0 && rs[para-1] != '\n' {
		para--
	}
	var q quoteDepth
	inside := 0
	for k := para; k < end; k++ {
		if k >= start && q.open() {
			inside++
		}
		q.read(rs[k])
	}
	return inside*2 >= end-start
}

// acronymRe finds an acronym in a speaker phrase.
var acronymRe = regexp.MustCompile(`\b\p{Lu}{2,}[\p{Lu}\p{Ll}]*\b`)

// definedBody is the body an acronym in a speaker phrase stands for, where the article
// spells it out in parentheses ("the Austrian Economic Chamber (WKO)" makes "WKO
// transport spokeswoman" the chamber's) or names a body whose initials it is ("MAN" for
// "the Manufacturers Association of Nigeria"); "" when the acronym is no body's (a state
// office such as "the Joint Chiefs of Staff (JCS)" is read as a government).
func (r *originReader) definedBody(phrase string) string {
	text := r.text
	for _, acr := range acronymRe.FindAllString(phrase, -1) {
		i := strings.Index(text, "("+acr+")")
		if i <= 0 {
			// "MAN Director-General" after "the Manufacturers Association of Nigeria": a
			// body named in full whose initials the acronym is
			if r.bodies == nil {
				r.bodies = append(orgRe.FindAllString(text, -1), "") // "" marks "read", and names no body
			}
			for _, m := range r.bodies {
				if org := orgIn(m); len(acr) >= 3 && org != "" && names.SpellsInitials(acr, org) {
					return org
				}
			}
			continue
		}
		before := []rune(strings.TrimRight(text[:i], " "))
		window := string(before[max(0, len(before)-80):])
		if loc := orgRe.FindAllStringIndex(window, -1); len(loc) > 0 && loc[len(loc)-1][1] == len(window) {
			if org := orgIn(window[loc[len(loc)-1][0]:]); org != "" {
				return org
			}
		}
	}
	return ""
}

// bulletAt reports whether the line holding pos is a bullet point ("- ", "• ", "* ").
func bulletAt(rs []rune, pos int) bool {
	i := pos
	for i > 0 && rs[i-1] != '\n' {
		i--
	}
	line := strings.TrimLeft(string(rs[i:min(len(rs), i+3)]), " \t")
	return strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "* ")
}

// InLead reports whether the sentence at pos of text (an article body) lies in the
// article's lead paragraph (leadParagraph).
func InLead(text string, pos int) bool {
	rs := []rune(text)
	sents := Sentences(text)
	lead := leadParagraph(rs, sents)
	para, prevEnd := 0, 0
	for _, sn := range sents {
		if strings.ContainsRune(string(rs[min(prevEnd, sn.Start):sn.Start]), '\n') {
			para++
		}
		prevEnd = sn.End
		if pos >= sn.Start && pos < sn.End {
			return para == lead
		}
	}
	return false
}

// leadParagraph is the number (from 0, as ReadOrigin counts them) of the article's lead:
// the first paragraph with a sentence of eight words or more, figures not counted (not a
// byline, a date or an update line).
func leadParagraph(rs []rune, sents []Sentence) int {
	para, prevEnd := 0, 0
	for _, sn := range sents {
		if strings.ContainsRune(string(rs[min(prevEnd, sn.Start):sn.Start]), '\n') {
			para++
		}
		prevEnd = sn.End
		if bulletAt(rs, sn.Start) {
			continue // a summary's bullet points go with the lead they sum up
		}
		n := 0
		for _, w := range Words(string(rs[sn.Start:sn.End])) {
			if strings.ContainsFunc(w, unicode.IsLetter) {
				n++
			}
		}
		if n >= 8 {
			return para
		}
	}
	return para
}

// releaseVerbs are what a source does with a document or a figure: "the manifest
// published by the agency", "figures released by the ministry".
var releaseVerbs = wordSet(`published released issued compiled provided supplied announced posted disclosed confirmed reported stated filed given`)

// agentOfRelease is the agent after "<released> by" at word k ("by" itself), up to the
// office, body or name that ends it ("the search and rescue agency" in "published by the
// search and rescue agency lists 143 names"); empty when word k is no such "by".
func (r *originReader) agentOfRelease(words []speakerWord, k int) [2]int {
	if k == 0 || k+1 >= len(words) || strings.ToLower(words[k].text) != "by" || !releaseVerbs[strings.ToLower(words[k-1].text)] {
		return [2]int{}
	}
	for e := k + 1; e < len(words) && e <= k+8; e++ {
		lw := strings.ToLower(words[e].text)
		if officeWords[lw] || genericBodies[lw] || bodyWords[lw] {
			// "by the coast guard of Chile": the office's country or place after "of"
			if e+2 < len(words) && strings.ToLower(words[e+1].text) == "of" && unicode.IsUpper([]rune(words[e+2].text)[0]) &&
				!strings.ContainsAny(string(r.rs[words[e].end:words[e+2].start]), ",;:\"“”—") {
				e += 2
			}
			return [2]int{words[k+1].start, words[e].end}
		}
		if e > k+1 && strings.ContainsAny(string(r.rs[words[e-1].end:words[e].start]), ",;:\"“”—") {
			return [2]int{words[k+1].start, words[e-1].end}
		}
	}
	return [2]int{words[k+1].start, words[min(len(words)-1, k+4)].end}
}

// anonymousRe finds a source the text ties to no body: "a person familiar with the vote",
// "people with knowledge of the talks", "a source who asked not to be named". One tied to
// a body ("two central bank sources", "a source at the ministry") is that body's.
var anonymousRe = regexp.MustCompile(`(?i)^(?:a|an|one|two|three|several|some)?\s*(?:person|people|source|sources|insider|insiders)\s+(?:familiar\b(?:\s+with)?|with knowledge of|briefed on|who (?:asked|declined|spoke on condition))`)

// ownName names the outlet's own reporting as a root ("" outlet: the article's).
func (r *originReader) ownName() string {
	if r.outlet != "" {
		return r.outlet
	}
	return "the outlet"
}

// introOf is the clause that introduces the person a speaker phrase names, at their first
// mention ("The CBN Governor, Mr Babatunde " before "Ogunleye"), or the words just before
// the phrase when it names them first; "" when the phrase names no one.
func (r *originReader) introOf(phrase string, pos int) string {
	name := lastName(phrase)
	if name == "" {
		return ""
	}
	text := string(r.rs[:pos])
	if i := strings.Index(text, name); i >= 0 {
		text = text[:i]
	}
	ctx := []rune(text)
	return clauseBefore(string(ctx[max(0, len(ctx)-60):]))
}

// portfolioRe finds an office whose portfolio a body-like name gives: "State Minister for
// Water Resources", "Water Resources State Minister", "Secretary of Energy".
var portfolioRe = regexp.MustCompile(`(?i)\b(?:minister|ministry|secretary|department|commissioner)\s+(?:of|for)\s+$|^\s*(?:state\s+|deputy\s+|junior\s+)?(?:minister|secretary|ministry)\b`)

// portfolio reports whether the body name org stands in phrase as an office's portfolio,
// not as a body that speaks.
func portfolio(phrase, org string) bool {
	i := strings.Index(phrase, org)
	if i < 0 {
		return false
	}
	return portfolioRe.MatchString(phrase[:i]) || portfolioRe.MatchString(phrase[i+len(org):])
}

// relativeHeadBefore is the noun phrase a relative clause describes when a speaker phrase
// starts right after its pronoun ("The Malaysian agency" before "that carried out the
// rescue says"), back to a comma or eight words; empty when there is none.
func (r *originReader) relativeHeadBefore(words []speakerWord, phraseStart, from int) [2]int {
	s := -1
	for i, w := range words {
		if w.start == phraseStart {
			s = i
		}
	}
	if s < 2 {
		return [2]int{}
	}
	rel := s - 1
	if !relativeWords[strings.ToLower(words[rel].text)] || strings.ToLower(words[rel].text) == "who" || !relativeHead(words, rel) {
		return [2]int{}
	}
	e := rel - 1
	b := e
	for b > 0 && e-b < 7 && !strings.ContainsAny(string(r.rs[words[b-1].end:words[b].start]), ",;:\"“”—") {
		b--
	}
	return [2]int{words[b].start, words[e].end}
}

// lastCountryBefore is the country last named in the 200 code points before pos ("At
// Dalia, just inside Bangladesh, ..., the country's water board said"), "" when none.
func (r *originReader) lastCountryBefore(pos int) string {
	ws := speakerWords(r.rs, max(0, pos-200), pos)
	for i := len(ws) - 1; i >= 0; i-- {
		if w := ws[i].text; unicode.IsUpper([]rune(w)[0]) {
			if c := countryOf(w); c != "" {
				return c
			}
		}
	}
	return ""
}

// hearsayRe finds a statement that the outlet passes on from reports it does not name
// ("North Korea reportedly sent troops", "is said to have"): it adds no origin, not even
// the outlet's own.
var hearsayRe = regexp.MustCompile(`(?i)\b(?:reportedly|allegedly|purportedly|(?:is|are|was|were) said to)\b`)
