package match

import (
	"math"
	"slices"
	"sort"
	"strings"

	"claimdesk/app/reading"
)

// Method names the similarity this package computes (spans' origin "match:<method>").
const Method = "tfidf-entities-figures"

// Features are what a sentence (or a claim statement) is compared by.
type Features struct {
	Terms    map[string]float64 // stemmed content terms (and "e:<entity key>" terms), with counts
	Entities map[string]string  // entity key → display name
	Figures  []reading.Value
	Roles    map[string]Role   // per event class: who did it, where to (roles.go)
	Main     string            // the first event class of the text: what it says happened
	People   map[string]string // the people the text names, "p:<last word of the name>" → name
	// Text is the text the terms were read from, which the stance reader reads (denied.go)
	Text      string
	mayOppose bool // it has a word a denial or a doubt needs
	mainNoun  bool // its main event is told by a noun ("The crossing was the first ...")
	// Described are the participants it names by role alone ("the deputy minister": role
	// key "r:minister" → as written); Titled the roles its article gives the participants
	// it names ("Anna Kell" after "Deputy Minister Anna Kell"). Read by ReadRoles
	// (described.go), compared by shareParticipant.
	Described, Titled map[string]string
	// Resolved are the participants it names by role that its article names with that role,
	// one name to a role ("the driver" → "p:reel" after "Tomas Reel, a 34-year-old driver,")
	Resolved map[string]string
	// Known are the participants the workspace knows it names (app/matching_known.go), by
	// the keys the other features use: an entity by its name's key when the text writes
	// its name or an alias ("the water ministry" → "ministry of water resources"), and the
	// body a person it names speaks for, by its name's key and its country ("c:Uruguay")
	Known map[string]string
	// knownNames and knownBodies translate the roles' actor keys into Known's (known.go)
	knownNames  []knownName
	knownBodies map[string][]string
}

// AddPerson notes a person the text names (an entity of type person), by the last word
// of their name, as the roles key people ("p:lyubimova").
func (f *Features) AddPerson(name string) {
	ws := Words(name)
	if len(ws) == 0 {
		return
	}
	if f.People == nil {
		f.People = map[string]string{}
	}
	f.People["p:"+ws[len(ws)-1]] = name
}

// NewFeatures builds the features of text, with the entities found in it (key → name,
// shown as evidence; a key "d:YYYY-MM" is a date the text refers to, and a term).
// AddName adds the words of a name found in the text.
func NewFeatures(text string, entities map[string]string) Features {
	f := TermFeatures(text, entities)
	f.Figures, f.Roles = Figures(text), Roles(text, "")
	return f
}

// TermFeatures is NewFeatures without the figures and roles, for a caller that reads them
// from other text: app's featuresWith reads them from the sentence as written (names
// not blanked) with its article around it, and reading them twice was a tenth of a
// large workspace's proposals.
func TermFeatures(text string, entities map[string]string) Features {
	f := Features{Terms: map[string]float64{}, Entities: map[string]string{}, Text: text}
	words := Words(text)
	terms, pos := classTerms(words)
	for _, t := range terms {
		f.Terms[t]++
	}
	f.mayOppose = mayOppose(words)
	f.mainNoun = mainIsNoun(words, terms, pos)
	f.Main = MainEvent(text)
	for k, name := range entities {
		if strings.HasPrefix(k, "d:") { // a date, to the month: a term, not an entity
			f.Terms[k]++
			continue
		}
		f.Entities[k] = name
	}
	return f
}

// AddName counts the words of a name as written ("Kim Jong-un") as one term's worth,
// shared among its words, so that a three-word name does not outweigh the predicate and
// "Putin" still meets "Vladimir Putin". The caller leaves the name out of the text.
func (f *Features) AddName(written string) {
	ts := Terms(written)
	for _, t := range ts {
		f.Terms[t] += 1 / float64(len(ts))
	}
}

// Index holds document frequencies over a collection of sentences, for IDF weights.
type Index struct {
	df map[string]int
	n  int
}

