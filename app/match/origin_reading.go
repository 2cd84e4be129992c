package match

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"claimdesk/app/geo"
	"claimdesk/app/reading"
	"claimdesk/app/suggest"
)

// OriginReading is where a statement in an article comes from, as its sentence says: the
// root origin (a government, or a medium speaking in its own voice) and the medium that
// relayed it, by canonical source name. Root "" = the sentence attributes it to no one.
type OriginReading struct {
	Root     string // "Government of Russia", "TASS", "Aurum Mining"
	RootKind string // government | agency | state_media | outlet | organisation | person
	Channel  string // the medium that relayed the root ("AFP" in "AFP, citing Interfax"), "" when none
	Cue      string // the words the reading rests on
	// Vague says the root is a reference this article does not resolve: a body by what it
	// is ("union" for "the union said", "union officials say") or "name" for a bare name
	// it never explains ("according to Basarnas"). The claim's other articles may name it
	// (ResolveVague).
	Vague  string
	office bool // a government read from an office ("the ministry", "officials in Seoul"), not a capital
}

// continues reports whether a sentence with no attribution of its own goes on with the
// statement before it though it opens a paragraph: a pronoun subject ("He ...", "They
// ..."), a quotation going on, or the speaker's first person ("our waters").
func continues(sentence []rune) bool {
	text := strings.TrimSpace(string(sentence))
	if strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“") {
		return true
	}
	ws := Words(text)
	if len(ws) > 0 && (ws[0] == "he" || ws[0] == "she" || ws[0] == "they") {
		return true
	}
	// the speaker's own words: "our waters", "we"
	for _, w := range ws {
		if w == "we" || w == "our" || w == "us" {
			return true
		}
	}
	return false
}

// GovernmentName is the source name the app gives a country's government: every way of
// naming it ("the Kremlin", "Moscow insists", "officials in Moscow", "Russia's foreign
// ministry", "Kremlin spokesman Dmitry Peskov") meets in this one source.
func GovernmentName(country string) string { return "Government of " + country }

// attributiveVerbs are the verbs that make the phrase before them a statement's origin.
var attributiveVerbs = wordSet(`said says say told tells added adds noted notes stated reported reports announced
announces insisted insists insist denied denies deny rejected rejects dismissed dismisses claimed claims accused
warned warns confirmed confirms maintained maintains argued argues called calls described describes quoted
acknowledged admitted alleged urged stressed declared publishes published wrote according citing quoting
estimated estimates`)

// speakingVerbs are attributiveVerbs and the verbs that give a statement's holder only to
// the origin reading (the matcher's roles keep to attributiveVerbs): counts and estimates
// ("officials count 11 dead"), beliefs ("the union fears", "He is sure"), refusals
// ("declined to comment", "ruled out"), criticism ("criticized the hike, saying").
var speakingVerbs = func() map[string]bool {
	m := wordSet(`count counts counted declined refused fears feared believes thinks sure convinced expects
criticized criticised saying ruled disputes disputed`)
	for w := range attributiveVerbs {
		m[w] = true
	}
	return m
}()

// provincial names a sub-national government: "Kerala state officials".
var provincial = regexp.MustCompile(`\b([A-Z][a-z]+) (provincial|regional|municipal|city|state|county) (?:[a-z]+ ){0,2}(government|authorities|officials|headquarters|office|department)\b`)

// divisionOffice is the state or province (app/geo's divisions) whose office phrase
// names: the division's name or adjective before an office word, not after a preposition
// ("officials in Texas" may be the country's). The longest name is read first ("West
// Bengal", "Rio Grande do Sul").
func divisionOffice(phrase, seatCountry string) string {
	ws := rawWords(phrase)
	last := -1 // the last office word
	for k, w := range ws {
		if divisionOfficeWords[w.lower] {
			last = k
		}
	}
	for i := 0; i < last; i++ {
		if !upper(ws[i].text) || i > 0 && prepositions[ws[i-1].lower] {
			continue
		}
		if d := divisionAt(ws, i, last, seatCountry); d != "" {
			return d
		}
	}
	// "the Government of Bavaria", "the state government of West Bengal": the name the app
	// gives the division's government, written out, is that government
	for k := 0; k+2 < len(ws); k++ {
		if divisionOfficeWords[ws[k].lower] && ws[k+1].lower == "of" && upper(ws[k+2].text) {
			if d := divisionAt(ws, k+2, len(ws), seatCountry); d != "" {
				return d
			}
		}
	}
	return ""
}

// divisionGovernment is the source name of a division's government: "Government of
// Bavaria". A name two federations give a division ("Punjab", India's and Pakistan's)
// carries the country the dateline places the story in, else the one the story is about
// ("Government of Punjab (Pakistan)"), and so does a state a country also names ("Government
// of Georgia (United States)"), so the two governments are two sources, two origins.
func (r *originReader) divisionGovernment(name string) string {
	ds := geo.DivisionNamed(name)
	if len(ds) == 0 && r.seatCountry() != "" {
		// a state a country also names, read in its country (seatCountry): "Government of
		// Georgia" is the country's
		return GovernmentName(name + " (" + r.seatCountry() + ")")
	}
	if len(ds) < 2 {
		return GovernmentName(name)
	}
	for _, c := range []string{datelineCountry(r.text), r.mainCountry, r.outletCountry} {
		for _, d := range ds {
			if c != "" && strings.EqualFold(d.Country, c) {
				return GovernmentName(name + " (" + d.Country + ")")
			}
		}
	}
	return GovernmentName(name) // which one, the story does not say
}

// divisionAt is the division named by the longest run of capitalised words from ws[i]
// (at most five, ending before ws[end]), or "". seatCountry, when the dateline is a
// state's capital in that country, lets a division a country also names count
// ("ATLANTA ... Georgia officials": the state's).
func divisionAt(ws []rawWord, i, end int, seatCountry string) string {
	for n := min(5, end-i); n >= 1; n-- {
		if !upper(ws[i+n-1].text) && (n == 1 || ws[i+n-1].lower != "state") {
			continue // a name ends in a capital, or in "state" ("Mexico state": Mexico State)
		}
		names := make([]string, n)
		for k := range names {
			names[k] = ws[i+k].text
		}
		if d := geo.DivisionNamed(strings.Join(names, " ")); len(d) > 0 {
			return d[0].Name
		}
		if seatCountry != "" {
			if d := geo.DivisionNamedIn(strings.Join(names, " "), seatCountry); len(d) > 0 {
				return d[0].Name
			}
		}
	}
	return ""
}

