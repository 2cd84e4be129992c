package match

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"claimdesk/app/geo"
	"claimdesk/app/reading"
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
	// unnamed: the sentence has a holder of its own whom the text does not name
	// ("Dealers are not convinced"), so it does not go on with the speaker before
	unnamed bool
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

// finiteWords are the auxiliaries whose tense says a sentence's; presentWords those of
// the simple present of "be" (the present perfect, "has opened", is how news is told,
// by the speaker before as well).
var (
	finiteWords  = wordSet(`is are has have was were had would will could can may might did does do`)
	presentWords = wordSet(`is are`)
)

// presentAfterPast says whether a sentence is in the present of "be" ("Zambia is
// Africa's second-largest copper producer") after a speaker's words reported in the past
// (cue "the ministry said"): reported speech would have shifted to the past ("... was
// ..."), so the present is the outlet's own voice, not the speaker's going on.
func presentAfterPast(sentence []rune, cue string) bool {
	past := false
	for _, w := range Words(cue) {
		if attributiveVerbs[w] && (w == "said" || w == "told" || w == "wrote" || strings.HasSuffix(w, "ed")) {
			past = true
		}
	}
	if !past {
		return false
	}
	for _, w := range Words(string(sentence)) {
		if finiteWords[w] {
			return presentWords[w]
		}
	}
	return false
}

// GovernmentName is the source name the app gives a country's government: every way of
// naming it ("the Kremlin", "Moscow insists", "officials in Moscow", "Russia's foreign
// ministry", "Kremlin spokesman Dmitry Peskov") meets in this one source.
func GovernmentName(country string) string { return "Government of " + country }

