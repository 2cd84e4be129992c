package match

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/reading"
)

// Role is who takes part in one kind of event a sentence reports (an event class of
// lexicon.go): the actors named before the event word in its clause ("South Korea's navy
// fired", "warships of the ROK navy intruded", "Viktor Orlov arrived") and where it went
// (a country or capital, or a compass direction, just after it: "visit Moscow", "withdrew
// north"). Countries are read through their names, demonyms, capitals and armed forces
// (countryOf, armedForces); a person by the words of their name.
type Role struct {
	Actors map[string]string // key ("c:North Korea", "p:orlov") → as written
	Goals  map[string]string
	// Objects are the content words just after the event word in its clause, by their
	// term ("signed a fuel deal" → fuel): what it was done to, a participant too
	Objects map[string]string
	// Patients are the people a passive says it was done to ("Okafor was arrested"):
	// no actors, but two arrests of two people are two events (score.go's people)
	Patients map[string]string
	// Guessed are actors read only from a sentence's capitalised first word
	// (subjectName) that the article never writes capitalised inside a sentence, and
	// the people of a text in title case (guessTitleCase): participants still, but too weak a reading to call two events apart (Conflict).
	// On ECB+ common nouns opening a headline ("Delegates arrive ...") zeroed true
	// mentions (docs/verification-eval.md, "The guards on ECB+ (r14gate)").
	Guessed map[string]bool
}

// Conflict says why two sentences' roles in one kind of event cannot be the same event:
// both name actors and none is shared, or both name where to and no place is shared.
//
// People are compared before countries: "Lyubimova arrived" and "Maluishev arrived" are
// two arrivals though both are Russian; a country is compared only when one side names
// no person.
func (r Role) Conflict(o Role) string { return r.conflict(o, nil) }

// conflict is Conflict where same, when not nil, also makes two keys one participant (what
// the workspace knows: knownSame).
func (r Role) conflict(o Role, same func(a, b string) bool) string {
	rp, op := named(r.Actors, r.Guessed), named(o.Actors, o.Guessed)
	if len(rp) > 0 && len(op) > 0 {
		if a, b, ok := disjoint(rp, op, same); ok {
			return "done by " + a + ", not " + b
		}
	} else if a, b, ok := disjoint(only(r.Actors, "c:"), only(o.Actors, "c:"), same); ok {
		return "done by " + a + ", not " + b
	}
	if a, b, ok := disjoint(r.Goals, o.Goals, same); ok {
		return "towards " + a + ", not " + b
	}
	return ""
}

// guessTitleCase marks every person among the actors of a text in title case ("Harbour
// Pilot Who Raised The Alarm, Dies At 80") as Guessed: every word is capitalised there,
// so a capital names no one. On ECB+'s headlines such words
// zeroed true mentions (docs/verification-eval.md, "The guards on ECB+ (r14gate)").
func guessTitleCase(roles map[string]Role, ws []rawWord) {
	words, capitals := 0, 0
	for _, w := range ws {
		if len([]rune(w.text)) < 4 || stopwords[w.lower] {
			continue // "of", "the", "at": lower case in many title-case styles
		}
		words++
		if upper(w.text) {
			capitals++
		}
	}
	if words < 3 || capitals*5 < words*4 { // title case: four in five capitalised or more
		return
	}
	for t, r := range roles {
		for k := range only(r.Actors, "p:") {
			if r.Guessed == nil {
				r.Guessed = map[string]bool{}
			}
			r.Guessed[k] = true
		}
		roles[t] = r
	}
}

// named is the people among actors, without those only guessed from a first word.
func named(actors map[string]string, guessed map[string]bool) map[string]string {
	out := only(actors, "p:")
	for k := range guessed {
		delete(out, k)
	}
	return out
}

func only(m map[string]string, prefix string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		if strings.HasPrefix(k, prefix) {
			out[k] = v
		}
	}
	return out
}

// disjoint reports whether a and b both hold keys and share none (same, when not nil,
// also makes two keys one), with a value of each to name them.
func disjoint(a, b map[string]string, same func(x, y string) bool) (string, string, bool) {
	if len(a) == 0 || len(b) == 0 {
		return "", "", false
	}
	for k := range a {
		if _, ok := b[k]; ok {
			return "", "", false
		}
		if same == nil {
			continue
		}
		for j := range b {
			if same(k, j) {
				return "", "", false
			}
		}
	}
	return firstValue(a), firstValue(b), true
}