// divisionOfficeWords make a division's name an office of its government; "police" is
// left out (a federal force in some federations), and so are bodies that speak for
// themselves.
var divisionOfficeWords = wordSet(`government governments official officials ministry minister ministers
department departments authorities governor premier administration cabinet spokesman spokeswoman
spokesperson secretary commissioner`)

// countryWords turns a country's name, alias, adjective or capital into the country: the
// one geography table (app/geo) gives states, aliases ("DPRK", "U.S.") and adjectives, the
// reading core's Capitals the seats of government, its sources table the seats named for
// themselves ("Kremlin").
var countryWords = func() map[string]string {
	m := geo.Demonyms()
	for _, c := range geo.Countries() {
		if !c.Sovereign {
			continue
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if m[n] == "" {
				m[n] = c.Name
			}
		}
	}
	for city, country := range reading.Capitals {
		m[city] = country
		m[country] = country
	}
	for _, s := range reading.Sources {
		if s.Country != "" {
			m[s.Country] = s.Country
		}
		if s.Kind == reading.SourceGovernment {
			for _, al := range s.Aliases {
				m[al] = s.Country
			}
		}
	}
	return m
}()

// countryOf reads the country a phrase names ("South Korean", "the North", "Mongolia's").
func countryOf(phrase string) string {
	phrase = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(phrase), "'s"), "’s")
	if c := countryWords[phrase]; c != "" {
		return c
	}
	if c := suggest.CountryNamed(phrase); c != "" {
		return c
	}
	if i := strings.LastIndex(phrase, " "); i >= 0 {
		return countryWords[phrase[i+1:]]
	}
	return ""
}

// officeWords name people and bodies who speak for a government.
var officeWords = wordSet(`official officials spokesman spokeswoman spokesperson minister ministry office government
authorities military navy army command staff president premier cabinet embassy police jcs headquarters agency
diplomat diplomats ambassador governor mayor service department forces guard kpa directorate administration
bureau inspectorate prefect prefecture commissioner authority director consulate coastguard secretary chairman
chairwoman officer`)

var pronounWords = wordSet(`he she it they we`)

// ReadOrigin reads the origin of the statement at [start, end) of text (an article body).
// Its sentence first: who speaks in it (the phrase before a reporting verb, after
// "according to", or after "said"), nearest the statement first: a medium by name, "state
// media" (the state agency of the country named, else of the country the article is most
// about), "the agency" (the agency last named), a government ("officials in Seoul",
// "Moscow insists", "the Kremlin", "Mongolia's foreign ministry"), an office or person
// ("the spokesman", "Orlov", who speaks for the government of the country the text gives
// them, else the outlet's country); "A, citing B" makes B the root and A the channel. A
// sentence that names no one inherits the last attribution before it in the article ("he
// added"); a statement before any attribution is the outlet's own reporting when the
// outlet is a news agency, else unattributed. The article's own outlet is never cited.
func ReadOrigin(text string, start, end int, outlet string) OriginReading {
	rs := []rune(text)
	sents := Sentences(text)
	from, _, ok := Covering(sents, start, end)
	if !ok {
		return OriginReading{}
	}
	r := &originReader{rs: rs, text: string(rs), outlet: outlet, refs: reading.FindReferences(text)}
	r.setCountries(text, outlet)
	var last OriginReading
	lastPara, para, prevEnd := -1, 0, 0
	block := false
	for _, sn := range sents {
		if sn.Start > from {
			break
		}
		if strings.ContainsRune(string(rs[min(prevEnd, sn.Start):sn.Start]), '\n') {
			para++
		}
		prevEnd = sn.End
		focus := -1
		if sn.Start == from {
			focus = start
		}
		o := r.sentence(sn.Start, sn.End, focus, end, last)
		if sn.Start == from && o.Root == "" && unconfirmedCue.MatchString(string(rs[sn.Start:sn.End])) {
			// "The number could not be independently confirmed": the outlet speaks
			return OriginReading{Root: outlet, RootKind: "outlet", Cue: "the outlet's own reporting"}
		}
		if sn.Start == from && o.Root == "" {
			// "\"A. B,\" she said.": a quotation open at the sentence's end is the words of
			// whoever the sentence that closes it names
			o = r.quoteCloser(sents, sn, last)
		}
		if sn.Start == from {
			if o.Root == "" && last.Root != "" && (para == lastPara || block || continues(rs[sn.Start:sn.End])) {
				o = last // the statement goes on: same paragraph, "He ...", a quote going on
			}
			if o.Root == "" && hearsayRe.MatchString(string(rs[sn.Start:sn.End])) {
				return o // "North Korea reportedly sent troops": unnamed reports, no origin of the outlet's own
			}
			if o.Root == "" && (r.outletIsAgency || last.Root != "" || para > leadParagraph(rs, sents) && !bulletAt(rs, from)) {
				// an agency's own copy, or a newspaper's paragraph of its own after its lead
				// (the lead restates what the sources say below; what follows it and names
				// no one is the paper's own reporting, before the sources or after them)
				o = OriginReading{Root: outlet, RootKind: "outlet", Cue: "the outlet's own reporting"}
			}
			return o
		}
		if o.Root != "" {
			last, lastPara = o, para
			if o.RootKind != "outlet" {
				r.lastSpeaker = o
			}
			// "... issued the following statement:": the paragraphs after are its words
			block = strings.HasSuffix(strings.TrimSpace(string(rs[sn.Start:sn.End])), ":")
			// an embassy speaks abroad: the offices after it are not its; a state's or
			// province's government ("West Bengal government") is named each time it
			// speaks: the bare offices after it are the country's
			if o.RootKind == "government" && o.office && !embassyRe.MatchString(o.Cue) && strings.HasPrefix(o.Root, "Government of ") {
				r.lastGov = o.Root
			}
		}
	}
	return OriginReading{}
}