// NewIndex counts in how many of the given feature sets each term occurs.
func NewIndex(all []Features) *Index {
	ix := &Index{df: map[string]int{}, n: len(all)}
	for _, f := range all {
		for t := range f.Terms {
			ix.df[t]++
		}
	}
	return ix
}

// IDF is the inverse document frequency, log((n+1)/(df+0.5)): a term in nearly every
// sentence ("North Korea" in a North Korea story) weighs almost nothing. Floored at 0.05.
func (ix *Index) IDF(t string) float64 {
	return math.Max(0.05, math.Log(float64(ix.n+1)/(float64(ix.df[t])+0.5)))
}

// weight is a term's weight in a comparison: its IDF, times EventWeight for an event class
// (what happened says more about which claim a sentence states than who was there).
func (ix *Index) weight(t string) float64 {
	if IsEventClass(t) {
		return EventWeight * ix.IDF(t)
	}
	return ix.IDF(t)
}

// EventWeight, NoSharedEventFactor, OtherMainFactor: see weight and Compare. Chosen on one dev story and
// checked on the other (docs/verification-eval.md, leave-one-story-out).
const (
	EventWeight         = 2.0
	NoSharedEventFactor = 0.5
	OtherMainFactor     = 0.7
	OtherPeopleFactor   = 0.5
	SameNumberBonus     = 0.10
)

// FigureEvidence pairs a figure of the claim with one of the candidate that count the
// same kind of thing, and says whether their values agree.
type FigureEvidence struct {
	Claim      string `json:"claim"`
	Candidate  string `json:"candidate"`
	Compatible bool   `json:"compatible"`
}

// Result is a similarity score in 0..1 with the evidence behind it.
type Result struct {
	Score          float64          `json:"score"`
	Lexical        float64          `json:"lexical"`  // IDF-weighted cosine of the term vectors
	Coverage       float64          `json:"coverage"` // IDF-weighted share of the claim's terms found
	SharedTerms    []string         `json:"sharedTerms"`
	SharedEntities []string         `json:"sharedEntities"`
	Figures        []FigureEvidence `json:"figures"`
	// SharedEvent says the two report one kind of event (an event class); RoleConflict,
	// when set, why they cannot be the same event ("done by South Korea, not North
	// Korea"): the score is then 0.
	SharedEvent  bool   `json:"sharedEvent"`
	RoleConflict string `json:"roleConflict,omitempty"`
	// NoParticipant says the two report one kind of event but name no one and nothing
	// in common: two arrivals, two agreements, not the same one
	NoParticipant bool `json:"noParticipant,omitempty"`
	// OtherPeople says both name the people they are about, and none is the same
	OtherPeople bool `json:"otherPeople,omitempty"`
	// Opposed, when set, is the stance one side takes against the other's statement
	// ("denies", "doubts", "unconfirmed"): the same statement, denied (denied.go)
	Opposed string `json:"opposed,omitempty"`
	// Which of the hand-set factors applied, for the weight-fitting harness
	// (app/match_weights_test.go); the score already holds them.
	SameNumber  bool `json:"-"` // SameNumberBonus added
	FigureClash bool `json:"-"` // the 0.75 discount for disagreeing figures
	OtherEvent  bool `json:"-"` // NoSharedEventFactor: another kind of event
	OtherMain   bool `json:"-"` // OtherMainFactor: says first that something else happened
	// Circumstance: OtherStatementFactor, another event told with the claim's as its circumstance
	Circumstance bool `json:"-"`
	Part         bool `json:"-"` // OtherStatementFactor: about some of those the claim counts
	// counts.go: a question (OtherStatementFactor), a sentence about others the event touched
	// (the same), the claim's count told with another value (raised to CountScore)
	Question, Others, OtherFigure bool `json:"-"`
	// Related are the claim's terms met by a related word of the candidate (related.go), for
	// the explanation to name the link in words (Features.Written: "stepped down ~ resigned")
	Related []RelatedLink `json:"-"`
}

