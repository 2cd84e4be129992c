package match

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Contradictions without negation: "the system was working" against "the system failed",
// "prices rose" against "prices fell", "the plant reopened" against "the plant stays
// shut". A mention's text is read for states that exclude each other (contrary_words.go),
// each with who or what is in that state (its subject) and when (its time words); two
// mentions contradict when they give one concept two values for one subject at one time,
// neither hedged ("might fail", "feared", "whether"). Negation turns a two-valued state
// round ("did not fail" works), and says nothing of a many-valued one ("did not fall").

// StateReading is one state a text says: the concept and its value, the words that said it,
// and who or what is in that state.
type StateReading struct {
	Concept, Value string
	Words          string   // the words that say it, as written ("stays shut")
	Phrase         string   // the clause up to and with those words ("the plant stays shut")
	head           string   // the subject's head word (stem); "" when not named (a pronoun, none)
	mods           []string // the subject's other content words (stems), sorted
	alts           []string // the other heads of a coordinated subject ("schools and kindergartens"), among mods
	// lasts: the state is said to go on ("still burning", "remained shut", "continued to
	// burn"): at a time not before another's end of it, it contradicts that end
	lasts bool
}

// StateReadings are the states a mention's text says, each concept once (a text that gives
// one concept two values tells a change, "closed in March, reopened in May", and says
// neither), and its time words (stems of days, months, years, parts of the day; "now",
// "again").
type StateReadings struct {
	States []StateReading
	Times  []string
}