// setCountries reads the country the article is most about and the one an office with no
// country speaks for.
func (r *originReader) setCountries(text, outlet string) {
	r.mainCountry = storyCountry(r.refs, outlet)
	if r.mainCountry == "" {
		// no capital, official or state medium named: the dateline's place says where
		// the story is ("BEIJING (AP) — ... local officials said")
		r.mainCountry = datelineCountry(text)
	}
	if src := reading.OutletByName(outlet); src != nil {
		r.outletCountry, r.outletIsAgency = src.Country, src.Kind == reading.SourceAgency
		r.outletHome = src.Country
	}
	// an office with no country speaks for the outlet's own country when the story is
	// about it (Yonhap and the JCS), else for the country the story is most about
	if r.outletCountry == "" || r.mainCountry != "" && !strings.EqualFold(r.outletCountry, r.mainCountry) && !r.domestic() {
		r.outletCountry = r.mainCountry
	}
}

// datelineCountry is the country of the place the article's dateline names, "" when it
// has none or the place is not in the geography table (a capital, or a city of 300,000).
func datelineCountry(text string) string {
	for _, para := range strings.SplitN(text, "\n", 8) {
		if strings.TrimSpace(para) == "" {
			continue
		}
		d, ok := reading.ReadDateline(para, "")
		if !ok || d.Place == "" {
			continue
		}
		if c := countryOf(d.Place); c != "" {
			return c
		}
		return cityCountry()[d.Place]
	}
	return ""
}

// seatCountry is the country whose state capital the article's dateline names ("ATLANTA":
// the United States), "" otherwise; read once per reading.
func (r *originReader) seatCountry() string {
	if r.seat == nil {
		s := ""
		if d, ok := firstDateline(r.text); ok {
			s = seatCities()[d.Place]
		}
		r.seat = &s
	}
	return *r.seat
}

// firstDateline is the dateline of the first paragraph of text that opens with one.
func firstDateline(text string) (reading.Dateline, bool) {
	for _, para := range strings.SplitN(text, "\n", 8) {
		if strings.TrimSpace(para) == "" {
			continue
		}
		if d, ok := reading.ReadDateline(para, ""); ok && d.Place != "" {
			return d, true
		}
	}
	return reading.Dateline{}, false
}

// seatCities maps the cities that are a state's capital to their countries' names.
var seatCities = sync.OnceValue(func() map[string]string {
	names := map[string]string{}
	for _, c := range geo.Countries() {
		names[c.Code] = c.Name
	}
	m := map[string]string{}
	for _, c := range geo.Cities() {
		if _, seen := m[c.Name]; !seen && c.Seat {
			m[c.Name] = names[c.Country]
		}
	}
	return m
})

// cityCountry maps the geography table's cities to their countries' names.
var cityCountry = sync.OnceValue(func() map[string]string {
	names := map[string]string{}
	for _, c := range geo.Countries() {
		names[c.Code] = c.Name
	}
	m := map[string]string{}
	for _, c := range geo.Cities() {
		if _, seen := m[c.Name]; !seen {
			m[c.Name] = names[c.Country]
		}
	}
	return m
})

// domestic reports whether the outlet's country is among the countries the story refers
// to (a Russian agency on a Russian deal abroad).
func (r *originReader) domestic() bool {
	for _, ref := range r.refs {
		if strings.EqualFold(ref.Country, r.outletCountry) && !(ref.Kind == reading.RefNamed && strings.EqualFold(ref.Source.Name, r.outlet)) {
			return true
		}
	}
	return false
}

type originReader struct {
	rs                         []rune
	text                       string   // rs as a string, made once: readers called per clause search it
	bodies                     []string // orgRe's matches in text (definedBody), once read
	outlet                     string
	refs                       []reading.Reference
	mainCountry, outletCountry string
	outletIsAgency             bool
	lastGov                    string        // the government that last spoke in the article
	outletHome                 string        // the outlet's own country, as the sources table gives it
	bank                       *string       // the central bank the article names (centralBank), once read
	seat                       *string       // the country whose state capital the dateline names (seatCountry), once read
	lastSpeaker                OriginReading // the last attribution to someone (not the outlet's unnamed source)
}

// attribution is one speaker phrase of a sentence and where its verb stands.
type attribution struct {
	root, kind string
	at         int // the verb (or "according") position
	upstream   *attribution
	cue        string
}