func firstValue(m map[string]string) string {
	best := ""
	for k := range m {
		if best == "" || k < best {
			best = k
		}
	}
	return m[best]
}

// actorWindow is how many words before an event word may name who did it.
const actorWindow = 8

// goalWindow is how many words after a motion word may name where to.
const goalWindow = 4

// motionClasses are the event classes whose goal tells events apart ("visit Moscow" and
// "arrived in Ulaanbaatar", "withdrew north" and "fled south").
// An invitation's goal is who invited ("at the invitation of the Mongolian government",
// "an invitation from Orlov").
var motionClasses = map[string]bool{"v:visit": true, "v:withdraw": true, "v:approach": true, "v:move": true, "v:invite": true}

var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northward": true, "southward": true, "eastward": true, "westward": true}

// titleWords are capitalised words of offices and titles, which name no one by themselves
// (office_words.go, "title"), and the function words inside a title ("Chief of the
// General Staff", "Minister for Trade and Industry"), which are no name either.
var titleWords = func() map[string]bool {
	m := officeWordsOf("title")
	for w := range wordSet(`of the a an on in at by for and but`) {
		m[w] = true
	}
	return m
}()

// reportParenthetical is "it said," inside a sentence ("The North's own navy, it said,
// fired"): it is removed before the clauses are read, so it does not cut the actor off.
var reportParenthetical = strings.NewReplacer(", it said,", "          ", ", he said,", "          ",
	", she said,", "           ", ", they said,", "            ", ", officials said,", "                 ")

// rawWord is a word of a text as written, and whether a clause boundary (, ; : — ( ) or
// a relative "that", "who", "which") comes just before it.
type rawWord struct {
	text, lower string
	boundary    bool
}

func rawWords(text string) []rawWord {
	var out []rawWord
	var b strings.Builder
	boundary := true
	flush := func() {
		if b.Len() > 0 {
			w := b.String()
			out = append(out, rawWord{w, strings.Join(Words(w), ""), boundary})
			boundary = false
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'' || r == '’':
			flush()
		default:
			flush()
			if strings.ContainsRune(",;:()—–\"“”", r) {
				boundary = true
			}
		}
	}
	flush()
	return out
}

// Roles reads, for each event class text reports, its actors and goals. context is the
// text around it (the article), used to read "the North" and "the South" as the country
// named "North …" or "South …" there.
func Roles(text, context string) map[string]Role {
	roles, _ := rolesOf(text, context)
	return roles
}