// RelatedLink is a term of the claim and the candidate's related term that met it.
type RelatedLink struct{ Claim, Candidate string }

// Compare scores how likely candidate states what ref states. The score mixes the
// cosine similarity of IDF-weighted term vectors (entities count as terms) with how
// much of ref's weight the candidate covers, then adjusts for figures that count the
// same thing: one number for one kind of thing adds SameNumberBonus, disagreeing figures
// take off a quarter.
func (ix *Index) Compare(ref, cand Features) Result { return ix.CompareEvents(ref, cand, true) }

// CompareEvents is Compare; events says whether the event gates apply (the kind of
// event, its main verb and its roles). They were fitted on claims marked in an article
// (a quote read in its article's context); a statement typed alone is compared without
// them (on the hand-labelled seed claims of app/matching_test.go they cost precision and
// recall).
func (ix *Index) CompareEvents(ref, cand Features, events bool) Result {
	events = events && !Ablation.Events
	var res Result
	var dot, nr, nc, covered, total float64
	var shared, usedRelated []string
	for t, c := range ref.Terms {
		w := ix.weight(t)
		nr += (c * w) * (c * w)
		total += c * w
		cc, ok := cand.Terms[t]
		if ok && !(events && !Ablation.ParticipantGate && IsEventClass(t) && !ix.shareParticipant(ref, cand, t)) {
			dot += (c * w) * (cc * w)
			covered += math.Min(c, cc) * w
			if !strings.HasPrefix(t, "e:") && !strings.HasPrefix(t, "d:") {
				shared = append(shared, t)
			}
			continue
		}
		if ok {
			continue
		}
		// a related word (WordNet: "arrival" for "arrived", "death" for "died") counts
		// for less than the word itself, each of the candidate's words once
		if u, cu := relatedIn(t, ref, cand, usedRelated); u != "" {
			usedRelated = append(usedRelated, u)
			res.Related = append(res.Related, RelatedLink{Claim: t, Candidate: u})
			wu := ix.weight(u)
			dot += RelatedWeight * (c * w) * (cu * wu)
			covered += RelatedWeight * math.Min(c, cu) * math.Min(w, wu)
			shared = append(shared, u)
		}
	}
	for t, c := range cand.Terms {
		w := ix.weight(t)
		nc += (c * w) * (c * w)
	}
	res.SharedTerms, res.SharedEntities, res.Figures = shared, []string{}, []FigureEvidence{}
	if nr == 0 || nc == 0 {
		return res
	}
	res.Lexical = dot / math.Sqrt(nr*nc)
	res.Coverage = covered / total
	for k, name := range ref.Entities {
		if _, ok := cand.Entities[k]; ok {
			res.SharedEntities = append(res.SharedEntities, name)
		}
	}
	// and those the workspace knows both name ("Ministry of Water Resources" for "the water
	// ministry"; "Government of Uruguay" for the minister who speaks for it), each once
	res.SharedEntities = knownShared(&ref, &cand, res.SharedEntities)
	res.SharedEntities = knownShared(&cand, &ref, res.SharedEntities)
	sort.Strings(res.SharedTerms)
	sort.Strings(res.SharedEntities)
	score := 0.5*res.Lexical + 0.5*res.Coverage
	agree, disagree := 0, 0
	for _, a := range ref.Figures {
		for _, b := range cand.Figures {
			if !SameThing(a, b) {
				continue
			}
			ok := Compatible(a, b)
			res.Figures = append(res.Figures, FigureEvidence{Claim: a.Raw, Candidate: b.Raw, Compatible: ok})
			if ok {
				agree++
			} else {
				disagree++
			}
		}
	}
	switch {
	case agree > 0 && sameNumber(ref.Figures, cand.Figures):
		res.SameNumber = true
		score += SameNumberBonus // one number for one kind of thing: "180 jobs" / "180 jobs"
	case agree > 0:
		// figures that merely do not conflict ("143" within "at least 11") say nothing:
		// they added 0.05, which joined a manifest's count to a toll on the dev stories
	case disagree > 0 && ix.sameCountOfEvent(ref, cand):
		// one kind of thing counted differently in one kind of event ("listed 143
		// passengers" / "more than 200 passengers were aboard"): two statements of one
		// claim that disagree, which the contradiction finder reports; not another claim.
		// A count within a factor of two of the claim's is as much evidence as one number
		// is: the analyst must see the other outlet's figure ("about 6,000 evacuated" /
		// "around 4,200 were evacuated" stood at 0.198, under the weaker matches), while
		// "several residents" or "a further 300 people" count another group
		if closeCount(ref.Figures, cand.Figures) {
			res.SameNumber = true
			score += SameNumberBonus
		}
	case disagree > 0 && !Ablation.FigureClash:
		res.FigureClash = true
		score *= 0.75
	}
	// the event: a sentence that reports none of the kinds of event ref reports is about
	// something else that happened to the same people; one whose actors or goal differ
	// is another event of the same kind; an actor the workspace knows by two names, or a
	// minister and the body she speaks for, is one actor (known.go)
	same := knownSame(ref, cand)
	for t := range ref.Terms {
		if !events {
			break
		}
		if _, ok := cand.Terms[t]; !ok || !IsEventClass(t) {
			continue
		}
		if c := ref.Roles[t].conflict(cand.Roles[t], same); c != "" && (res.RoleConflict == "" || c < res.RoleConflict) {
			res.RoleConflict = c
		}
	}
	_, res.SharedEvent = cand.Terms[ref.Main]
	if res.SharedEvent && events && !Ablation.ParticipantGate && !ix.shareParticipant(ref, cand, ref.Main) {
		res.SharedEvent = false
		res.NoParticipant = true
	}
	switch {
	case !events:
	case ref.Main != "" && cand.Main != "" && !res.SharedEvent:
		// another kind of event (a sentence with no verb the lexicon knows is not judged:
		// the lexicon is not complete, and it may say the same in other words)
		if !Ablation.OtherEvent {
			res.OtherEvent = true
			score *= NoSharedEventFactor
		}
	case ref.Main != "" && cand.Main != ref.Main && !Ablation.OtherMain:
		res.OtherMain = true
		score *= OtherMainFactor // it reports that event, but says first that something else happened
	}
	// people: a statement about one person is not one about another ("The delegation
	// led by Maluishev" / "Lyubimova led a delegation"); who speaks does not count
	// (r14prec) so is one with a person in common and another on each side: a champion
	// against two challengers, a minister meeting two envoys
	if events && len(ref.People) > 0 && len(cand.People) > 0 {
		_, _, apart := disjoint(ref.People, cand.People, nil)
		if (apart || !Ablation.OtherPerson && otherOnEachSide(ref, cand)) && !Ablation.OtherPeople {
			res.OtherPeople = true
			score *= OtherPeopleFactor
		}
	}
	if events && !Ablation.Background && onlyCircumstance(ref, cand) {
		res.Circumstance = true
		score *= OtherStatementFactor // another event, the claim's its circumstance (other_statement.go)
	}
	if events && !Ablation.Part && partOfWhatRefCounts(ref, cand) {
		res.Part = true
		score *= OtherStatementFactor // some of those the claim counts (other_statement.go)
	}
	if events {
		score = countReadings(ref, cand, &res, score) // a question, others, the count told otherwise (counts.go)
		if res.Opposed = ix.deniedStatement(ref, cand); res.Opposed != "" {
			score = math.Max(score, DeniedScore) // the same statement, denied or doubted
			// it tells the claim's event, if in other words ("received no warning"): a repeat in
			// the article of a mention is proposed by that (app's proposals)
			res.SharedEvent, res.NoParticipant = true, false
		}
	}
	if res.RoleConflict != "" && !Ablation.RoleConflict {
		score = 0
	}
	res.Score = math.Min(1, math.Max(0, score))
	return res
}