// KeyOf is the readings of the given concepts as one string: two texts with equal keys
// read the same for Contrary on those concepts ("" when the text says none of them).
func (r StateReadings) KeyOf(concepts map[string]bool) string {
	var b strings.Builder
	for _, s := range r.States {
		if concepts[s.Concept] {
			fmt.Fprintf(&b, "%s=%s@%s/%s/%s;", s.Concept, s.Value, s.head, strings.Join(s.mods, ","), strings.Join(s.alts, ","))
		}
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteString(strings.Join(r.Times, ","))
	return b.String()
}

// Contrary says whether two readings contradict: one concept with two values for one
// subject at one time. sameTime is false when both name times and none is shared (then
// two values are a change, not a contradiction). The first contrary pair is returned.
func Contrary(a, b StateReadings) (sa, sb StateReading, contrary, changed bool) {
	for _, x := range a.States {
		for _, y := range b.States {
			if x.Concept != y.Concept || x.Value == y.Value || !sameSubject(x, y) {
				continue
			}
			if !sameTime(a.Times, b.Times) {
				if x.lasts != y.lasts && lastsPast(x, y, a.Times, b.Times) {
					return x, y, true, false // "put out on Monday morning" / "still burning that afternoon"
				}
				return x, y, false, true
			}
			return x, y, true, false
		}
	}
	return StateReading{}, StateReading{}, false, false
}

// sameSubject: one head (or one side names none) and the other words of one are among the
// other's ("the Velden plant" / "the Velden steel plant", not "oil prices" / "gas prices").
// A coordinated subject is each of its heads ("schools and kindergartens in Ilok" / "the
// schools in Ilok").
func sameSubject(x, y StateReading) bool {
	if x.head == "" || y.head == "" {
		return true
	}
	switch {
	case x.head == y.head:
		return subset(x.mods, y.mods) || subset(y.mods, x.mods)
	case slices.Contains(y.alts, x.head):
		return subset(x.mods, y.mods) || subset(without(y.mods, x.head), x.mods)
	case slices.Contains(x.alts, y.head):
		return subset(y.mods, x.mods) || subset(without(x.mods, y.head), y.mods)
	}
	return false
}

// without is ws less w (a new slice; ws stays sorted).
func without(ws []string, w string) []string {
	out := make([]string, 0, len(ws))
	for _, x := range ws {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

func subset(a, b []string) bool {
	for _, w := range a {
		i := sort.SearchStrings(b, w)
		if i == len(b) || b[i] != w {
			return false
		}
	}
	return true
}

// sameTime: no kind of time word (a day, a month, a year, a part of the day, an hour, a
// relative time) that both texts name without sharing one ("Sunday morning" / "Sunday
// evening" are two times; "on Monday" / "now" too: then / now).
func sameTime(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	kinds := map[string]int{} // kind → 1: a names it, 2: b too, 3: shared
	for _, x := range a {
		kinds[timeKind(x)] |= 1
	}
	for _, y := range b {
		k := timeKind(y)
		if kinds[k]&1 != 0 {
			kinds[k] |= 2
			for _, x := range a {
				if x == y {
					kinds[k] |= 4
				}
			}
		}
	}
	for _, v := range kinds {
		if v&3 == 3 && v&4 == 0 {
			return false
		}
	}
	return true
}

// lastsPast: of x and y, the one said to last is said so at a time not before the other's
// (contrary_still.go).
func lastsPast(x, y StateReading, xt, yt []string) bool {
	if x.lasts {
		return notBefore(xt, yt)
	}
	return notBefore(yt, xt)
}

// timeKind groups time words: days, months and years are each a kind, so are parts of the
// day and hours; "now", "again", "last week" and the like are one kind (the time relative
// to the report), and so are days and relative times against each other.
func timeKind(w string) string {
	switch {
	case len(w) == 4 && isNumber(w):
		return "year"
	case strings.HasPrefix(w, "h") && isNumber(w[1:]):
		return "hour"
	case dayParts[w] != "":
		return "daypart"
	case w == "may" || calendarWords[w] && len(w) == 3 && monthAbbr[w]:
		return "month"
	case calendarWords[w]:
		return "day"
	}
	return "day" // now, again, back, yesterday, last week: against a weekday, a day
}

var monthAbbr = wordSet(`jan feb mar apr may jun jul aug sep oct nov dec`)

// ReadStates reads the states a text says (see StateReadings). Every snapshot of a claim
// (the claim page, the matrix, the contradictions sort) reads each accepted mention again,
// so readings are kept by text: about 50 µs a sentence read, well under 1 µs kept.
func ReadStates(text string) StateReadings {
	statesMu.Lock()
	r, ok := statesRead[text]
	statesMu.Unlock()
	if ok {
		return r
	}
	r = readStates(text)
	statesMu.Lock()
	if len(statesRead) >= maxStatesKept {
		clear(statesRead) // a bound, not an eviction policy: the next snapshot reads again
	}
	statesRead[text] = r
	statesMu.Unlock()
	return r
}

// maxStatesKept bounds the readings kept (a mention's quote is a sentence or two: 50,000
// of them are a few tens of MB at most).
const maxStatesKept = 50_000

var (
	statesMu   sync.Mutex
	statesRead = map[string]StateReadings{}
)

func readStates(text string) StateReadings {
	toks := tokens(text)
	if len(toks) == 0 {
		return StateReadings{}
	}
	rs := []rune(text)
	poles := contraryPoles()
	words := make([]string, len(toks))
	lemmas := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.text)
		lemmas[i] = lemma(words[i])
	}
	// breaks[i]: a clause ends right before token i (punctuation between tokens, or a
	// word that opens a clause); sentAt[i]: the first token of i's sentence
	breaks := make([]bool, len(toks))
	sentAt := make([]int, len(toks))
	for i := 1; i < len(toks); i++ {
		sentAt[i] = sentAt[i-1]
		breaks[i] = clauseOpeners[words[i]]
		for _, r := range rs[toks[i-1].end:toks[i].start] {
			switch r {
			case '.', '!', '?':
				sentAt[i] = i
				breaks[i] = true
			case ',', ';', ':', '(', ')', '—', '–', '"', '“', '”':
				breaks[i] = true
			}
		}
	}
	var found []StateReading
	conflicted := map[string]bool{}
	for i := 0; i < len(toks); {
		n, ps := matchPoles(poles, toks, words, lemmas, i)
		if n == 0 {
			i++
			continue
		}
		start := clauseStart(breaks, i)
		if hedged(words, lemmas, sentAt[i], i) {
			i += n
			continue
		}
		neg := negationsBefore(words, sentAt[i], start, i)
		head, mods, alts, subjFrom := subjectOf(words, lemmas, start, i, n)
		from := start
		if subjFrom >= 0 && subjFrom < from {
			from = subjFrom
		}
		phrase := strings.TrimSpace(string(rs[toks[from].start:toks[i+n-1].end]))
		if subjFrom > i { // a subject after the words ("more passengers")
			phrase = strings.TrimSpace(string(rs[toks[i].start:toks[subjFrom].end]))
		}
		for _, p := range ps {
			v := p.value
			if neg%2 == 1 {
				if p.many {
					continue
				}
				v = otherValue(p)
			}
			lasts, wordsFrom := lasting(words, lemmas, start, i, n)
			r := StateReading{Concept: p.concept, Value: v, Words: string(rs[toks[wordsFrom].start:toks[i+n-1].end]),
				Phrase: lowerFirst(phrase), head: head, mods: mods, alts: alts, lasts: lasts}
			dup := false
			for _, f := range found {
				if f.Concept == r.Concept && sameSubject(f, r) {
					dup = true
					if f.Value != r.Value {
						conflicted[r.Concept+"@"+r.head] = true
					}
				}
			}
			if !dup {
				found = append(found, r)
			}
		}
		i += n
	}
	var out StateReadings
	for _, f := range found {
		if !conflicted[f.Concept+"@"+f.head] {
			out.States = append(out.States, f)
		}
	}
	if len(out.States) > 0 {
		out.Times = timeWords(words)
	}
	return out
}

// otherValue is the other value of a two-valued concept.
func otherValue(p pole) string {
	if p.value == "+" {
		return "-"
	}
	if p.value == "-" {
		return "+"
	}
	// a WordNet pair: its concept names both ("wn:v:a/b")
	pair := p.concept[strings.LastIndex(p.concept, ":")+1:]
	a, b, _ := strings.Cut(pair, "/")
	if p.value == a {
		return b
	}
	return a
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'a' && r[1] <= 'z' && r[0] >= 'A' && r[0] <= 'Z' {
		// a sentence's first word; a name stays as written only when it is one ("Redhaven")
		w := strings.ToLower(strings.Fields(s)[0])
		if leadArticles[w] {
			r[0] = r[0] - 'A' + 'a'
		}
	}
	return string(r)
}

var leadArticles = wordSet(`the a an this that these those its their his her our`)

// matchPoles finds the longest phrase of known states starting at token i; n = 0 when none.
func matchPoles(poles map[string][]pole, original []wordTok, words, lemmas []string, i int) (int, []pole) {
	longest := phraseLen[lemmas[i]]
	_, adjW := adjPoles[words[i]]
	_, adjL := adjPoles[lemmas[i]]
	if longest == 0 && !adjW && !adjL {
		return 0, nil
	}
	for n := min(max(longest, 1), len(words)-i); n >= 1; n-- {
		key := lemmas[i]
		if n > 1 {
			key = strings.Join(lemmas[i:i+n], " ")
		}
		ps, ok := poles[key]
		if n == 1 {
			aps, aok := adjPoles[words[i]]
			if !aok {
				aps, aok = adjPoles[lemmas[i]]
			}
			if aok && predicative(words, lemmas, i) && !(i+1 < len(words) && words[i+1] == "to") {
				ps, ok = append(append([]pole{}, ps...), aps...), true
			}
		}
		if !ok || !readable(original, words, lemmas, i, n) {
			continue
		}
		return n, ps
	}
	return 0, nil
}

// predicativeWords are the states that are adjectives: read only after a verb of being
// ("the road is clear", "remained open"), never before a noun ("an open letter", "strong
// winds").
var predicativeWords = wordSet(`dead alive open free guilty innocent critical stable dry wet good
excellent strong weak poor bad disappointing operational online offline idle passable intact successful
unsuccessful unharmed inoperative unchanged flat higher lower clear waterlogged`)

// beingVerbs are the verbs after which an adjective says a state.
var beingVerbs = wordSet(`be remain stay become seem look prove keep appear`)

// softAdverbs may stand between a verb of being and its state ("is still open").
var softAdverbs = wordSet(`still now fully completely largely mostly also already again reportedly apparently not never no longer far much slightly`)

func predicative(words, lemmas []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if beingVerbs[lemmas[j]] {
			return true
		}
		if !softAdverbs[words[j]] && !strings.HasSuffix(words[j], "ly") {
			return false
		}
	}
	return false
}