// rolesOf is Roles with the words it read them from, for the reading of participants named
// by role (Features.ReadRoles), which reads the same words.
func rolesOf(text, context string) (map[string]Role, []rawWord) {
	ws := rawWords(reportParenthetical.Replace(withoutDateline(text)))
	lower := make([]string, len(ws))
	for i, w := range ws {
		lower[i] = w.lower
	}
	terms, pos := classTerms(lower)
	out := map[string]Role{}
	defer guessTitleCase(out, ws)
	for k, t := range terms {
		if !IsEventClass(t) {
			continue
		}
		i := pos[k]
		role, ok := out[t]
		if !ok {
			role = Role{Actors: map[string]string{}, Goals: map[string]string{}, Objects: map[string]string{}, Patients: map[string]string{}}
			out[t] = role
		}
		// actors: back to the clause start; "warships that entered" keeps its antecedent.
		// In the passive ("Kenya had been informed", "the crew were rescued by
		// fishermen") the subject is what it was done to: an object; the actor is the
		// "by" phrase (readObjects)
		passive := passiveAt(lower, i)
		actors := role.Actors
		if passive {
			actors = role.Objects
		}
		reachedStart := false
		for j := i - 1; j >= 0 && j >= i-actorWindow; j-- {
			reachedStart = j == 0
			if _, other := eventClasses[ws[j].lower]; other && strings.HasPrefix(eventClasses[ws[j].lower], "v:") {
				break // "signed an agreement on supplies": the signers are not the suppliers
			}
			if attributiveVerbs[ws[j].lower] {
				break // "officials in Seoul say two boats crossed": the speaker is no actor
			}
			if ws[j].lower == "that" || ws[j].lower == "who" || ws[j].lower == "which" {
				if j < i-2 {
					break // "denied that its vessels had crossed": the actor is inside
				}
				continue
			}
			key, name := actorAt(ws, j, context)
			if key == "" && possessivePronouns[ws[j].lower] {
				key, name = possessor(ws, j, text, context) // "its vessels entered": whose
			}
			if key != "" && (j == 0 || !prepositions[ws[j-1].lower]) {
				actors[key] = name // "a delegation to Pyongyang arrived": Pyongyang did not
				if passive && strings.HasPrefix(key, "p:") {
					role.Patients[key] = name
				}
			}
			if ws[j].boundary {
				break
			}
		}
		// "Lyubimova, leading a delegation, arrived": the subject before an apposition;
		// "Lyubimova led a delegation to Pyongyang, arriving on June 28": the subject of
		// a participle clause
		participle := ws[i].boundary && strings.HasSuffix(ws[i].lower, "ing")
		// "Lyubimova arrived in Pyongyang" typed as a statement: its first word is a name
		// when nothing between it and the event stopped the reading
		// (in the passive, what it was done to: "Okafor was arrested")
		if len(only(actors, "p:")) == 0 && len(ws) > 1 && (i > 2 && (ws[1].boundary || participle) || reachedStart) {
			if key, name := subjectName(ws, context); key != "" {
				actors[key] = name
				if context != "" && !namedMidSentence(context, name) {
					if role.Guessed == nil {
						role.Guessed = map[string]bool{}
					}
					role.Guessed[key] = true // a typed statement (no context) is taken at its word
					out[t] = role
				}
				if passive {
					role.Patients[key] = name
				}
			}
		}
		readObjects(role, ws, lower, i, passive, context)
		if !motionClasses[t] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+goalWindow; j++ {
			if ws[j].boundary {
				break
			}
			// a country first: "arrived in the North", "North Korea's invitation"
			if key, name := actorAt(ws, j, context); strings.HasPrefix(key, "c:") || key != "" && t == "v:invite" {
				role.Goals[key] = name
				break
			}
			if directions[ws[j].lower] && !upper(ws[j].text) {
				role.Goals["d:"+strings.TrimSuffix(ws[j].lower, "ward")] = ws[j].lower
				break
			}
		}
	}
	return out, ws
}

// possessivePronouns before a subject make their possessor the actor: "our boats crossed" is
// the speaker's side, "its vessels entered" the body named before.
var possessivePronouns = wordSet(`its their our`)

// possessor reads whose the possessive at j is, as a country. "our" is the speaker's:
// the country beside a reporting verb in the sentence ("our boats never crossed, the KPA
// navy said", "Seoul says our ..."), never another country the sentence names ("the
// claim of the ROK military that our boats crossed" is the other side's voice); a
// speaker outside the sentence is the origin reader's to find, not guessed here. "its"
// and "their" are the last country named before them in the sentence ("Pyongyang denied
// that its vessels crossed"), else for "its" the last country the context names before
// the sentence; "their" is as often people ("the crew said their boat sank"), so it
// reads the sentence only.
func possessor(ws []rawWord, j int, text, context string) (string, string) {
	if ws[j].lower == "our" {
		return speakerCountry(ws, context)
	}
	for k := j - 1; k >= 0; k-- {
		if key, name := actorAt(ws, k, context); strings.HasPrefix(key, "c:") {
			return key, name
		}
	}
	if ws[j].lower == "their" {
		return "", ""
	}
	return lastCountryIn(context, text)
}

// speakerCountry is the country named beside a reporting verb of the sentence: just after
// it (", said the KPA navy", "according to Seoul") or in the words before it in its
// clause ("Pyongyang's navy said").
func speakerCountry(ws []rawWord, context string) (string, string) {
	for k := range ws {
		if !attributiveVerbs[ws[k].lower] {
			continue
		}
		// after the verb only where it closes the sentence (", said the navy") or is
		// "according to": "Kampala said our boats entered Kenyan waters" is Kampala's
		for m := k + 1; (ws[k].boundary || ws[k].lower == "according") && m < len(ws) && m <= k+6 && (m == k+1 || !ws[m].boundary); m++ {
			if key, name := actorAt(ws, m, context); strings.HasPrefix(key, "c:") {
				return key, name
			}
		}
		for m := k - 1; m >= 0 && m >= k-6; m-- {
			if key, name := actorAt(ws, m, context); strings.HasPrefix(key, "c:") {
				return key, name
			}
			if ws[m].boundary {
				break
			}
		}
	}
	return "", ""
}

// possessorWindow is how many words before a sentence its context is read for the
// country a possessive stands for.
const possessorWindow = 60