// otherOnEachSide reports whether each of a and b names another person that the other
// does not name at all: a full name (two words or more: a single capitalised word read as
// a person is as often a team, a firm or a place, "defeated Drake") not among its
// people, nor its last word among its terms (the tagger may read a name as a person in
// one sentence and not in the other).
func otherOnEachSide(a, b Features) bool {
	return namesOther(a, b) && namesOther(b, a)
}

func namesOther(a, b Features) bool {
	for k, name := range a.People {
		if _, ok := b.People[k]; ok || len(Words(name)) < 2 {
			continue
		}
		if _, ok := b.Terms[Stem(strings.TrimPrefix(k, "p:"))]; !ok {
			return true
		}
	}
	return false
}

// relatedIn finds in cand a term related to ref's term t (related.go) that ref does not
// have itself (that one counts exactly) and that no other term of ref took; "" when none.
// Only words outside the event classes are related so: a class already groups its
// verbs and nouns, and meeting a class through WordNet ("come" for "arrive") bypassed
// the participant guards and cost precision on the dev stories and the seed pairs.
func relatedIn(t string, ref, cand Features, used []string) (string, float64) {
	if strings.Contains(t, ":") && !IsEventClass(t) {
		return "", 0 // entities, dates, countries and noun classes are compared as they are
	}
	if IsEventClass(t) {
		return "", 0 // an event class is met only by its own words (and the participant guards)
	}
	for _, u := range related(t) {
		if IsEventClass(u) {
			continue
		}
		cu, ok := cand.Terms[u]
		if !ok {
			continue
		}
		if _, both := ref.Terms[u]; both || slices.Contains(used, u) {
			continue
		}
		return u, cu
	}
	return "", 0
}