// sentence reads the attributions of the sentence [from, to) and returns the one nearest
// the statement [focus, focusEnd) (any, when focus < 0).
func (r *originReader) sentence(from, to, focus, focusEnd int, prev OriginReading) OriginReading {
	words := speakerWords(r.rs, from, to)
	var atts []attribution
	for k, w := range words {
		lw := strings.ToLower(w.text)
		// "Antara, which cited the rescue agency": a relay, read as "citing"
		if (lw == "cited" || lw == "quoted") && k > 0 && relativeWords[strings.ToLower(words[k-1].text)] {
			lw = "citing"
		}
		// "the union put participation at 90 percent": an estimate's source speaks
		if ph := r.agentOfRelease(words, k); ph[0] < ph[1] {
			// "the manifest published by the search and rescue agency": who released it
			if root, kind := r.resolve(ph[0], ph[1], prev); root != "" {
				atts = append(atts, attribution{root: root, kind: kind, at: w.start, cue: strings.TrimSpace(string(r.rs[words[k-1].start:ph[1]]))})
			}
			continue
		}
		if putsAt(words, k) {
			lw = "put"
		} else if showsVerbs[lw] {
			// "information from the Indonesian authorities showed": who the information is from
			if ph := r.sourceOfShowing(words, k, from); ph[0] < ph[1] {
				if root, kind := r.resolve(ph[0], ph[1], prev); root != "" && kind != "body" && kind != "name" {
					atts = append(atts, attribution{root: root, kind: kind, at: w.start, cue: strings.TrimSpace(string(r.rs[ph[0]:w.end]))})
				}
			}
			continue
		} else if !speakingVerbs[lw] && lw != "issued" {
			continue
		}
		if (lw == "declined" || lw == "refused") && (k+1 >= len(words) || strings.ToLower(words[k+1].text) != "to") {
			continue // "declined to comment" speaks; "exports declined" does not
		}
		if k > 0 && articleWords[strings.ToLower(words[k-1].text)] {
			continue // "the disputed border", "an estimated 300": a participle as an adjective
		}
		if k > 0 && passiveAux[strings.ToLower(words[k-1].text)] && lw != "according" && !beliefAdjectives[lw] {
			continue // "performers are expected", "residents were told": no one speaks
		}
		if lw == "ruled" && (k+1 >= len(words) || strings.ToLower(words[k+1].text) != "out") {
			continue // "ruled out a devaluation" speaks; "the court ruled" is read elsewhere
		}
		var phrase [2]int
		switch {
		case lw == "according" || lw == "citing" || lw == "quoting":
			if lw == "according" && (k+1 >= len(words) || strings.ToLower(words[k+1].text) != "to") {
				continue
			}
			phrase = r.phraseAfter(words, k+1+boolIdx(lw == "according"), to)
		default:
			phrase = r.phraseBefore(words, k, from)
			if phrase[0] == phrase[1] {
				if len(atts) > 0 {
					// "Interfax, citing the Kremlin, said": the verb of the speaker before
					atts[len(atts)-1].at = w.start
					continue
				}
				phrase = r.phraseAfter(words, k+1, to) // "said the ministry"
				if ws := Words(string(r.rs[phrase[0]:phrase[1]])); len(ws) > 5 && !officeOpens(ws) {
					continue // a clause, not a speaker
				}
			}
		}
		if phrase[0] >= phrase[1] {
			continue
		}
		root, kind := r.resolve(phrase[0], phrase[1], prev)
		if root == "" && lw != "according" && lw != "citing" && lw != "quoting" {
			// "The Malaysian agency that carried out the rescue says": the speaker is the
			// noun the relative clause describes, read without the clause
			if head := r.relativeHeadBefore(words, phrase[0], from); head[0] < head[1] {
				if hr, hk := r.resolve(head[0], head[1], prev); hr != "" {
					phrase, root, kind = head, hr, hk
				}
			}
		}
		if root == "" && (lw == "said" || lw == "says") {
			// "The dam is safe, said an official with the water department": the words
			// before are the statement, the speaker follows
			if after := r.phraseAfter(words, k+1, to); after[0] < after[1] && officeOpens(Words(string(r.rs[after[0]:after[1]]))) {
				phrase = after
				root, kind = r.resolve(after[0], after[1], prev)
			}
		}
		if root == "" && lw != "according" && lw != "citing" && lw != "quoting" {
			// "A survivor, Nurul Aina Ismail, 34, from Muar, said": the speaker is the
			// subject, before the apposition's commas
			if p := privateSpeaker(string(r.rs[from:w.start])); p != "" {
				root, kind = p, "person"
			}
		}
		if root == "" {
			continue
		}
		a := attribution{root: root, kind: kind, at: w.start, cue: strings.TrimSpace(string(r.rs[phrase[0]:min(to, max(phrase[1], w.end))]))}
		if lw == "citing" || lw == "quoting" {
			// "A, citing B": B is A's origin; A is the attribution before, or the phrase
			// that opens the clause ("Interfax, citing the Kremlin, said")
			if len(atts) == 0 {
				if ph := r.phraseBefore(words, k, from); ph[0] < ph[1] {
					if root, kind := r.resolve(ph[0], ph[1], prev); root != "" {
						atts = append(atts, attribution{root: root, kind: kind, at: words[k].start, cue: a.cue})
					}
				}
			}
			if len(atts) > 0 {
				up := a
				atts[len(atts)-1].upstream = &up
				continue
			}
		}
		atts = append(atts, a)
	}
	if len(atts) == 0 {
		return OriginReading{}
	}
	if focus >= 0 {
		atts = r.sameClause(atts, from, to, focus, focusEnd)
		if len(atts) == 0 {
			return OriginReading{}
		}
	}
	best := atts[0]
	if focus >= 0 {
		dist := func(a attribution) int {
			if a.at >= focusEnd {
				return a.at - focusEnd
			}
			if a.at < focus {
				return focus - a.at
			}
			return 0
		}
		for _, a := range atts[1:] {
			// two speakers inside the marked words ("Roslan said information from the
			// Indonesian authorities showed ..."): the later one is nearer the content,
			// unless it is a medium that relays the other ("..., Antara reported")
			if d := dist(a); d < dist(best) || d == 0 && dist(best) == 0 && (!a.isMedium() || best.isMedium()) {
				best = a
			}
		}
	}
	var relay *attribution
	if focus >= 0 && best.upstream == nil {
		best, relay = scopeOver(atts, best, focus, focusEnd)
	}
	out := OriginReading{Root: best.root, RootKind: best.kind, Cue: best.cue}
	if best.upstream != nil {
		out.Channel, out.Root, out.RootKind = best.root, best.upstream.root, best.upstream.kind
	} else if relay != nil {
		out.Channel = relay.root
	}
	if out.Channel == out.Root {
		out.Channel = ""
	}
	out.office = out.RootKind == "government" && !capitalOnly(best.cue)
	switch out.RootKind {
	case "outlet":
		out.Root, out.Cue = r.outlet, "the outlet's own reporting ("+out.Cue+")"
	case "body":
		out.RootKind, out.Vague = "organisation", bodyHead(Words(out.Root))
	case "name":
		out.RootKind, out.Vague = "organisation", "name"
	}
	return out
}

// officeOpens reports whether a phrase opens with an office ("an official with the
// provincial water department", "a spokesman for the ministry"), or with a possessive
// and names one ("its regional director"): a speaker, however long.
func officeOpens(ws []string) bool {
	n := min(3, len(ws))
	if len(ws) > 0 && possessives[ws[0]] {
		n = len(ws) // "said its Melaka and Negeri Sembilan director": the body's own office
	}
	for _, w := range ws[:n] {
		if officeWords[w] {
			return true
		}
	}
	return false
}

var possessives = wordSet(`its his her their`)

var embassyRe = regexp.MustCompile(`(?i)\b(?:embassy|consulate|high commission)\b`)