// lastCountryIn is the last country context names before text (text must be found in
// it), within possessorWindow words.
func lastCountryIn(context, text string) (string, string) {
	at := strings.Index(context, text)
	if at <= 0 || text == "" {
		return "", ""
	}
	ws := rawWords(context[:at])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-possessorWindow; k-- {
		if key, name := actorAt(ws, k, context); strings.HasPrefix(key, "c:") {
			return key, name
		}
	}
	return "", ""
}

// datelineHead is how many bytes of a text a dateline's outlet or dash stands within.
const datelineHead = 120

// withoutDateline is text without the dateline that may open it ("DHAKA, Aug 11 (BSS) -",
// "TOKYO —"): the city an article was filed from takes no part in what it reports, and
// a city in capitals as a sentence's first word would otherwise read as its subject.
func withoutDateline(text string) string {
	// every dateline has an outlet in brackets or slashes or a dash near the start; most
	// sentences have none, and reading a dateline doubled the cost of Roles (BenchmarkRoles)
	head := text[:min(len(text), datelineHead)]
	if !strings.ContainsAny(head, "(/—–") && !strings.Contains(head, "-") {
		return text
	}
	if d, ok := reading.ReadDateline(text, ""); ok && d.Len > 0 {
		return string([]rune(text)[d.Len:])
	}
	return text
}

// actorAt reads the word at j as an actor: a country (its name, demonym, capital, armed
// forces; "the North" in context), else a capitalised word of a name that is no title.
func actorAt(ws []rawWord, j int, context string) (key, name string) {
	w := ws[j].text
	if j+1 < len(ws) && upper(ws[j+1].text) && upper(w) {
		if c := countryOf(w + " " + ws[j+1].text); c != "" {
			return "c:" + c, c
		}
	}
	if j > 0 && upper(ws[j-1].text) && upper(w) {
		if c := countryOf(ws[j-1].text + " " + w); c != "" {
			return "c:" + c, c
		}
	}
	if c := armedForces[w]; c != "" {
		return "c:" + c, c
	}
	if (w == "North" || w == "South") && j > 0 && ws[j-1].lower == "the" {
		if c := namedIn(context, w); c != "" {
			return "c:" + c, c
		}
	}
	if c := countryOf(w); c != "" && (j > 0 || !stopwords[ws[j].lower]) {
		return "c:" + c, c
	}
	r := []rune(w)
	if len(r) < 3 || !unicode.IsUpper(r[0]) || titleWords[ws[j].lower] || calendarWords[ws[j].lower] || stopwords[ws[j].lower] || stanceWords[ws[j].lower] ||
		reading.IsNumberWord(ws[j].lower) { // "Eleven passengers were found dead": a figure, no one's name
		return "", ""
	}
	if (j == 0 || ws[j].boundary && !unicode.IsUpper([]rune(ws[j-1].text)[0])) && !namedMidSentence(context, w) {
		// a sentence's or clause's first word is capitalised anyway: a name only if the
		// context writes it capitalised inside a sentence too
		return "", ""
	}
	if _, ok := eventClasses[ws[j].lower]; ok {
		return "", ""
	}
	if j+1 < len(ws) && upper(ws[j+1].text) && !ws[j+1].boundary {
		// a person is the last word of their name ("Andrei Maluishev"); a word before a
		// title ("Culture Minister") or another name word is not compared
		return "", ""
	}
	return "p:" + ws[j].lower, w
}

func upper(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// subjectName reads a sentence's first word as a person when it is a name: capitalised,
// no word of the lexicon, and written so inside a sentence of the context too (or the
// text is a statement alone, where the first word is all there is).
func subjectName(ws []rawWord, context string) (string, string) {
	w := ws[0]
	if !upper(w.text) || len([]rune(w.text)) < 3 || stopwords[w.lower] || titleWords[w.lower] || officeWords[w.lower] ||
		calendarWords[w.lower] || stanceWords[w.lower] || countryOf(w.text) != "" || reading.IsNumberWord(w.lower) {
		return "", ""
	}
	if _, ok := eventClasses[w.lower]; ok {
		return "", ""
	}
	return "p:" + w.lower, w.text
}

// prepositions before a name make it a place or a partner, not who acted.
var prepositions = wordSet(`to in into from at on toward towards near off over across through via with for`)

// namedMidSentence reports whether context has w capitalised after a word inside a
// sentence ("... said Lyubimova", "with Orlov"), so that w is a name, not a capitalised
// first word.
func namedMidSentence(context, w string) bool {
	for i := 0; ; {
		k := strings.Index(context[i:], w)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(w)
		if at == 0 || i < len(context) && unicode.IsLetter(rune(context[i])) {
			continue
		}
		before := strings.TrimRight(context[:at], " ")
		if before == "" || len(before) == at {
			continue // not after a space
		}
		last := before[len(before)-1]
		if unicode.IsLetter(rune(last)) || last == ',' {
			return true
		}
	}
}

// namedIn finds in context a country whose name begins with half ("North" → "North Korea").
func namedIn(context, half string) string {
	ws := contextWords(context)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].text == half {
			if c := countryOf(half + " " + ws[i+1].text); c != "" && strings.HasPrefix(c, half+" ") {
				return c
			}
		}
	}
	return ""
}