// readable: the words at i..i+n say a state here. Adjectives only after a verb of being;
// "more"/"fewer" only before a noun, never "more than"; "failed to" and "passed away" are
// no states; "held" only without an object ("the dam held", not "held talks").
func readable(original []wordTok, words, lemmas []string, i, n int) bool {
	w, next := words[i], ""
	if i+n < len(words) {
		next = words[i+n]
	}
	if n == 1 && i > 0 && nounMarkers[words[i-1]] && !(i > 1 && (words[i-2] == "in" || words[i-2] == "with")) {
		return false // a noun ("the flood warning", "a collapse of"), not a state said of a subject; "ended in a win" says one
	}
	switch {
	case n == 1 && predicativeWords[w]:
		if next == "that" || next == "whether" || next == "how" {
			return false
		}
		return predicative(words, lemmas, i)
	case w == "more" || w == "fewer" || w == "less":
		return next != "than" && next != "" && !stopwords[next] && (i == 0 || !beingVerbs[lemmas[i-1]])
	case n == 1 && (lemmas[i] == "fail" || lemmas[i] == "pass") && (next == "to" || next == "away" || next == "by" || next == "through" || next == "over"):
		return false
	case n == 1 && w == "close" && next == "to":
		return false
	case n == 2 && lemmas[i] == "be" && words[i+1] == "out" && (next == "of" || next == "for" || next == "on"):
		return false // "was out of service", "was out for a walk": no fire's end
	case strings.HasSuffix(w, "ing") && i > 0 && gerundOpeners[words[i-1]]:
		return false // "put out after burning for five hours": the time before, not a state of it
	case n == 1 && lemmas[i] == "hold":
		return (next == "" || holdFollowers[next]) && !(i > 0 && words[i-1] == "on")
	case n == 1 && lemmas[i] == "leave":
		// "left Sordal", "left for the coast"; not "left millions without power", "left two dead"
		return next == "for" || next == "port" || next == "home" || next == "office" || capitalised(original, i+1)
	case n == 1 && next == "to" && !predicative(words, lemmas, i):
		// "declined to comment", "refused to say": a verb of another verb, no state;
		// "rose to 40", "fell to about half" say where a figure went
		after := ""
		if i+2 < len(words) {
			after = words[i+2]
		}
		return directionWord(lemmas[i]) && (isNumber(strings.ReplaceAll(strings.ReplaceAll(after, ",", ""), ".", "")) || toFigure[after])
	case n == 1 && strings.HasSuffix(w, "ing") && next != "" && !stopwords[next] && !strings.HasSuffix(next, "ly") && !subjectEnds[next] && !capitalised(original, i+1):
		return false // a participle before a noun: "a working visit", "the falling prices"
	}
	return true
}