// attributiveVerbs are the verbs that make the phrase before them a statement's origin.
// appositionCommaRe is the comma that closes an apposition right before the reporting
// verb ending a cue: "The operator, Kestrel Hydro, says" is cued "Kestrel Hydro says",
// not "Kestrel Hydro, says" (an analyst read the comma as part of the name).
var appositionCommaRe = regexp.MustCompile(`(\pL),\s+(\p{Ll}+)$`)

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
criticized criticised saying asks asked ruled dispute disputes disputed contest contests contested believe promised promises
pledged pledges vowed vows reiterated reiterates recalls aired assumes assuming sees tally tallies tallied reckon reckons reckoned
blamed blames blame`)
	for w := range attributiveVerbs {
		m[w] = true
	}
	return m
}()

// blameVerbs name a cause as what a speaker holds: "Hemikor blamed a short circuit".
var blameVerbs = wordSet(`blamed blames blame`)

// reciprocal: "each other", "one another".
func reciprocal(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return (a == "each" || a == "one") && (b == "other" || b == "another")
}

// officeWords name people and bodies who speak for a government (office_words.go, "office").
var officeWords = officeWordsOf("office")

var pronounWords = wordSet(`he she it they we`)

// citingWords open the source of a relay ("citing the ministry", "that cited Xinhua").
var citingWords = wordSet(`cited citing quoted quoting`)

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
	sents := readableSentences(rs, Sentences(text), start)
	from, _, ok := Covering(sents, start, end)
	if !ok {
		return OriginReading{}
	}
	r := &originReader{rs: rs, text: string(rs), sents: sents, outlet: outlet, refs: reading.FindReferences(text)}
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
		if sn.Start == from && o.Root == "" && (unconfirmedCue.MatchString(string(rs[sn.Start:sn.End])) || noOneConfirmedRe.MatchString(string(rs[sn.Start:sn.End]))) {
			// "The number could not be independently confirmed": the outlet speaks
			return OriginReading{Root: outlet, RootKind: "outlet", Cue: "the outlet's own reporting"}
		}
		if sn.Start == from && o.Root == "" {
			// "\"A. B,\" she said.": a quotation open at the sentence's end is the words of
			// whoever the sentence that closes it names
			if q := r.quoteCloser(sents, sn, last); q.Root != "" {
				o = q
			}
		}
		if sn.Start == from && o.Root == "" {
			// "Quake toll rises to 87 - disaster agency": a headline's source after a dash
			if s, e, ok := r.headlineSource(sn.Start, sn.End, end); ok {
				if root, kind := r.resolve(s, e, last); root != "" {
					if c := r.countryIn(string(rs[sn.Start:s])); kind == "government" && c != "" && r.countryIn(string(rs[s:e])) == "" {
						root = GovernmentName(c) // "Ghana to scrap fuel levy: finance minister": the headline's country
					}
					o = OriginReading{Root: root, RootKind: kind, Cue: string(rs[s:e])}
				}
			}
		}
		if sn.Start == from && o.Root == "" && !o.unnamed {
			// "The engine failed at noon. It was towed back within two hours, Kestrel Lines
			// said.": a statement told over sentences is the words of the speaker its last
			// sentence names
			if q := r.laterSentenceSpeaker(sents, sn, end, o); q.Root != "" {
				o = q
			}
		}
		if sn.Start == from {
			samePara := para == lastPara && !presentAfterPast(rs[sn.Start:sn.End], last.Cue)
			if o.Root == "" && !o.unnamed && last.Root != "" && (samePara || block || continues(rs[sn.Start:sn.End])) {
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
			last, lastPara, r.lastAt = o, para, sn.End
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

// laterSentenceSpeaker is who speaks in the last sentence a statement starting in sentence
// sn reaches (it ends at end), when it reaches past sn; empty otherwise.
func (r *originReader) laterSentenceSpeaker(sents []Sentence, sn Sentence, end int, prev OriginReading) OriginReading {
	if end <= sn.End {
		return OriginReading{}
	}
	var out OriginReading
	for _, later := range sents {
		if later.Start >= sn.End && later.Start < end {
			out = r.sentence(later.Start, later.End, later.Start, end, prev)
		}
	}
	r.sentenceFrom = sn.Start
	if out.RootKind == "outlet" {
		return OriginReading{}
	}
	return out
}

type originReader struct {
	rs                         []rune
	text                       string     // rs as a string, made once: readers called per clause search it
	sents                      []Sentence // text's sentences as read (readableSentences), made once
	bodies                     []string   // orgRe's matches in text (definedBody), once read
	outlet                     string
	refs                       []reading.Reference
	mainCountry, outletCountry string
	outletIsAgency             bool
	lastGov                    string               // the government that last spoke in the article
	outletHome                 string               // the outlet's own country, as the sources table gives it
	bank                       *string              // the central bank the article names (centralBank), once read
	seat                       *string              // the country whose state capital the dateline names (seatCountry), once read
	lastSpeaker                OriginReading        // the last attribution to someone (not the outlet's unnamed source)
	lastAt                     int                  // where the sentence of the last attribution ends
	sentenceFrom               int                  // where the sentence being read starts
	subjects                   map[[2]int][2]string // pronounSubject's readings, by window
	inIntro                    bool                 // reading a person's introducing title (titledIntroRoot): no deeper
	nameAts                    map[string][]int     // where each name stands (mentionsOf), once read
	titleBodies                map[titleAt]string   // titleBody's readings, by mention
	described                  *[]describedAt       // the media the text describes by name (mediaDescribed), once read
}

// attribution is one speaker phrase of a sentence and where its verb stands.
type attribution struct {
	root, kind string
	at         int // the verb (or "according") position
	upstream   *attribution
	cue        string
	forward    bool   // it reaches only what follows its verb (origin_scope.go)
	aside      [2]int // the speaker's own description, which is not their words
	according  bool   // "according to X"
}

// sentence reads the attributions of the sentence [from, to) and returns the one nearest
// the statement [focus, focusEnd) (any, when focus < 0).
func (r *originReader) sentence(from, to, focus, focusEnd int, prev OriginReading) OriginReading {
	r.sentenceFrom = from
	words := speakerWords(r.rs, from, to)
	var atts []attribution
	unnamed := false // a speaking verb whose speaker resolves to no one
	quoted := -1     // where a "<speaker>, quoted by <medium>," read whole ends (quotedBy)
	for k, w := range words {
		lw := strings.ToLower(w.text)
		// "the minister was quoted by TASS as saying", "X, quoted by Anadolu, said": the
		// speaker is the root and the medium relays; the verbs that go on with it are its
		if a, end, ok := r.quotedBy(words, k, from, to, prev); ok {
			atts, quoted = append(atts, a), end
			continue
		}
		if quoted >= 0 && len(atts) > 0 && speakingVerbs[lw] && r.goesOnQuoted(words, k, quoted) {
			atts[len(atts)-1].at = w.start
			continue
		}
		// "Antara, which cited the rescue agency": a relay, read as "citing"
		if (lw == "cited" || lw == "quoted") && k > 0 && relativeWords[strings.ToLower(words[k-1].text)] {
			lw = "citing"
		}
		// "By the Red Crescent's reckoning, 100,000 were cut off": according to the Red Crescent
		if ph := r.reckoningAt(words, k); ph[0] < ph[1] {
			if root, kind := r.resolve(ph[0], ph[1], prev); root != "" {
				atts = append(atts, attribution{root: root, kind: kind, at: w.start, cue: strings.TrimSpace(string(r.rs[w.start:ph[1]])), according: true})
			}
			continue
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
					continue
				}
			}
			// "its latest filing showed", "a draft decree seen by Reuters shows": whose document
			if root, kind, at := r.documentHolder(words, k, from); root != "" {
				atts = append(atts, attribution{root: root, kind: kind, at: w.start, cue: strings.TrimSpace(string(r.rs[at:w.end]))})
			}
			continue
		} else if !speakingVerbs[lw] && !r.participleAt(words, k) && lw != "issued" {
			continue
		}
		if blameVerbs[lw] && k+2 < len(words) && reciprocal(words[k+1].text, words[k+2].text) {
			continue // "Tashkent and Bishkek blamed each other for a blackout": neither holds the blackout
		}
		if (lw == "declined" || lw == "refused") && (k+1 >= len(words) || strings.ToLower(words[k+1].text) != "to") {
			continue // "declined to comment" speaks; "exports declined" does not
		}
		if k > 0 && articleWords[strings.ToLower(words[k-1].text)] {
			continue // "the disputed border", "an estimated 300": a participle as an adjective
		}
		if k > 0 && passiveAux[strings.ToLower(words[k-1].text)] && lw != "according" && !beliefAdjectives[lw] && !strings.HasSuffix(lw, "ing") {
			continue // "performers are expected", "residents were told": no one speaks
		}
		if lw == "ruled" && (k+1 >= len(words) || strings.ToLower(words[k+1].text) != "out") {
			continue // "ruled out a devaluation" speaks; "the court ruled" is read elsewhere
		}
		var phrase [2]int
		var forward bool
		var aside [2]int
		switch {
		case lw == "according" || lw == "citing" || lw == "quoting":
			if lw == "according" && (k+1 >= len(words) || strings.ToLower(words[k+1].text) != "to") {
				continue
			}
			phrase = r.phraseAfter(words, k+1+boolIdx(lw == "according"), to)
			if src := r.documentSource(words, phrase); src[0] < src[1] {
				if root, _ := r.resolve(src[0], src[1], prev); root != "" {
					phrase = src // "according to figures from the Society of Fleet Operators"
				}
			}
		default:
			phrase = r.phraseBefore(words, k, from)
			if r.participleAt(words, k) {
				if len(atts) > 0 {
					continue // "..., the JCS said, adding that ...": the speaker before, who reaches the sentence
				}
				// "seized a tanker, accusing it of ramming a boat": the subject speaks, of what follows
				phrase, forward = r.subjectPhrase(words, k, from, to), true
			} else if at, ok := r.freeRelative(words, phrase); ok {
				phrase[0], forward = at, true // "in what the authorities said was sabotage"
			} else if head, ok := r.relativeSubject(words, phrase, from); ok {
				aside = [2]int{phrase[0], w.start}
				phrase = head // "Azerbaijan, which supplies most of Georgia's gas, said"
			}
			if i := wordIndexAt(words, phrase[0]); phrase[0] < phrase[1] && len(atts) > 0 && i >= 0 && citingWords[strings.ToLower(words[i].text)] {
				// "AFP, quoting a report by Xinhua that cited the ministry, said": the words
				// before the verb are the relay's source, read already, not its speaker
				phrase = [2]int{}
			}
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
		if root == "" && lw != "according" && lw != "citing" && lw != "quoting" {
			// "the note said" after "a note from its auditor, Fenwick & Rusk": the body's
			root, kind = r.documentTied(phrase[0], phrase[1])
		}
		if root == "" && lw != "according" && lw != "citing" && lw != "quoting" {
			// "the coach insisted", "the harbour master confirmed": one speaker the text
			// names by role only is a vague origin of its own (the claim's other articles
			// may name them), not the outlet's reporting nor no one
			if role := definiteRole(string(r.rs[phrase[0]:phrase[1]])); role != "" {
				root, kind = role, "body"
			}
		}
		if root == "" {
			// "Dealers on Lagos Island are not convinced": someone the text does not
			// name holds this sentence, not the speaker before
			unnamed = unnamed || lw != "according" && lw != "citing" && lw != "quoting" && r.unnamedGroup(phrase)
			continue
		}
		if blameVerbs[lw] {
			// "Police say four tanks burned; the company blames a valve": who blames holds what
			// follows the verb, not what came before it
			forward = true
		}
		a := attribution{root: root, kind: kind, at: w.start, cue: strings.TrimSpace(string(r.rs[phrase[0]:min(to, max(phrase[1], w.end))])),
			forward: forward, aside: aside, according: lw == "according"}
		if lw == "citing" || lw == "quoting" {
			// "A, citing B": B is A's origin; A is the attribution before in this clause, or
			// the phrase that opens the clause ("Interfax, citing the Kremlin, said";
			// "X said so; Reuters, citing a source, reported": Reuters, not X)
			if len(atts) == 0 || strings.ContainsRune(string(r.rs[atts[len(atts)-1].at:words[k].start]), ';') {
				if ph := r.phraseBefore(words, k, from); ph[0] < ph[1] {
					if root, kind := r.resolve(ph[0], ph[1], prev); root != "" {
						atts = append(atts, attribution{root: root, kind: kind, at: words[k].start, cue: a.cue})
					}
				}
			}
			if len(atts) > 0 {
				if a.kind != "outlet" {
					// a source tied to no body ("citing a person familiar with the
					// meeting") is the citing medium's own reporting: it stays the root
					up := a
					atts[len(atts)-1].upstream = &up
				}
				continue
			}
		}
		m, mk := r.mediumTold(words, k)
		if m == "" {
			m, mk = r.carrierAfter(words, k, to)
		}
		if m != "" && a.kind != "outlet" && m != a.root {
			// "the minister told Interfax", "X said in a statement carried by Y": the
			// medium relays what the speaker told it
			up := a
			a = attribution{root: m, kind: mk, at: a.at, cue: a.cue, upstream: &up, forward: a.forward, aside: a.aside}
		}
		atts = append(atts, a)
	}
	if len(atts) == 0 {
		return OriginReading{unnamed: unnamed}
	}
	if focus >= 0 {
		var background bool
		atts, background = r.outOfBackground(atts, from, to, focus)
		atts = r.sameClause(inScope(atts, focus, focusEnd), from, to, focus, focusEnd)
		if len(atts) == 0 && background {
			// ", the mayor said, as some 6,000 remained out of their homes": the reporter's
			return OriginReading{Root: r.outlet, RootKind: "outlet", Cue: "the outlet's own reporting (background after the attribution)"}
		}
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
	if focus >= 0 {
		best, _ = accordingRoot(atts, best, focus, focusEnd)
	}
	if focus >= 0 && best.upstream == nil {
		best, relay = scopeOver(atts, best, focus, focusEnd)
	}
	out := OriginReading{Root: best.root, RootKind: best.kind, Cue: appositionCommaRe.ReplaceAllString(best.cue, "$1 $2")}
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
		if name := r.bodyNamedLater(out.Vague); name != "" {
			out.Root, out.Vague = name, "" // "the ship's operator" before "the operator, Kallisto Maritime,"
		}
	case "name":
		out.RootKind, out.Vague = "organisation", "name"
	case "office":
		out.RootKind, out.Vague = "government", "government"
	}
	return out
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
	// "the Georgian news agency Interpressnews", "Iran's state broadcaster IRIB": the
	// medium named, not the country that describes it
	if name, kind := describedMedium(string(r.rs[s:e])); name != "" && !strings.EqualFold(name, r.outlet) {
		return name, kind
	}
	if name, kind := r.describedMediumNamed(string(r.rs[s:e]), s); name != "" {
		return name, kind // "KSNA reported" after "the state news agency KSNA"
	}
	// "a person familiar with the vote told Reuters": a source tied to no body is the
	// outlet's own reporting
	if anonymousRe.MatchString(string(r.rs[s:e])) {
		return r.ownName(), "outlet"
	}
	// "local authorities", "Holmby town hall", "regional officials": a local or regional
	// government, not the state's
	if g := r.localGovernment(string(r.rs[s:e])); g != "" {
		return g, "government"
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
		if ref.Kind == reading.RefCapital && givenName(r.rs, ref.End) {
			continue // "Sofia Restrepo", "Victoria Hale": a capital's name as a person's first name
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
			// "North Korea fired two missiles, state media said" in a story from Seoul: the
			// state media of the country the sentence names, when the article's has none
			if ref.Country == "" && r.sentenceFrom < s {
				if a := stateAgency(r.countryIn(string(r.rs[r.sentenceFrom:s]))); a != "" {
					return a, "state_media"
				}
			}
		case reading.RefAgency:
			if a := r.agencyBefore(s); a != "" {
				return a, "agency"
			}
			if a, _ := r.describedMediumBefore(s); a != "" {
				return a, "agency" // "the agency" after "the Georgian news agency Interpressnews"
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
		if words[0] == "he" || words[0] == "she" {
			// a person named as a subject since the last speaker is whom the pronoun
			// means ("The government says X. Shota M., who heads the union, sees it
			// differently. ..., he told us")
			if root, kind := r.pronounSubject(); root != "" {
				return root, kind
			}
		}
		if prev.Root != "" && prev.RootKind != "outlet" {
			return prev.Root, readingKind(prev)
		}
		if r.lastSpeaker.Root != "" {
			return r.lastSpeaker.Root, readingKind(r.lastSpeaker) // not an unnamed source the outlet stands for
		}
		// "He is sure of one thing" after "Rahmat Hidayat, a 41-year-old trader,": the
		// private person last named, before any government
		if words[0] == "he" || words[0] == "she" {
			if p := lastPrivateSpeaker(string(r.rs[max(0, s-600):s])); p != "" {
				return p, "person"
			}
		}
		if r.outletCountry == "" {
			return UnnamedGovernment, "office" // no country named: the claim's other articles may say
		}
		return GovernmentName(r.outletCountry), "government"
	}
	// "Ristović said" after "The head of the Sector, Nenad Ristović, told": the body the
	// title before the person's first naming gives them
	if root, kind := r.titledIntroRoot(phrase); root != "" {
		return root, kind
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
		if unicode.IsLower([]rune(org)[0]) {
			return org, "body" // "Mchedlishvili said" after "who heads the gas workers' union": a body by what it is
		}
		return org, "organisation" // "Akbulut said" after "Serdar Akbulut, chairman of the ... Association"
	}
	if org := r.titledBody(phrase); org != "" {
		return org, "organisation" // "the crewing manager of Kallisto Maritime"
	}
	// "the union said", "union officials say", "the Austrian chamber of commerce": a body
	// by what it is, the one of that kind named before, else unnamed here (not the
	// government of a country its description carries)
	// "Teodoro Mamani, the federation's leader, says": the title in apposition names the
	// body the person speaks for, not the name before it
	if m := possessiveTitleRe.FindStringSubmatch(", " + phrase); m != nil && bodyKinds[strings.ToLower(m[1])] {
		kind := strings.ToLower(m[1])
		if org := r.orgBefore(s, kind); org != "" {
			return org, "organisation"
		}
		if org := r.describedBefore(s, kind); org != "" {
			return org, "body"
		}
	}
	if n := len(words); bk != "" || n >= 2 && articleWords[words[0]] && bodyWords[words[n-1]] {
		if org := r.nameBeforeApposition(s); org != "" {
			return org, "organisation" // "Tethys Risk, a British maritime security firm, said"
		}
	}
	if bk != "" {
		if org := r.bodyOfHead(bk, s); org != "" {
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
		kind := "business" // a company: the one named before, not a union; a union: a union named before
		switch {
		case bodyKinds[words[n-1]]:
			kind = words[n-1]
		case words[n-1] == "group":
			kind = "" // "the group" may be any body
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
	office := nationalTitleRe.MatchString(phrase) // "State Councillor Li Wen"
	for i, w := range words {
		// "the water development board" is a state body; "on board" is no one
		office = office || officeWords[w] || w == "board" && i > 0 && words[i-1] != "on"
	}
	// a private person: by the role the phrase or the words just before it give them
	ctx := []rune(string(r.rs[max(0, s-60):e]))
	if p := privateSpeaker(string(ctx)); p != "" && strings.Contains(phrase, strings.Fields(p)[len(strings.Fields(p))-1]) {
		return p, "person"
	}
	// "Chief operating officer Mikko Rantala", "Its chairwoman, Edith Marlowe,": the body
	// the title is one of, named before, not the dateline's government
	if org := r.bodyOfPersonTitle(s, e); org != "" {
		return org, "organisation"
	}
	// "A miners' union official, Lena Brask, said": the union's, not a government's
	if root, kind := r.bodyOfOfficial(phrase, s); root != "" {
		return root, kind
	}
	// a person named before: the country or office the text gave them
	if c, ok := r.personCountry(phrase, s); ok {
		if c == "" {
			return r.officeOf(phrase, s)
		}
		return GovernmentName(c), "government"
	}
	if office {
		if c := r.placeOpening(s); c != "" {
			return GovernmentName(c), "government" // "In Tokyo, officials said"
		}
		if h := r.homeOfNewOfficial(phrase, s); h != "" {
			return GovernmentName(h), "government"
		}
		// "Kenya's tea exports rose, according to figures from the Tea Directorate": a
		// global wire's office with no country is the country its sentence names, not
		// the wire's home
		if r.sentenceFrom <= s && globalWires[r.outlet] && r.lastGov == "" && r.mainCountry == "" {
			if c := r.countryIn(string(r.rs[r.sentenceFrom:s])); c != "" {
				return GovernmentName(c), "government"
			}
		}
		return r.officeOf(phrase, s)
	}
	// a name that speaks for itself: "Adriacon said", "rejects, said Nordhavn"
	if n := r.namedSpeaker(phrase); n != "" {
		return n, "name"
	}
	return "", ""
}

// readingKind is the kind resolve gives for the root of an earlier reading a pronoun
// refers to, so that what was vague there stays vague here (and is read in the claim's
// other articles): "Babatunde Ogunleye" named bare, then "he said".
func readingKind(o OriginReading) string {
	switch {
	case o.Vague == "name":
		return "name"
	case o.Vague == "government":
		return "office"
	case o.Vague != "":
		return "body"
	}
	return o.RootKind
}