// Countries are the countries text names, by name, demonym, capital or armed forces
// ("Pyongyang denied", "the DPRK's waters", "North Korean boats", "the KPA navy"; "the
// North" as the country context names "North …"), so that one country written two ways
// is one term ("c:North Korea") when sentences are compared.
func Countries(text, context string) []string {
	ws := rawWords(withoutDateline(text))
	seen := map[string]bool{}
	var out []string
	for j := range ws {
		if key, _ := actorAt(ws, j, context); strings.HasPrefix(key, "c:") && !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	return out
}

// Expansions are the phrases the acronyms of text stand for, found in context: an
// all-capital word of two to six letters ("NLL", "JCS") whose letters begin the words of
// a run of capitalised words there ("Northern Limit Line", "Joint Chiefs of Staff"; "of",
// "the", "and" may sit inside), so that the acronym and the phrase are compared as one.
func Expansions(text, context string) []string {
	var out []string
	var cws []rawWord
	// An acronym repeated through a long text (a run-on transcript saying "TASS" hundreds
	// of times) stands for the same words each time: looked up once.
	var found map[string]string
	for _, w := range rawWords(text) {
		r := []rune(w.text)
		if len(r) < 2 || len(r) > 6 || strings.ToUpper(w.text) != w.text || !unicode.IsLetter(r[0]) {
			continue
		}
		if cws == nil {
			cws = contextWords(context)
			found = map[string]string{}
		}
		p, ok := found[w.text]
		if !ok {
			p = expansionIn(cws, r)
			found[w.text] = p
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// contextWords is rawWords(context), kept for the last context read: an article's
// sentences are read one after another with the article as their context, and reading
// it again for each sentence took a seventh of a large workspace's proposals.
func contextWords(context string) []rawWord {
	lastContext.Lock()
	defer lastContext.Unlock()
	if lastContext.text != context || lastContext.words == nil {
		lastContext.text, lastContext.words = context, rawWords(context)
	}
	return lastContext.words
}

var lastContext struct {
	sync.Mutex
	text  string
	words []rawWord
}

var acronymGlue = wordSet(`of the and for`)

func expansionIn(ws []rawWord, letters []rune) string {
	for i := range ws {
		if !capitalFor(ws[i].text, letters[0]) {
			continue // no run starts here: checked without the loop's allocations
		}
		k, j := 0, i
		var words []string
		for j < len(ws) && k < len(letters) {
			switch {
			case capitalFor(ws[j].text, letters[k]):
				k++
			case len(words) > 0 && acronymGlue[ws[j].lower]:
			default:
				j = len(ws) + 1
				continue
			}
			words = append(words, ws[j].text)
			j++
		}
		if k == len(letters) {
			return strings.Join(words, " ")
		}
	}
	return ""
}

// capitalFor reports whether word is a capitalised word (not all capitals, more than one
// letter) whose first letter is letter.
func capitalFor(word string, letter rune) bool {
	first, size := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(first) && unicode.ToUpper(first) == letter && len(word) > size && strings.ToUpper(word) != word
}

// passiveAt reports whether the event word at i is a passive participle: a form of "be"
// just before it, with at most two adverbs between ("was signed", "had been informed",
// "were later rescued", "was not immediately notified"). "is visiting" is active.
func passiveAt(lower []string, i int) bool {
	if strings.HasSuffix(lower[i], "ing") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if passiveAux[lower[j]] {
			return true
		}
		if !passiveAdverbs[lower[j]] && !strings.HasSuffix(lower[j], "ly") {
			return false
		}
	}
	return false
}

// passiveAdverbs may stand between "be" and its participle.
var passiveAdverbs = wordSet(`not never also later then already first since just again soon still reportedly`)

// measureWords count or time something ("ten-year", "for ten years"): no participant.
var measureWords = wordSet(`three four five six seven eight nine ten eleven twelve twenty hundred thousand million
billion dozen dozens half year years month months week weeks day days hour hours minute minutes long term`)

// determiners end the words that qualify a noun.
var determiners = wordSet(`the a an this that these those its his her their our any no every each`)

// objectWindow is how many words after an event word may name what it was done to.
const objectWindow = 5

// readObjects adds to role what the event at word i was done to or by, read after it in
// its clause: the content words up to objectWindow ("signed an agreement on fuel
// supplies" → fuel; "the visit of Lyubimova" → Lyubimova, also an actor; "was signed by
// Orlov" → Orlov, the actor of a passive), a country by any of its names.
func readObjects(role Role, ws []rawWord, lower []string, i int, passive bool, context string) {
	// "a fuel supply agreement", "the strategic partnership treaty": the words that say
	// which one, just before an event noun
	for j := i - 1; j >= 0 && j >= i-3 && !ws[j+1].boundary; j-- {
		w := lower[j]
		if determiners[w] || stopwords[w] || attributiveVerbs[w] || upper(ws[j].text) {
			break
		}
		if t := TermOf(w); !IsEventClass(t) && len(w) > 2 && !stanceWords[w] && !isNumber(w) && !measureWords[w] {
			role.Objects[t] = ws[j].text
		}
	}
	for j := i + 1; j < len(ws) && j <= i+objectWindow; j++ {
		if ws[j].boundary || attributiveVerbs[lower[j]] {
			break
		}
		if _, ok := eventClasses[lower[j]]; ok {
			break
		}
		if key, name := actorAt(ws, j, context); key != "" {
			role.Objects[key] = name
			// "the visit of X", "was signed by X": X did it
			if j > 0 && (lower[j-1] == "of" && j-1 == i+1 || lower[j-1] == "by" && (passive || j-1 == i+1)) {
				role.Actors[key] = name
			}
			continue
		}
		w := lower[j]
		if len(w) < 3 || stopwords[w] || stanceWords[w] || isNumber(w) || calendarWords[w] || measureWords[w] {
			continue
		}
		role.Objects[TermOf(w)] = ws[j].text
	}
}

// verbFollows reports whether the words after a name (rest as written, after as read)
// go straight on with a verb: an auxiliary or an event word, no punctuation between
// ("says Okafor has left", "said Okafor arrested two men"): the name is then the subject
// of reported speech without "that", not who speaks (r14prec: on ECB+ such a person was
// no participant, and two people's rehab stays were joined).
func verbFollows(rest string, after []rawWord) bool {
	if len(after) == 0 || !strings.HasPrefix(rest, " ") || !strings.HasPrefix(strings.TrimLeft(rest, " "), after[0].text) {
		return false
	}
	w := after[0].lower
	return finiteWords[w] || strings.HasPrefix(eventClasses[w], "v:")
}

// Speaks reports whether the name at [from, to) of text (code points) is who speaks in
// it, not whom it is about: a reporting verb just after it ("Lyubimova said", "Orlov
// told reporters", "Peskov, the Kremlin spokesman, said") or just before it ("said
// Orlov", "according to Peskov"; not when a verb follows the name: verbFollows).
func Speaks(text []rune, from, to int) bool {
	rest := string(text[to:min(len(text), to+60)])
	after := rawWords(rest)
	appos := strings.HasPrefix(strings.TrimSpace(rest), ",") // "Peskov, the Kremlin spokesman, said"
	for k, w := range after {
		if k >= 6 || w.boundary && k > 0 && !appos {
			break
		}
		if w.boundary && k > 0 {
			appos = false // the apposition closes; one more clause boundary ends the reading
		}
		if attributiveVerbs[w.lower] {
			return true
		}
		if _, ok := eventClasses[w.lower]; ok {
			break
		}
	}
	before := rawWords(string(text[max(0, from-20):from]))
	if n := len(before); n > 0 {
		last := before[n-1].lower
		if attributiveVerbs[last] && !verbFollows(rest, after) || last == "to" && n > 1 && before[n-2].lower == "according" {
			return true
		}
	}
	return false
}