var nounMarkers = wordSet(`the a an its their his her our this that these those`)

// toFigure: words after "rose to" that lead to a figure ("rose to nearly 40").
var toFigure = wordSet(`nearly about around almost over some more less a an its their the record just roughly half`)

// directionWord: a lemma that says a direction of change.
func directionWord(l string) bool {
	for _, p := range contraryPoles()[l] {
		if p.concept == "direction" {
			return true
		}
	}
	return false
}

var holdFollowers = wordSet(`during through overnight despite against until firm up`)

// clauseOpeners start a clause of their own ("..., but the plant", "said that the line").
var clauseOpeners = wordSet(`but while whereas although though that because after before when`)

// clauseReach bounds how far back a state's clause reaches, in words: a subject, its
// verb group and a negation stand within a few words of the state, and a quote with no
// punctuation (a transcript pasted as one mention) would otherwise have every state read
// from its first word, quadratic in its length (64,000 words: 119 s).
const clauseReach = 40

func clauseStart(breaks []bool, i int) int {
	for j := i; j > 0; j-- {
		if breaks[j] || j <= i-clauseReach {
			return j
		}
	}
	return 0
}

// hedgeWords say that a state is feared, expected, possible or asked, not reported.
var hedgeWords = wordSet(`might may could would will should shall if whether unless feared fearing warned
expect expected expects expecting predict predicted predicts forecast forecasts hope hoped hopes hoping worried
possible possibly likely unlikely threatened threatens planned intends intended unclear uncertain rumour rumours
rumor rumors asked wondered questioned`)

// hedged: a hedge word before the state in its sentence, or "to" right before it ("expected
// the team to lose").
func hedged(words, lemmas []string, sent, i int) bool {
	if i > 0 && words[i-1] == "to" && !(i > 1 && (lemmas[i-2] == "fail" || lemmas[i-2] == "continue")) {
		return true
	}
	for j := i - 1; j >= sent && j >= i-12; j-- {
		if hedgeWords[words[j]] && !(words[j] == "may" && j > 0 && monthBefore[words[j-1]]) {
			return true
		}
	}
	return false
}

// monthBefore: words before "May" the month ("in May", "since May").
var monthBefore = wordSet(`in of since by until from early late mid`)