// A private person who speaks (a survivor, a witness, a resident) is their own origin:
// no government or body stands behind them. privateBefore finds the role just before a
// name ("a survivor, Nurul Aina Ismail"), privateAfter just after it ("Rahmat Hidayat, a
// 41-year-old trader").
var (
	privateRoles  = `survivor|witness|eyewitness|passenger|resident|villager|fisherman|trader|farmer|driver|shopkeeper|relative|docker|dockworker|student|neighbour|neighbor`
	privateBefore = regexp.MustCompile(`(?i:\b(?:` + privateRoles + `))s?,?\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)`)
	privateAfter  = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+an?\s+(?:[\w-]+\s+){0,3}(?i:` + privateRoles + `)\b`)
)

// privateSpeaker is the private person a speaker phrase or subject names, "" when none.
func privateSpeaker(text string) string {
	if m := privateBefore.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := privateAfter.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// relativeWords open a relative clause: "Antara, which cited ...".
var relativeWords = wordSet(`which who that`)

// putsAt reports whether word k is "put(s)" followed within six words by "at": "officials
// put the death toll at 362", news copy's way of giving whose estimate a figure is.
func putsAt(words []speakerWord, k int) bool {
	if lw := strings.ToLower(words[k].text); lw != "put" && lw != "puts" && lw != "putting" {
		return false
	}
	for _, w := range words[k+1 : min(len(words), k+7)] {
		if strings.ToLower(w.text) == "at" {
			return true
		}
	}
	return false
}

// capitalOnly reports whether a speaker phrase names a government by its capital or
// country alone ("Pyongyang tells", "Moscow insists"): no office of it speaks, so a later
// "the military" or "the ministry" is not read as that government's.
func capitalOnly(cue string) bool {
	for _, f := range strings.Fields(cue) {
		w := strings.Trim(f, ",.;:\"“”()")
		lw := strings.ToLower(w)
		if w == "" || stopwords[lw] || attributiveVerbs[lw] || auxWords[lw] {
			continue
		}
		if countryOf(w) == "" {
			return false
		}
	}
	return true
}

func boolIdx(b bool) int {
	if b {
		return 1
	}
	return 0
}

type speakerWord struct {
	start, end int
	text       string
}

// speakerWords are the words of rs[from:to] with their code-point offsets.
func speakerWords(rs []rune, from, to int) []speakerWord {
	var out []speakerWord
	for i := from; i < to; {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i + 1
		for j < to && (isWordRune(rs[j]) || (rs[j] == '.' || rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') && j+1 < to && isWordRune(rs[j+1])) {
			j++
		}
		out = append(out, speakerWord{i, j, string(rs[i:j])})
		i = j
	}
	return out
}

// phraseBefore is the speaker phrase ending at verb k: back to a comma, a quotation mark
// or "that", at most eight words ("the Joint Chiefs of Staff (JCS)", "Kremlin spokesman
// Arkady Belov", "he").
func (r *originReader) phraseBefore(words []speakerWord, k, from int) [2]int {
	if k == 0 {
		return [2]int{}
	}
	// "'Its papers were in order,' said the director": a quotation closes just before the
	// verb, so the speaker follows it
	if strings.ContainsAny(string(r.rs[words[k-1].end:words[k].start]), "\"”") {
		return [2]int{}
	}
	endAt := words[k-1].end
	s := k - 1
	for n := 0; s >= 0 && n < 8; n++ {
		lw := strings.ToLower(words[s].text)
		if lw == "that" || lw == "but" || lw == "and" && !compoundAnd(words, s, k) {
			break
		}
		if lw == "citing" || lw == "quoting" || lw == "according" {
			return [2]int{} // "A, citing B, said": the verb is A's, read with the cue
		}
		gap := string(r.rs[words[s].end:words[s+1].start])
		if s+1 < k && strings.ContainsAny(gap, ",;:\"“”—") {
			break
		}
		s--
	}
	s++
	// auxiliaries between the speaker and the verb: "has said", "also told"
	for endAt > words[s].start && (auxWords[strings.ToLower(words[k-1].text)]) && k-1 > s {
		k--
		endAt = words[k-1].end
	}
	return [2]int{words[s].start, endAt}
}

// articleWords before a participle make it an adjective.
var articleWords = wordSet(`the a an`)

// beliefAdjectives follow "is" and still say who holds the statement: "He is sure".
var beliefAdjectives = wordSet(`sure convinced`)

// passiveAux before a participle make it passive: its subject is spoken of, not speaking.
var passiveAux = wordSet(`is are was were be been being`)

var auxWords = wordSet(`has have had also later earlier again was were is are would will had`)

// phraseAfter is the phrase from word k to the next comma or the sentence's end, at most
// ten words ("an official with the Qinghai provincial water resources department").
func (r *originReader) phraseAfter(words []speakerWord, k, to int) [2]int {
	if k >= len(words) {
		return [2]int{}
	}
	e := k
	for n := 0; e < len(words) && n < 10; n++ {
		if e > k && strings.ContainsAny(string(r.rs[words[e-1].end:words[e].start]), ",;:\"“”—") {
			break
		}
		e++
	}
	return [2]int{words[k].start, words[e-1].end}
}

// resolve names the origin a speaker phrase stands for.
func (r *originReader) resolve(s, e int, prev OriginReading) (root, kind string) {
	// a central bank speaks for itself, not for its government: "the apex bank", "CBN
	// Governor X", "two central bank sources"
	if b := r.centralBankIn(string(r.rs[s:e])); b != "" {
		return b, "organisation"
	}
	if b := r.centralBankIn(r.introOf(string(r.rs[s:e]), s)); b != "" {
		return b, "organisation" // "Ogunleye said" after "CBN Governor Babatunde Ogunleye"
	}
	// "a person familiar with the vote told Reuters": a source tied to no body is the
	// outlet's own reporting
	if anonymousRe.MatchString(string(r.rs[s:e])) {
		return r.ownName(), "outlet"
	}
	// "the Japanese Embassy in Jakarta": an embassy speaks for its own country, not for
	// the capital it sits in
	if phrase := string(r.rs[s:e]); embassyRe.MatchString(phrase) {
		if i := strings.Index(phrase, " in "); i > 0 {
			if c := r.countryIn(phrase[:i]); c != "" {
				return GovernmentName(c), "government"
			}
		}
	}
	// "ATLANTA (AP) — ..., Georgia officials said": in a story datelined in a state's
	// capital, an office of a state that a country also names is the state's (the reading
	// core's references would take it for the country's)
	if sc := r.seatCountry(); sc != "" {
		if d := divisionOffice(string(r.rs[s:e]), sc); d != "" && len(geo.DivisionNamed(d)) == 0 {
			return r.divisionGovernment(d), "government"
		}
	}
	bk := bodyHead(lowerWords(string(r.rs[s:e])))
	// the references the reading core finds in it
	for _, ref := range r.refs {
		if ref.Start < s || ref.End > e {
			continue
		}
		if bk != "" && (ref.Kind == reading.RefCapital || ref.Kind == reading.RefOfficials) {
			continue // "the Santiago-based company": the company speaks, not Santiago
		}
		if ref.Kind == reading.RefCapital && ref.End < len(r.rs) && r.rs[ref.End] == '-' {
			continue // "Accra-based Volta Capital": where a body is based does not speak
		}
		switch ref.Kind {
		case reading.RefNamed:
			if strings.EqualFold(ref.Source.Name, r.outlet) {
				continue
			}
			if ref.Source.Kind == reading.SourceGovernment {
				return GovernmentName(ref.Source.Country), "government"
			}
			if ref.Source.StateMedia {
				return ref.Source.Name, "state_media"
			}
			return ref.Source.Name, "agency"
		case reading.RefStateMedia:
			c := ref.Country
			if c == "" {
				c = r.mainCountry
			}
			if a := stateAgency(c); a != "" {
				return a, "state_media"
			}
		case reading.RefAgency:
			if a := r.agencyBefore(s); a != "" {
				return a, "agency"
			}
		case reading.RefOfficials, reading.RefCapital:
			return GovernmentName(ref.Country), "government"
		}
	}
	phrase := string(r.rs[s:e])
	// "Yonhap said", "PTI reported": a medium where a speaker stands. Initials that also
	// name parties and regions ("PTI", "MENA": reading.OutletByName) only as the subject of
	// what agencies do ("PTI reported", "MENA quoted an official"); "PTI said" may be the party.
	src := AgencyByName(strings.TrimSpace(phrase))
	if src == nil && agencyVerbAt(r.rs, e) {
		if o := reading.OutletByName(strings.TrimSpace(phrase)); o != nil && o.IsMedium() {
			src = o
		}
	}
	if src != nil && !strings.EqualFold(src.Name, r.outlet) {
		if src.StateMedia {
			return src.Name, "state_media"
		}
		return src.Name, "agency"
	}
	// "the West Bengal irrigation department", "the Bavarian interior ministry", "Texas
	// officials": a state's or province's office speaks for its government, not the country's
	// A known state is named as a country's government is ("Government of Bavaria", as
	// GovernmentName gives "Government of Russia"), so the sources list reads one way.
	division := divisionOffice(phrase, r.seatCountry())
	if m := provincial.FindStringSubmatch(phrase); m != nil {
		if division != "" && (division == m[1] || strings.HasSuffix(division, " "+m[1])) {
			return r.divisionGovernment(division), "government" // "West Bengal state officials"
		}
		if d := geo.DivisionNamed(m[1] + " " + m[2]); len(d) > 0 {
			return r.divisionGovernment(d[0].Name), "government" // "Mexico state officials": the division "Mexico State"
		}
		// "Georgia state officials": a state a country also names, said to be a state
		if d := geo.DivisionNamedIn(m[1], ""); len(d) == 1 && len(geo.DivisionNamed(m[1])) == 0 && (m[2] == "state" || m[2] == "provincial") {
			return GovernmentName(d[0].Name + " (" + d[0].Country + ")"), "government"
		}
		return m[1] + " " + m[2] + " government", "government"
	}
	if division != "" {
		return r.divisionGovernment(division), "government"
	}
	words := Words(phrase)
	if len(words) == 0 {
		return "", ""
	}
	if len(words) == 1 && pronounWords[words[0]] {
		if prev.Root != "" && prev.RootKind != "outlet" {
			return prev.Root, prev.RootKind
		}
		if r.lastSpeaker.Root != "" {
			return r.lastSpeaker.Root, r.lastSpeaker.RootKind // not an unnamed source the outlet stands for
		}
		// "He is sure of one thing" after "Rahmat Hidayat, a 41-year-old trader,": the
		// private person last named, before any government
		if words[0] == "he" || words[0] == "she" {
			if p := lastPrivateSpeaker(string(r.rs[max(0, s-600):s])); p != "" {
				return p, "person"
			}
		}
		return GovernmentName(r.outletCountry), "government"
	}
	// a company or other body that speaks for itself ("Aurum Mining said", "the company
	// said" after it was named, "the Philippine Chamber of Mines"): it is its own origin,
	// not the outlet's reporting nor the government of a country its name carries
	if org := orgIn(phrase); org != "" && !portfolio(phrase, org) {
		return org, "organisation"
	}
	if org := r.definedBody(phrase); org != "" {
		return org, "organisation" // "WKO transport spokeswoman" after "the Austrian Economic Chamber (WKO)"
	}
	if org := r.bodyOfTitle(phrase, s); org != "" {
		return org, "organisation"
	}
	if org := r.personBody(phrase, s); org != "" {
		return org, "organisation" // "Akbulut said" after "Serdar Akbulut, chairman of the ... Association"
	}
	// "the union said", "union officials say", "the Austrian chamber of commerce": a body
	// by what it is, the one of that kind named before, else unnamed here (not the
	// government of a country its description carries)
	if bk != "" {
		if org := r.orgBefore(s, bodyKindOf(bk)); org != "" {
			return org, "organisation"
		}
		return genericBodyName(words, bk), "body"
	}
	if c := r.countryIn(phrase); c != "" {
		return GovernmentName(c), "government"
	}
	// "the country's water development board": the country last named before
	if strings.Contains(strings.ToLower(phrase), "the country's") || strings.Contains(strings.ToLower(phrase), "the country’s") {
		if c := r.lastCountryBefore(s); c != "" {
			return GovernmentName(c), "government"
		}
	}
	if n := len(words); n >= 2 && slices.Contains(words[:n-1], "the") && bodyWords[words[n-1]] { // "the company", "a spokesman for the Istanbul-based company"
		kind := "" // a company: the one named before; a union: a union named before
		if bodyKinds[words[n-1]] {
			kind = words[n-1]
		}
		if org := r.orgBefore(s, kind); org != "" {
			return org, "organisation"
		}
	}
	// "the Austrian chamber of commerce": a body of that kind named before, not the
	// government of the country its name carries
	for _, w := range words {
		if bodyKinds[w] {
			if org := r.orgBefore(s, w); org != "" {
				return org, "organisation"
			}
		}
	}
	office := false
	for i, w := range words {
		// "the water development board" is a state body; "on board" is no one
		office = office || officeWords[w] || w == "board" && i > 0 && words[i-1] != "on"
	}
	// a private person: by the role the phrase or the words just before it give them
	ctx := []rune(string(r.rs[max(0, s-60):e]))
	if p := privateSpeaker(string(ctx)); p != "" && strings.Contains(phrase, strings.Fields(p)[len(strings.Fields(p))-1]) {
		return p, "person"
	}
	// a person named before: the country or office the text gave them
	if c, ok := r.personCountry(phrase, s); ok {
		if c == "" {
			return r.defaultGovernment(), "government"
		}
		return GovernmentName(c), "government"
	}
	if office {
		if h := r.homeOfNewOfficial(phrase, s); h != "" {
			return GovernmentName(h), "government"
		}
		return r.defaultGovernment(), "government"
	}
	// a name that speaks for itself: "Adriacon said", "rejects, said Nordhavn"
	if n := r.namedSpeaker(phrase); n != "" {
		return n, "name"
	}
	return "", ""
}

// orgRe finds the name of a company or other body: capitalised words ending with a word
// that names a kind of body ("Aurum Mining", "Nordvik Energy Group", "the Baltic Ferry
// Company", "World Health Organization").
var orgRe = regexp.MustCompile(`\b(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}(?:Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Plc|PLC|Group|Mining|Mines|Holdings|Bank|Institute|University|Council|Committee|Association|Union|Fund|Organization|Organisation|Federation|Energy|Oil|Gas|Airlines|Motors|Foundation|Partners|Industries|Resources|Metals|Railways|Chamber|Capital|Society|Crescent|Cross|Lines|Line|Shipping|Airways|Logistics|Terminals|SpA|GmbH|AG|SA|NV|BV|Bhd|Berhad|Tbk|LLC)\b(?:\s+of\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?|\b(?:PT|PJSC|JSC|OJSC)(?:\s+\p{Lu}[\p{L}&'’-]*){1,4}`)

// bodyWords name a body the text named before: "the company said".
var bodyWords = wordSet(`company firm operator miner mine group bank corporation union association`)

// acronymBodyRe finds a body named by its acronym and what it is: "the USLP port workers'
// union", "the ITF transport federation".
var acronymBodyRe = regexp.MustCompile(`\b([A-Z]{2,}[A-Za-z]*)(?:\s+[a-z'’]+){0,3}\s+(?:union|company|group|association|operator|federation|party)\b`)

// orgIn is the name of a body the phrase names, "" when none; a name that opens with a
// country's word ("Russian Railways") is still the body's.
func orgIn(phrase string) string {
	m := orgRe.FindString(phrase)
	if m == "" {
		return ""
	}
	// "The Company" alone, or a sentence's first word before a kind ("The Group"), is no name
	fields := strings.Fields(m)
	if strings.EqualFold(fields[0], "the") {
		fields = fields[1:]
	}
	// "Lagos-based Kestrel Capital": where a body is based is no part of its name
	for len(fields) > 0 && (strings.HasSuffix(fields[0], "-based") || strings.HasSuffix(fields[0], "-owned")) {
		fields = fields[1:]
	}
	if len(fields) < 2 {
		return ""
	}
	return strings.TrimSpace(strings.Join(fields, " "))
}

// orgBefore is the body last named before pos, "" when none: by a name with its kind
// ("Carpat Metals Group") or by its acronym ("the USLP port workers' union").
// kind, when not "", is the word the body's name must hold ("chamber").
func (r *originReader) orgBefore(pos int, kind string) string {
	text := string(r.rs[:pos])
	name, at := "", -1
	for _, m := range orgRe.FindAllStringIndex(text, -1) {
		if n := orgIn(text[m[0]:m[1]]); n != "" && (kind == "" || strings.Contains(strings.ToLower(n), kind)) {
			name, at = n, m[0]
		}
	}
	for _, m := range acronymBodyRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > at && bodyAcronym(text[m[2]:m[3]]) && (kind == "" || strings.Contains(text[m[0]:m[1]], kind)) {
			name, at = text[m[2]:m[3]], m[0]
		}
	}
	// "the terminal operator, Adriacon,": a name in apposition to what the body is
	if n, a := appositiveBodyBefore(text, kind); a > at {
		name = n
	}
	return name
}

// titleOfBodyRe finds a body by the title of who speaks for it: an acronym before the
// title of a union's, party's or company's head ("USLP secretary Davide Bressan"; not
// "JCS official" or "FBI director": offices of a state) or a name's possessive before a
// company title ("Adriacon's chief executive, Giulia Ferluga").
var titleOfBodyRe = regexp.MustCompile(`\b(?:([A-Z]{2,}[A-Za-z]*)\s+(?:general\s+)?(?:secretary|chairman|chairwoman|president|leader)|(\p{Lu}[\p{L}]+)(?:'s|’s)\s+(?:chief executive|CEO|chairman|chairwoman|managing director|spokesman|spokeswoman|spokesperson))\b`)

// bodyOfTitle is the body a speaker phrase names through a title, or through the title
// the text gave the person it names when they were first named ("Bressan said" after
// "USLP secretary Davide Bressan"); "" when none, or when the name is a country's or a
// medium's ("Russia's spokesman", "the KCNA spokesman" are read as such).
func (r *originReader) bodyOfTitle(phrase string, pos int) string {
	find := func(text string) string { // the last such title, nearest the name
		body := ""
		for _, m := range titleOfBodyRe.FindAllStringSubmatch(text, -1) {
			if name := m[1] + m[2]; bodyAcronym(name) && suggest.CountryNamed(name) == "" {
				body = name
			}
		}
		return body
	}
	if b := find(phrase); b != "" {
		return b
	}
	fields := strings.Fields(phrase)
	if len(fields) == 0 {
		return ""
	}
	name := strings.Trim(fields[len(fields)-1], ",.()\"“”")
	if len(name) < 3 || name[0] < 'A' || name[0] > 'Z' || stopwords[strings.ToLower(name)] {
		return ""
	}
	// where they were first named, else the apposition just before ("Baltmar's chief
	// executive, Anna Lis, said")
	before := string(r.rs[:pos])
	if i := strings.Index(before, name); i >= 0 {
		before = before[:i]
	}
	ctx := []rune(before)
	return find(string(ctx[max(0, len(ctx)-60):]) + name)
}

// bodyKinds are the kinds of body a phrase may name in lower case ("the chamber of
// commerce") after the text named it.
var bodyKinds = wordSet(`chamber union association federation council`)

// bodyAcronym: an acronym that names no news medium or state (those are read as such).
func bodyAcronym(acronym string) bool {
	return reading.SourceByName(acronym) == nil && countryOf(acronym) == ""
}

// countryIn finds a country named in a phrase ("South Korea's", "Mongolian", "the DPRK's").
func (r *originReader) countryIn(phrase string) string {
	fields := strings.Fields(strings.NewReplacer("'s", "", "’s", "", ",", " ", "(", " ", ")", " ").Replace(phrase))
	for i := range fields {
		// "the North's military": the country the article names "North …"
		if (fields[i] == "North" || fields[i] == "South") && i > 0 && strings.EqualFold(fields[i-1], "the") {
			if c := namedIn(r.text, fields[i]); c != "" {
				return c
			}
		}
		if i+1 < len(fields) {
			if c := countryOf(fields[i] + " " + fields[i+1]); c != "" {
				return c
			}
		}
		if f := fields[i]; len(f) > 1 && f[0] >= 'A' && f[0] <= 'Z' {
			if c := countryOf(f); c != "" {
				return c
			}
		}
	}
	return ""
}

// personCountry reads the country of a person the phrase names (its last capitalised
// word, "Orlov") from the words before their first mention in the article ("Russian
// Deputy Prime Minister Viktor Orlov"); an office there without a country gives the
// outlet's country.
func (r *originReader) personCountry(phrase string, before int) (string, bool) {
	fields := strings.Fields(phrase)
	name := ""
	for i := len(fields) - 1; i >= 0; i-- {
		f := strings.Trim(fields[i], ",.()\"“”")
		if f != "" && f[0] >= 'A' && f[0] <= 'Z' && !officeWords[strings.ToLower(f)] && !stopwords[strings.ToLower(f)] {
			name = f
			break
		}
	}
	if name == "" || len(name) < 3 {
		return "", false
	}
	text := string(r.rs[:before])
	i := strings.Index(text, name)
	if i < 0 {
		// not named before: an apposition just before may say who they are ("Mongolia's
		// deputy energy minister, Tsend Oyunchimeg, told"); other words before are the
		// statement ("The boats turned back, the Joint Chiefs of Staff said")
		ctx := []rune(text)
		chunk := string(ctx[max(0, len(ctx)-60):])
		chunk = strings.TrimRight(chunk, " ,")
		if k := strings.LastIndexAny(chunk, ",.;:\"“”"); k >= 0 {
			chunk = chunk[k+1:]
		}
		office := false
		for _, w := range Words(chunk) {
			office = office || officeWords[w]
		}
		if !office {
			return "", false
		}
		return r.countryIn(chunk), true
	}
	ctx := []rune(text[:i])
	window := clauseBefore(string(ctx[max(0, len(ctx)-60):]))
	if c := r.countryIn(window); c != "" {
		return c, true
	}
	for _, w := range Words(window) {
		if officeWords[w] {
			return "", true // an office: the default government
		}
	}
	return "", false
}

// storyCountry is the country the article is most about, as its references say (its
// capitals, officials and state media), for "state media" that names none.
func storyCountry(refs []reading.Reference, outlet string) string {
	count := map[string]int{}
	best := ""
	for _, r := range refs {
		if r.Country == "" || r.Kind == reading.RefNamed && strings.EqualFold(r.Source.Name, outlet) {
			continue
		}
		count[r.Country]++
		if best == "" || count[r.Country] > count[best] {
			best = r.Country
		}
	}
	return best
}

// stateAgency is the state news agency of a country (KCNA for North Korea).
func stateAgency(country string) string {
	for _, s := range reading.Sources {
		if s.StateMedia && s.Kind == reading.SourceAgency && s.Country == country {
			return s.Name
		}
	}
	for _, s := range reading.Sources {
		if s.StateMedia && s.Country == country {
			return s.Name
		}
	}
	return ""
}

// defaultGovernment is the government an office or person speaks for when the text names
// no country: the one that last spoke in the article, else the outlet's (or the story's)
// country's.
func (r *originReader) defaultGovernment() string {
	if r.lastGov != "" {
		return r.lastGov
	}
	if r.outletCountry == "" {
		return ""
	}
	return GovernmentName(r.outletCountry)
}

// agencyBefore is the medium last named before pos (not the outlet): "the agency".
func (r *originReader) agencyBefore(pos int) string {
	name := ""
	for _, ref := range r.refs {
		if ref.Start >= pos {
			break
		}
		if ref.Kind == reading.RefNamed && ref.Source.IsMedium() && !strings.EqualFold(ref.Source.Name, r.outlet) {
			name = ref.Source.Name
		}
	}
	return name
}

// agencyVerbAt reports whether the word at or after rs[i] (spaces skipped) is one only a
// news medium does to a statement: reported, quoted, cited.
func agencyVerbAt(rs []rune, i int) bool {
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	j := i
	for j < len(rs) && unicode.IsLetter(rs[j]) {
		j++
	}
	switch strings.ToLower(string(rs[i:j])) {
	case "reported", "reports", "quoted", "quotes", "cited", "cites":
		return true
	}
	return false
}