// shareParticipant reports whether ref and cand, which both report the event class t,
// also share a participant of it. Two sentences that report one kind of event
// ("arrived", "signed") about no one and nothing in common are two events: other
// delegations' arrivals, other agreements. People are compared first: when both name
// people who take part (the event's actors, the persons the text names, not who speaks),
// one must be the same, though both delegations are Russian; otherwise any participant:
// an actor, goal or object of the event, a country by any of its names, a named entity,
// a noun class (fuel, vessels). A side that names none ("The agreement is signed.") is
// not judged.
func (ix *Index) shareParticipant(ref, cand Features, t string) bool {
	rr, cr := ref.Roles[t], cand.Roles[t]
	if !Ablation.Described && (ref.meetsResolved(cand, cr) || cand.meetsResolved(ref, rr) || sharesRole(ref, cand)) {
		return true // "the driver" / "Reel", whom the driver's article names as the driver
	}
	if !Ablation.Known && (knownMeets(ref, cand) || knownMeets(cand, ref)) {
		return true // "the water ministry" / "the Ministry of Water Resources", by the analyst's alias
	}
	if ref.eachPerson(rr, func(string) bool { return true }) && cand.eachPerson(cr, func(string) bool { return true }) {
		return ref.eachPerson(rr, func(k string) bool { return cand.hasPerson(cr, k) })
	}
	if sameNumber(ref.Figures, cand.Figures) || sameCount(ref.Figures, cand.Figures) {
		// "Eleven passengers were found dead" / "officials count 11 dead"; the toll is
		// the participant even when the two give other numbers for it ("14 dead")
		return true
	}
	named := false
	if ref.eachParticipant(rr, func(entity bool, k string) bool {
		named = true
		return cand.hasParticipant(cr, entity, k)
	}) {
		return true
	}
	// apart only when both name someone or something
	return !named || !cand.eachParticipant(cr, func(bool, string) bool { return true })
}

// sameNumber reports whether the two give one number for one kind of thing: a figure
// each, that agree and share a bound ("Eleven" and "at least 11", "11 dead"). For two
// sentences that tell one kind of event, that number is a participant they share: the
// toll, the count, the amount ("more than 60" and "62" agree but are not the same number).
func sameNumber(a, b []reading.Value) bool {
	for _, x := range a {
		for _, y := range b {
			if !SameThing(x, y) || !Compatible(x, y) {
				continue
			}
			if x.Low != nil && y.Low != nil && *x.Low == *y.Low || x.High != nil && y.High != nil && *x.High == *y.High {
				return true
			}
		}
	}
	return false
}