// negationsBefore counts the negating words between the clause's start and the state ("did not
// fail": 1; "not true that ... never": 2), a "failed to" before it, and a refusal of a report
// ("rejected claims that").
func negationsBefore(words []string, sent, from, i int) int {
	n := 0
	for j := max(sent, from-6); j < i; j++ {
		switch words[j] {
		case "not", "never", "no", "without", "cannot", "wrong", "false", "untrue", "nobody", "neither", "nor":
			if j+1 < len(words) && notANegation[words[j]+" "+words[j+1]] {
				continue // "no fewer than 40 were killed", "not only closed": both say it
			}
			if j >= from || words[j] == "not" || words[j] == "wrong" || words[j] == "false" || words[j] == "untrue" {
				n++
			}
		case "deny", "denies", "denied", "denying", "refuted", "refutes", "disputed", "disputes":
			n++ // "denied that any patient had died": says none died
		case "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing":
			// "rejected reports that he had resigned": he did not; "rejected the offer" is
			// an act (the state approved/rejected), not a negation
			for k := j + 1; k < min(i, j+4); k++ {
				if claimWord(words[k]) {
					n++
					break
				}
			}
		case "t":
			if j > 0 && strings.HasSuffix(words[j-1], "n") {
				n++
			}
		case "fail", "failed", "fails", "failing":
			if j+1 < len(words) && words[j+1] == "to" {
				n++
			}
		}
	}
	return n
}

// notANegation are a negation word and the word after it that together negate nothing
// (r14contra3: read as negations once a contrary state became a denial).
var notANegation = map[string]bool{"no fewer": true, "no less": true, "no more": true, "not only": true, "not just": true, "not merely": true, "not least": true}

// verbGroup words stand between a subject and its state ("was", "has not", "remains",
// "finished").
var verbGroup = wordSet(`be have do will would can could may might must shall should not never no longer still
again also already reportedly now remain stay keep become get go come finish end place rank to been being
just then later eventually effectively continue`)

// subjectEnds (prepositions) end a subject's head ("the reactor at Holm": reactor).
var subjectEnds = wordSet(`of in at on from for with along over between near to by across inside outside under
around into through behind beyond`)

// subjectOf reads who or what is in the state at i..i+n: the content words of its clause
// before it (past the verb group), or after it for "more"/"fewer"/"less" ("more
// passengers"). head is the last content word before the first preposition; alts are the
// content words before an "and" or "or" there ("schools and kindergartens": schools), heads
// too; from is the first subject token (-1 when none).
func subjectOf(words, lemmas []string, start, i, n int) (head string, mods, alts []string, from int) {
	w := words[i]
	if w == "more" || w == "fewer" || w == "less" {
		if i+n < len(words) && !stopwords[words[i+n]] {
			return Stem(words[i+n]), nil, nil, i + n
		}
		return "", nil, nil, -1
	}
	end := i
	for end > start && (verbGroup[lemmas[end-1]] || strings.HasSuffix(words[end-1], "ly")) {
		end--
	}
	var content []string
	headAt, stop := -1, false
	from = -1
	for j := start; j < end; j++ {
		x := words[j]
		if subjectEnds[x] && headAt >= 0 {
			stop = true
		}
		if (x == "and" || x == "or") && headAt >= 0 && !stop {
			alts = append(alts, content[headAt])
		}
		if stopwords[x] || subjectPronouns[x] || len(x) < 2 || isNumber(x) || calendarWords[x] || verbGroup[lemmas[j]] || beingVerbs[lemmas[j]] {
			continue
		}
		if from < 0 {
			from = j
		}
		content = append(content, Stem(x))
		if !stop {
			headAt = len(content) - 1
		}
	}
	if headAt < 0 {
		return "", nil, nil, from
	}
	if headAt > 0 && (strings.HasSuffix(content[headAt], "ed") || strings.HasSuffix(words[end-1], "ed")) && headIsParticiple(words, start, end, content[headAt]) {
		headAt-- // "the miner pulled from the shaft": the miner
	}
	head = content[headAt]
	for k, c := range content {
		if k != headAt {
			mods = append(mods, c)
		}
	}
	sort.Strings(mods)
	alts = without(alts, head)
	return head, mods, alts, from
}

var subjectPronouns = wordSet(`he she it they we i you him them us his her its their our theirs ours`)