// sameCount reports whether the two count one kind of thing, named on both sides (the
// same known unit: "people", "troops"), and give numbers that cannot be the same fact
// ("carrying 143 people" / "more than 200 people on board"). An unknown unit says too
// little: "a two-day strike" / "costing 2 million a day" were joined when it counted.
func sameCount(a, b []reading.Value) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Unit != "" && x.Unit == y.Unit && !Compatible(x, y) {
				return true
			}
		}
	}
	return false
}

// closeCount reports whether the two count one known kind of thing with numbers that
// disagree but lie within a factor of two of each other (their low ends): two reports of
// one tally ("about 6,000" / "around 4,200"), not a part or another group of it.
func closeCount(a, b []reading.Value) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Unit == "" || x.Unit != y.Unit || Compatible(x, y) || x.Low == nil || y.Low == nil || *x.Low <= 0 || *y.Low <= 0 {
				continue
			}
			if r := *x.Low / *y.Low; r >= 0.5 && r <= 2 {
				return true
			}
		}
	}
	return false
}

// sameCountOfEvent reports whether ref and cand count one kind of thing differently
// (sameCount) while telling the same kind of event, or neither telling one: a conflict
// inside one claim, which the contradiction finder reports. Without that event in common
// two counts of people are as likely two claims (the rescued and the dead), so the
// discount for disagreeing figures stays.
func (ix *Index) sameCountOfEvent(ref, cand Features) bool {
	if !sameCount(ref.Figures, cand.Figures) || anotherGroup(ref.Figures, cand.Figures) {
		return false // (counts.go: "two men" against "62 people" is another group)
	}
	if ref.Main == "" {
		return cand.Main == ""
	}
	_, ok := cand.Terms[ref.Main]
	return ok
}

// The participants of the event class t in f (its role r = f.Roles[t]) are its actors,
// goals and objects, and the countries, noun classes, entities and people the sentence
// names; its people are the persons among its actors and the people the text names.
// These walk them without building sets (a comparison runs for every sentence of a
// workspace): each calls fn until it returns true, and says whether it did.

func (f Features) eachParticipant(r Role, fn func(entity bool, key string) bool) bool {
	for _, m := range []map[string]string{r.Actors, r.Goals, r.Objects, f.People} {
		for k := range m {
			if fn(false, k) {
				return true
			}
		}
	}
	for k := range f.Terms {
		if (strings.HasPrefix(k, "c:") || strings.HasPrefix(k, "n:")) && fn(false, k) {
			return true
		}
	}
	for k := range f.Entities {
		if fn(true, k) {
			return true
		}
	}
	return false
}

func (f Features) hasParticipant(r Role, entity bool, k string) bool {
	if entity {
		_, ok := f.Entities[k]
		return ok
	}
	for _, m := range []map[string]string{r.Actors, r.Goals, r.Objects, f.People} {
		if _, ok := m[k]; ok {
			return true
		}
	}
	_, ok := f.Terms[k]
	return ok && (strings.HasPrefix(k, "c:") || strings.HasPrefix(k, "n:"))
}

func (f Features) eachPerson(r Role, fn func(key string) bool) bool {
	for k := range r.Actors {
		if strings.HasPrefix(k, "p:") && fn(k) {
			return true
		}
	}
	for k := range r.Patients {
		if fn(k) {
			return true
		}
	}
	for k := range f.People {
		if fn(k) {
			return true
		}
	}
	return false
}

func (f Features) hasPerson(r Role, k string) bool {
	if _, ok := f.People[k]; ok {
		return true
	}
	if _, ok := r.Patients[k]; ok {
		return true
	}
	_, ok := r.Actors[k]
	return ok && strings.HasPrefix(k, "p:")
}