// timeWords are a text's words of time: days, months, years, parts of the day, and words
// that place a state after another ("now", "again", "back", "no longer").
func timeWords(words []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i, w := range words {
		switch {
		case calendarWords[w] && w != "may":
			add(w[:3])
		case w == "may" && i > 0 && (words[i-1] == "in" || words[i-1] == "of" || words[i-1] == "since"):
			add("may")
		case len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w):
			add(w)
		case dayParts[w] != "":
			add(dayParts[w])
		case w == "now" || w == "again" || w == "back" || w == "yesterday" || w == "tonight" || w == "earlier" || w == "later":
			add(w)
		case w == "longer" && i > 0 && words[i-1] == "no":
			add("now")
		case (w == "week" || w == "month" || w == "year" || w == "quarter") && i > 0 && (words[i-1] == "last" || words[i-1] == "next" || words[i-1] == "this"):
			add(words[i-1] + " " + w)
		case (w == "am" || w == "pm" || w == "a" || w == "p") && i > 0 && isNumber(words[i-1]):
			add("h" + words[i-1])
		}
	}
	sort.Strings(out)
	return out
}

var dayParts = map[string]string{"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
	"overnight": "night", "tonight": "night", "midnight": "midnight", "noon": "noon", "midday": "noon", "dawn": "dawn"}

// lemma is a word's dictionary form, as far as the contrary words need it: irregular
// forms from a list, regular endings taken off when what is left is a known word.
func lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}

	known := knownLemmas()
	if known[w] {
		return w
	}
	var cands []string
	switch {
	case strings.HasSuffix(w, "ied"), strings.HasSuffix(w, "ies"):
		cands = append(cands, w[:len(w)-3]+"y")
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			base := w[:len(w)-len(suf)]
			cands = append(cands, base)
			if suf == "ing" || suf == "ed" {
				cands = append(cands, base+"e") // "closed", "closing": close (not "units": unite)
			}
			if len(base) > 2 && base[len(base)-1] == base[len(base)-2] {
				cands = append(cands, base[:len(base)-1])
			}
		}
	}
	for _, c := range cands {
		if known[c] {
			return c
		}
	}
	return w
}

var (
	knownOnce sync.Once
	known     map[string]bool
)

// knownLemmas are the words of the contrary phrases and the verbs a subject's verb group
// is made of.
func knownLemmas() map[string]bool {
	knownOnce.Do(func() {
		known = map[string]bool{}
		for phrase := range contraryPoles() {
			if strings.HasPrefix(phrase, "adj:") {
				continue // adjectives are looked up as written (matchPoles)
			}
			for _, w := range strings.Fields(phrase) {
				known[w] = true
			}
		}
		for w := range verbGroup {
			known[w] = true
		}
		for w := range beingVerbs {
			known[w] = true
		}
	})
	return known
}

var irregular = map[string]string{
	"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be", "be": "be",
	"has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
	"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "won": "win", "lost": "lose", "left": "leave",
	"held": "hold", "grew": "grow", "grown": "grow", "shrank": "shrink", "shrunk": "shrink", "broke": "break",
	"broken": "break", "beaten": "beat", "went": "go", "gone": "go", "came": "come", "gave": "give", "given": "give",
	"stood": "stand", "kept": "keep", "found": "find", "struck": "strike", "sold": "sell", "bought": "buy",
	"took": "take", "taken": "take", "began": "begin", "begun": "begin", "ran": "run", "drew": "draw", "drawn": "draw",
	"sank": "sink", "sunk": "sink", "flew": "fly", "flown": "fly", "froze": "freeze", "frozen": "freeze", "led": "lead",
	"fought": "fight", "brought": "bring", "sought": "seek", "thought": "think", "taught": "teach", "stuck": "stick",
	"met": "meet", "quit": "quit", "shut": "shut", "set": "set", "burst": "burst", "freed": "free", "dying": "die",
	"died": "die", "lying": "lie", "closed": "close", "opened": "open", "better": "better", "worse": "worsen",
	"clearer": "clear", "cleared": "clear", "upheld": "uphold", "overran": "overrun", "withdrew": "withdraw",
}

// headIsParticiple: the head word was written as a participle ("pulled", "taken") after
// another content word.
func headIsParticiple(words []string, start, end int, stem string) bool {
	for j := start; j < end; j++ {
		if Stem(words[j]) == stem {
			return strings.HasSuffix(words[j], "ed") || strings.HasSuffix(words[j], "en")
		}
	}
	return false
}

// capitalised: token i is written with a capital (a name: "left Sordal").
func capitalised(toks []wordTok, i int) bool {
	if i >= len(toks) || toks[i].text == "" {
		return false
	}
	r := []rune(toks[i].text)[0]
	return unicode.IsUpper(r)
}
