package match

import (
	"regexp"
	"strings"
	"unicode"

	"claimdesk/app/reading"
)

// The stances a claim mention takes toward its claim (claim_mentions.stance).
const (
	StanceAsserts     = "asserts"
	StanceDenies      = "denies"
	StanceDoubts      = "doubts"
	StanceUnconfirmed = "unconfirmed"
)

// Stances lists the vocabulary, in the order the UI offers it.
var Stances = []string{StanceAsserts, StanceDenies, StanceDoubts, StanceUnconfirmed}

// IsStance reports whether s is one of Stances.
func IsStance(s string) bool {
	for _, x := range Stances {
		if s == x {
			return true
		}
	}
	return false
}

// Opposed reports whether two stances contradict each other: one asserts what the other
// denies. Doubt and "unconfirmed" weaken a claim but do not contradict it.
func Opposed(a, b string) bool {
	return (a == StanceAsserts && b == StanceDenies) || (a == StanceDenies && b == StanceAsserts)
}

// Cues, checked in this order: a text that says a thing "could not be verified" is
// unconfirmed, not a denial, though it says "not".
var (
	unconfirmedCue = regexp.MustCompile(`(?i)\b(?:could not|couldn't|cannot|can't|was not able to|were not able to|unable to|did not|didn't|declined to|would not|refused to)(?: immediately)? (?:be )?(?:independently )?(?:immediately )?(?:verify|verified|confirm|confirmed|corroborate|corroborated)\b|\b(?:has|have|had) not been (?:independently )?(?:verified|confirmed)\b|\b(?:has|have|had) yet to be (?:independently )?(?:verified|confirmed)\b|\b(?:not|impossible) (?:possible )?to (?:independently )?verify\b|\bneither confirm(?:ed)? nor den(?:y|ied)\b|\bunconfirmed\b|\bunverified\b|\bunsubstantiated\b|\bno (?:independent )?confirmation\b|\bnot (?:yet )?(?:independently )?(?:verified|confirmed)\b|\b(?:nobody|no one)(?: \w+){0,3} (?:has|have|had|was|were) (?:yet )?(?:been )?(?:able to )?(?:independently )?(?:confirm|verify)\b|\bno (?:other|independent|outside) \w+ (?:has|have|had) (?:yet )?(?:independently )?(?:confirmed|verified|corroborated)\b`)
	// silentOnWhetherCue: a source that will not say whether the claim holds ("asked whether
	// anyone was held, she could not comment", "did not say whether", "declined to comment on
	// the reports") neither confirms nor denies it. Silence about a detail ("did not say how
	// many", "declined to comment on the price") says nothing of the claim (no cue).
	silentOnWhetherCue = regexp.MustCompile(`(?i)\b(?:declined|refused|could not|couldn't|would not|wouldn't|cannot|can't|did not|didn't|was unable|were unable)(?: to)?(?: immediately)? comment(?:\s*(?:[.,;:!"”]|$)|\s+(?:on|about) (?:the |those |these |such )?(?:reports?|claims?|allegations?|accounts?|matter)\b)|\b(?:declined to|refused to|would not|wouldn't|could not|couldn't|did not|didn't|cannot|can't)(?: immediately)? (?:say|confirm|disclose|tell) (?:whether|if)\b|\basked (?:whether|if)\b[^.;]*\b(?:comment|declined|refused|no answer)\b`)
	// unpublishedCue: the evidence was not made public ("Neither side has published the
	// message", "No photograph of the wreck has been released"): unconfirmed, but weaker
	// than a doubt in the same sentence
	unpublishedCue = regexp.MustCompile(`(?i)\b(?:not|never|neither \w+|nobody|no one) (?:has |have |had )?(?:yet )?(?:published|released|made public)\b|\bno\b(?:\s+[\w'’-]+){1,6}?\s+(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:published|released|made public)\b|\b(?:has|have|had) not (?:yet )?been (?:published|released|made public)\b`)
	// ignoranceCue: a source that says it does not know, or that there is no evidence yet,
	// holds the claim open; it does not deny it ("did not yet know what caused the fire",
	// "there is no evidence of arson so far", "whether the boats collided cannot be
	// established", "the cause of the fire has not yet been established")
	ignoranceCue = regexp.MustCompile(`(?i)\b(?:did not|didn't|does not|doesn't|do not|don't|not) (?:yet )?know (?:what|whether|if|who|how|why|when)\b|\b(?:nobody|no one) (?:yet )?knows\b|\bno (?:\w+ )?(?:evidence|proof|indication)\b|\bnothing (?:yet )?to (?:suggest|show|indicate)\b|(?:^|[.?!]\s+)whether\b[^.?!]*?\b(?:cannot|can't|could not|couldn't|(?:is|was|are|were|has|have|had|be) not|unknown)\b|\b(?:cannot|can't|could not|couldn't) (?:yet )?be (?:established|determined|ascertained|known|said) (?:whether|if|who|what|how)\b|\b(?:cause|causes|reason|origin)\b[^.;]{0,40}?\b(?:has|have|had) (?:still )?not (?:yet )?been (?:established|determined|ascertained|identified|explained)\b|^(?:what|who|how|why) [^.;]{1,60}?\b(?:has|have|had|is|was) (?:still )?not (?:yet )?(?:been )?(?:established|determined|ascertained|identified|known)\b`)
	doubtCue     = regexp.MustCompile(`(?i)\b(?:it (?:is|was|remains|remained) (?:still )?(?:unclear|not clear|uncertain|not immediately clear|far from clear|not known) (?:whether|if|how|when)|(?:is|was|remains) (?:still )?(?:unclear|uncertain)|(?:unclear|not known) (?:whether|if)|(?:cast|casts|casting|raised|raises) doubts?|doubt(?:s|ed|ing)? (?:that|whether)|question(?:s|ed|ing)? whether|(?:remains|remained|is|was) (?:still )?an open question|(?:will|would|should|may|might|could|must) (?:\w+ )?(?:settle|answer|resolve|decide) (?:the|that|this) (?:question|matter|dispute)|remains? to be seen|sceptic(?:al|ism)|skeptic(?:al|ism)|not convinced|unconvinced|few (?:\w+ ){0,3}(?:accept|believe|expect)s?|(?:nobody|no one) (?:has|have|had) (?:yet )?(?:been able to )?(?:show|shown|prove|proved|proven|demonstrate|demonstrated))\b`)
)

// doubtInOtherWordsCue: doubt without "doubt" or "unclear" (branch r14deny): "it is
// doubtful / unlikely that", "hard to square with", "questions remain over whether",
// "treated the reports with caution". Weaker than a denial in the same sentence ("denied
// that ..., saying it was unlikely that anyone was hit"), so read after denials.
var doubtInOtherWordsCue = regexp.MustCompile(`(?i)\b(?:it (?:is|was|seems|seemed|looks|looked|remains|remained) (?:\w+ )?(?:doubtful|unlikely|improbable|questionable) (?:that|whether|if)|(?:hard|difficult|impossible) to (?:square|reconcile) with|questions? (?:\w+ ){0,3}(?:over|about|as to|on) whether|treat(?:s|ed|ing)? (?:the |these |those |such |its |their |his |her )?(?:reports?|claims?|accounts?|figures?|allegations?|estimates?|story|stories|rumou?rs?|assertions?|numbers?)\b[^.;]{0,60}?\bwith (?:some |great )?(?:caution|suspicion|scepticism|skepticism|a pinch of salt|a grain of salt))\b`)

// hearsayCue: a "that" clause or an "of" phrase told as hearsay no one is named for:
// "there have been reports that", "rumours that", "speculation of", "word is that".
var hearsayCue = regexp.MustCompile(`(?i)\bthere (?:have been|has been|had been|are|were|is|was) (?:\w+ ){0,2}(?:reports?|rumou?rs?|speculation|suggestions?) (?:that|of)\b|\b(?:rumou?rs?|speculation|hearsay) (?:that|of)\b|\b(?:talk|word)(?: [\w'’-]+){0,4} (?:is|was) that\b`)

// denialWords deny what follows them ("denied that", "rejected reports that"), negations
// negate the words just after them ("never crossed", "no deal was reached", "has not
// been signed"), and verdicts deny what precedes them ("the claim ... is a fabrication").
var (
	denialWords = wordSet(`deny denies denied denying denial reject rejects rejected rejecting dismiss dismissed
dismisses dismissing refute refuted refutes refuting rebuff rebuffed rebuts rebutted`)
	// reportDenialWords deny only a report, a figure or a "that" clause: "disputed the
	// figure", "contested reports that" (elsewhere "the disputed waters" is a place)
	reportDenialWords = wordSet(`dispute disputes disputed disputing contest contests contested contradict contradicts
contradicted`)
	negations = wordSet(`no not never nothing none neither nor cannot`)
	// denialNouns name a denial: one a denial verb bears on is denied in turn
	denialNouns  = wordSet(`denial denials`)
	verdictWords = wordSet(`fabrication fabricated false untrue baseless groundless unfounded lie lies nonsense
incorrect inaccurate exaggerated wrong fiction invention myth smear propaganda hoax fantasy misleading absurd
ridiculous preposterous laughable inflated overstated overblown premature distorted`)
	// objectNegations deny the verb just before them
	objectNegations = wordSet(`nothing none nobody`)
	// reportNouns are what a denial verb denies when it names no claim words: "rejected that
	// figure", "dismissed accounts of overcrowding", "denied the reports"
	reportNouns = wordSet(`report reports account accounts claim claims allegation allegations figure figures
estimate estimates number numbers count toll suggestion suggestions assertion assertions story stories rumour
rumours rumor rumors charge charges accusation accusations speculation version`)
	// subordinators open a clause about something else: a negation inside it ("the ferry,
	// which had not been inspected, sank") does not deny the sentence's statement
	subordinators = wordSet(`which who whom whose where when while although though because since after before
if unless whereas`)
	// notNegating follow "not"/"no" without negating the statement: "not only", "no doubt"
	notNegating = wordSet(`only just least doubt sooner`)
	// clauseJoins before "nobody" or "nothing" start a new clause: "the bridge fell and nobody
	// was hurt" (not "accepted nothing")
	clauseJoins = wordSet(`and but or while so`)
	// zeroWords after a negation say the count is none: "not a single job", "no one",
	// "not cost anyone a job"
	zeroWords = wordSet(`single one anyone anybody any`)
)

// ReadStance suggests the stance of a mention (its text as marked) toward its claim's
// statement, with the words it rests on: "unconfirmed" ("could not be independently
// verified"), "doubts" ("it is unclear whether"), "denies" (a denial verb or a negation
// that bears on the claim's own words: "denied that its vessels had crossed", "no final
// agreement had been reached", "never crossed", "the claim ... is a sheer fabrication";
// a denial of a report or figure: "rejected that figure", "dismissed accounts of"; a
// count said to be none where the claim gives one: "not a single job will go"), else
// "asserts". A negative statement ("No deal was reached") is asserted by a mention that
// negates it too and denied by one that states, without negation, what it negates ("the
// two sides reached a deal"); a negation about something else in the sentence ("no
// injuries were reported", "the ship, which had not been inspected, sank") is no denial.
func ReadStance(statement, mention string) (stance, cue string) {
	for _, c := range []struct {
		re     *regexp.Regexp
		stance string
	}{{unconfirmedCue, StanceUnconfirmed}, {silentOnWhetherCue, StanceUnconfirmed}, {doubtCue, StanceDoubts}, {ignoranceCue, StanceDoubts},
		{unpublishedCue, StanceUnconfirmed}} {
		if m := c.re.FindString(mention); m != "" && !c.re.MatchString(statement) {
			return c.stance, m
		}
	}
	terms := termSet(statement)
	if neg := denial(statement, nil); neg.cue != "" {
		// a negative claim: its mentions that negate it too assert it; one that says what it
		// negates denies it
		if m := denial(mention, terms); m.cue != "" || mainNegation(mention) != "" || implicitNegation(mention) {
			return StanceAsserts, ""
		}
		// the claim is a party's denial of its own part: that someone else did it does not
		// deny it ("The rebels denied shelling the town" / "Army artillery shelled the town")
		if deniesOtherParty(mention, statement) {
			return StanceAsserts, ""
		}
		// one who only says they hold the opposite view ("The union says the opposite")
		// denies a negative statement as much as a positive one
		if cue := disagreement(mention); cue != "" && !sharesPredicate(mention, terms) {
			return StanceDenies, cue
		}
		if w := sharedWord(mainClauses(mention), neg.scope); w != "" && (!hasAny(neg.words, comparatives) || hasAny(Words(mention), degreeWords)) {
			return StanceDenies, w
		}
		return StanceAsserts, ""
	}
	if neg := denial(mention, terms); neg.cue != "" && !deniesOtherParty(statement, mention) {
		return StanceDenies, neg.cue
	}
	if m := doubtInOtherWordsCue.FindString(mention); m != "" && !doubtInOtherWordsCue.MatchString(statement) {
		return StanceDoubts, m
	}
	// "There have been reports that ...", "Rumours that ...": hearsay no one is named for,
	// unless it is denied (above: "dismissed rumours that")
	if m := hearsayCue.FindString(mention); m != "" && !hearsayCue.MatchString(statement) {
		return StanceUnconfirmed, m
	}
	if cue := noneOfCount(statement, mention); cue != "" {
		return StanceDenies, cue
	}
	// a mention that shares no words of what the claim says (names apart) and negates its
	// own main clause denies it in other words: "We were not told.", "The dam was never
	// close to failing" (in a claim that it was at risk)
	if !sharesPredicate(mention, terms) {
		if cue := mainNegation(mention); cue != "" && !negatedKind(mention) {
			return StanceDenies, cue
		}
		// one who only says they see it otherwise ("The union sees it differently", "Her
		// neighbours disagree") denies what was said; with words of the claim of its own
		// ("the opposite: the signal kept coming") the mention says what it holds, and is read
		// by those words
		if cue := disagreement(mention); cue != "" {
			return StanceDenies, cue
		}
		// a verdict that it cannot be done ("On these figures that is out of reach", "The
		// target is unrealistic") denies a goal, a promise or a forecast
		if cue := impossibleCue.FindString(mainClauses(mention)); cue != "" && mainNegation(mention) == "" {
			return StanceDenies, cue
		}
	}
	// a thing still going on denies that it ended: "the fire was put out by dawn" / "it was
	// still burning at noon"
	if cue := persistsAgainstEnd(statement, mention); cue != "" {
		return StanceDenies, cue
	}
	return StanceAsserts, ""
}

// comparatives in a negation's scope make it deny a degree ("had not carried more people
// than allowed"): a plain mention states it only with a degree word of its own ("so full
// that", "too many", "more than"), not with a bare count ("it carried 40 people").
var (
	comparatives = wordSet(`more fewer less than exceed exceeds exceeded exceeding over beyond above`)
	degreeWords  = wordSet(`more fewer less than exceed exceeds exceeded exceeding over beyond above too so overloaded
overcrowded crowded excess`)
)

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// implicitNegations are verbs that say something stopped or did not happen: in a claim that
// negates ("members cannot borrow"), "members have stopped borrowing" says it too.
var implicitNegations = wordSet(`stop stops stopped stopping cease ceases ceased halt halts halted quit quits
refuse refuses refused fail fails failed unable`)

func implicitNegation(text string) bool {
	for _, w := range Words(text) {
		if implicitNegations[w] {
			return true
		}
	}
	return false
}

// sharesPredicate reports whether text shares a content word with the claim's terms that
// is not a name (written with a capital in text): a place or party named on both sides says
// who, not what.
func sharesPredicate(text string, terms map[string]bool) bool {
	names := map[string]bool{}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r := []rune(f); unicode.IsUpper(r[0]) {
			for _, w := range Words(f) {
				names[w] = true
			}
		}
	}
	for _, w := range Words(text) {
		if !stopwords[w] && !stanceWords[w] && !names[w] && (terms[Stem(w)] || terms[TermOf(w)]) {
			return true
		}
	}
	return false
}

// mainNegation returns a negation of text's main clause (not inside a subordinate clause,
// not "not only" or "no more than").
func mainNegation(text string) string {
	sw := clauseWords(text)
	words := make([]string, len(sw))
	for i, w := range sw {
		words[i] = w.w
	}
	for i, w := range words {
		// "Nobody has looked at the pipe": a subject that is none negates its clause
		neg := negations[w] || w == "nobody" || w == "t" && i > 0 || strings.HasSuffix(w, "n't")
		if neg && negates(words, i) && !subordinate(sw, i) && !cleft(sw, i) && !notUntil(sw, i) {
			return w
		}
	}
	return ""
}

// silentWords after a negation say that something was not told, not that the claim is
// false: "the airline did not say how many were aboard", "police would not comment".
var silentWords = wordSet(`say said comment commented disclose disclosed reveal revealed specify specified elaborate
explain explained respond responded give gave immediately`)

// termSet is the claim's terms as the matcher compares them: stems, and the event class
// of a word in one ("concluded" bears on "signed": both tell an agreement's making).
func termSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range Terms(text) {
		out[t] = true
	}
	for _, t := range CanonTerms(text) {
		out[t] = true
	}
	return out
}

// mainClauses is text without its subordinate clauses ("which was carrying passengers"
// up to the next break): what a sentence says of its own subject.
func mainClauses(text string) string {
	var b strings.Builder
	sub := false
	for _, w := range clauseWords(text) {
		if w.brk {
			sub = false
		}
		if subordinators[w.w] {
			sub = true
		}
		if !sub {
			b.WriteString(w.w)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// sharedWord returns a word of text whose term is in terms (content words only).
func sharedWord(text string, terms map[string]bool) string {
	for _, w := range Words(text) {
		if !stopwords[w] && !stanceWords[w] && (terms[Stem(w)] || terms[TermOf(w)]) {
			return w
		}
	}
	return ""
}

// stanceWord is one word of a mention and whether a clause break (a comma, semicolon,
// colon, dash, bracket or full stop) comes just before it.
type stanceWord struct {
	w   string
	brk bool
}

// clauseWords splits text as Words does, marking the words that follow a clause break.
func clauseWords(text string) []stanceWord {
	var out []stanceWord
	brk := false
	for _, raw := range strings.FieldsFunc(text, unicode.IsSpace) {
		lead := true
		for _, piece := range splitKeep(raw) {
			if piece.word == "" {
				if strings.ContainsAny(piece.punct, ",;:.!?()[]–—") || piece.punct == "-" && lead {
					brk = true
				}
				continue
			}
			lead = false
			for _, w := range Words(piece.word) {
				out = append(out, stanceWord{w: w, brk: brk})
				brk = false
			}
		}
	}
	return out
}

type wordOrPunct struct{ word, punct string }

// splitKeep splits a whitespace-free chunk into runs of word characters (letters, digits,
// apostrophes and hyphens inside a word) and single punctuation marks.
func splitKeep(chunk string) []wordOrPunct {
	var out []wordOrPunct
	var b strings.Builder
	rs := []rune(chunk)
	for i, r := range rs {
		inner := (r == '\'' || r == '’' || r == '-') && i > 0 && i+1 < len(rs) && stanceRune(rs[i-1]) && stanceRune(rs[i+1])
		if stanceRune(r) || inner {
			b.WriteRune(r)
			continue
		}
		if b.Len() > 0 {
			out = append(out, wordOrPunct{word: b.String()})
			b.Reset()
		}
		out = append(out, wordOrPunct{punct: string(r)})
	}
	if b.Len() > 0 {
		out = append(out, wordOrPunct{word: b.String()})
	}
	return out
}

func stanceRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// denialFound is a denial in a text: the word it rests on and the terms of the words it
// bears on (a negation's scope).
type denialFound struct {
	cue   string
	scope map[string]bool
	words []string // the scope's words
}

// denial finds a denial in text that bears on the claim's terms (any, when terms is nil):
// a denial verb with a claim term in the 14 words after it, or with a report noun ("the
// figure", "accounts of") in the 4 after it; a negation with a claim term in the 5 words
// after it, within its clause and not inside a subordinate clause; or a verdict word with
// a claim term or a report noun in the 14 words before it ("there is no truth in" reads as
// a negation of what follows).
func denial(text string, terms map[string]bool) denialFound {
	sw := clauseWords(text)
	words := make([]string, len(sw))
	for i, w := range sw {
		words[i] = w.w
	}
	bears := func(from, to int) bool {
		if terms == nil {
			return true
		}
		for _, w := range words[max(0, from):min(len(words), to)] {
			if !stopwords[w] && (terms[Stem(w)] || terms[TermOf(w)]) {
				return true
			}
		}
		return false
	}
	names := func(from, to int, set map[string]bool) bool {
		for _, w := range words[max(0, from):min(len(words), to)] {
			if set[w] {
				return true
			}
		}
		return false
	}
	// negated: a negation in the two words before i ("did not deny", "never denied",
	// "nobody denied"); a denial that is the object of a denial ("rejected the council's
	// denial that", "dismissed denials"): what is denied twice is asserted, so neither the
	// noun nor the verb before it is a denial
	negated := func(i int) bool {
		for j := max(0, i-2); j < i; j++ {
			if negations[words[j]] || words[j] == "nobody" || words[j] == "t" || strings.HasSuffix(words[j], "n't") {
				return true
			}
		}
		if denialNouns[words[i]] {
			// "called the denial that ... a lie": a denial said to be false
			for j := i + 1; j < clauseEnd(sw, i+1, i+17); j++ {
				if verdictWords[words[j]] && predicativeVerdict(sw, j) {
					return true
				}
			}
			for j := max(0, i-4); j < i; j++ {
				if denialWords[words[j]] || reportDenialWords[words[j]] {
					return true
				}
			}
		}
		for j := i + 1; j < min(len(words), i+5) && !denialNouns[words[i]]; j++ {
			if denialNouns[words[j]] || criticismWords[words[j]] && j < i+3 && (j+1 == len(words) || words[j+1] != "that") {
				return true
			}
		}
		return false
	}
	cancelled := doubleNegations(words) // "it is not true that no deal was reached"
	for i, w := range words {
		if cancelled[i] {
			continue
		}
		if (w == "ruled" || w == "rules" || w == "ruling" || w == "rule") && i+1 < len(words) && words[i+1] == "out" && !negated(i) && bears(i+2, i+16) {
			return denialFound{cue: "ruled out", scope: termsOf(words[i+2 : min(len(words), i+16)])}
		}
		neg := negations[w] || w == "nobody" || w == "t" && i > 0 && (words[i-1] == "didn" || words[i-1] == "hasn" || words[i-1] == "wasn" || words[i-1] == "isn" || words[i-1] == "weren" || words[i-1] == "hadn" || words[i-1] == "won" || words[i-1] == "don" || words[i-1] == "doesn")
		switch {
		case denialWords[w] && !negated(i) && !actOnThing(sw, i) && !refusesAThing(sw, i) && !subordinate(sw, i) && (bears(i+1, i+15) || names(i+1, i+5, reportNouns)):
			return denialFound{cue: w, scope: termsOf(words[i+1 : min(len(words), i+15)])}
		case denialWords[w] && !negated(i) && !actOnThing(sw, i) && subordinate(sw, i) &&
			(bears(i+1, clauseEnd(sw, i+1, i+15)) || names(i+1, i+5, reportNouns) && (terms == nil || !mainClauseBears(sw, i, terms))):
			// a denial in a relative or adverbial clause bears on its own clause: "The mayor, who
			// denies any wrongdoing, signed the lease" asserts the signing; "The minister, who
			// denies the charges, appeared in court" denies the charges' claim
			return denialFound{cue: w, scope: termsOf(words[i+1 : clauseEnd(sw, i+1, i+15)])}
		case phraseAt(words, i, phrasalRefusals) > 0 && !negated(i) && refusalTakesClaim(sw, i+phraseAt(words, i, phrasalRefusals)):
			// "brushed aside reports that", "laughed off suggestions of" (not "shot down a drone")
			n := phraseAt(words, i, phrasalRefusals)
			return denialFound{cue: strings.Join(words[i:i+n], " "), scope: termsOf(words[i+n : min(len(words), i+n+15)])}
		case phraseAt(words, i, verdictPhrases) > 0 && (bears(i-14, i) || names(i-14, i, reportNouns)) && !names(i-14, i, denialNouns):
			// "the report had no basis", "the toll is far from the truth"
			return denialFound{cue: strings.Join(words[i:i+phraseAt(words, i, verdictPhrases)], " "), scope: termsOf(words[max(0, i-14):i])}
		case (denialWords[w] || reportDenialWords[w]) && !negated(i) && (i+1 == len(words) || sw[i+1].brk || words[i+1] == "by" && i > 0 && passiveAux[words[i-1]]) && names(i-10, i, reportNouns):
			// the report named before its denial, the verb's object: "a claim the operator
			// rejected", "accounts which the ministry has denied."
			return denialFound{cue: w, scope: termsOf(words[max(0, i-10):i])}
		case reportDenialWords[w] && !negated(i) && (names(i+1, i+5, reportNouns) || i+1 < len(words) && words[i+1] == "that"):
			return denialFound{cue: w, scope: termsOf(words[i+1 : min(len(words), i+15)])}
		case w == "without" && i+1 < len(words) && !subordinate(sw, i) && bears(i+1, clauseEnd(sw, i+1, i+4)) && endedWithout(words, i):
			// "the talks ended without an agreement": what the claim says came about did not
			return denialFound{cue: "without", scope: termsOf(words[i+1 : clauseEnd(sw, i+1, i+4)]), words: words[i+1 : clauseEnd(sw, i+1, i+4)]}
		case neg && w == "no" && i+1 < len(words) && words[i+1] == "truth":
			return denialFound{cue: "no truth"} // "there is no truth in reports that"
		case neg && negates(words, i) && !subordinate(sw, i) && reportIsSubject(sw, i):
			// "the theory that ... does not hold water", "reports that ... are not true"
			subject, _ := reportNotValid(sw, i)
			return denialFound{cue: w, scope: termsOf(subject)}
		case neg && negates(words, i) && !subordinate(sw, i) && !cleft(sw, i) && !figureCorrection(sw, i) && !notUntil(sw, i) && bears(i+1, clauseEnd(sw, i+1, i+6)):
			return denialFound{cue: w, scope: termsOf(words[i+1 : clauseEnd(sw, i+1, i+6)]), words: words[i+1 : clauseEnd(sw, i+1, i+6)]}
		case verdictWords[w] && predicativeVerdict(sw, i) && names(i-14, i, denialNouns):
			continue // a denial called a lie: what it denies is asserted
		case verdictWords[w] && predicativeVerdict(sw, i) && (reportVerdicts[w] && namesReport(words[max(0, i-14):i]) ||
			!reportVerdicts[w] && (bears(i-14, i) || names(i-14, i, reportNouns))):
			return denialFound{cue: w, scope: termsOf(words[max(0, i-14):i])}
		case objectNegations[w] && !sw[i].brk && i > 0 && !clauseJoins[words[i-1]] && bears(i-3, i):
			return denialFound{cue: w} // "we have accepted nothing", "they signed none"
		}
	}
	return denialFound{}
}

// refusalWords deny a claim only when what they take is one ("rejected reports that",
// "dismissed the idea"); otherwise they tell an act ("rejected the offer", "dismissed its
// coach", "rebuffed the envoy").
var refusalWords = wordSet(`reject rejects rejected rejecting dismiss dismissed dismisses dismissing rebuff rebuffed`)

// claimObjects are what a refusal verb takes when it denies a claim: a report noun, an
// idea, a "that" clause, a pronoun for what was said, "as" (false), "any" (link, role).
var claimObjects = wordSet(`that this it as any idea ideas notion theory theories finding findings conclusion
conclusions link links involvement responsibility blame wrongdoing version versions`)

// claimWord is a word by which a refusal verb takes a claim: a claim object, a report noun
// or a denial noun.
func claimWord(w string) bool {
	return claimObjects[w] || reportNouns[w] || denialNouns[w]
}

// actOnThing reports whether the refusal verb at i takes a thing or a person, not a claim:
// nothing in its clause's next five words is a claim object, a report noun or a denial noun
// ("The club dismissed its coach", "the senate rebuffed the envoy"), or it is a passive
// with its agent ("was rejected by the board": a report rejected so names no claim words
// after the verb, and the report named before it is read by the case of a report before
// its denial). Such a mention tells what its subject did;
// whether that excludes the claim is the contrary reading's question (accepted / rejected,
// of one subject), not a denial of the claim by whoever the subject is.
func actOnThing(sw []stanceWord, i int) bool {
	if !refusalWords[sw[i].w] {
		return false
	}
	end := clauseEnd(sw, i+1, i+6)
	if end == i+1 {
		return false // the verb ends its clause: its object came before ("a claim they rejected")
	}
	for _, w := range sw[i+1 : end] {
		if w.w == "by" {
			return true
		}
		if claimWord(w.w) {
			return false
		}
	}
	return true
}

// figureCorrection reports whether the "not" at i, after a clause break, only sets a
// figure against another ("18 million people lost power, not 12 million", "two workers
// died, not one"): the sentence states the claim with its own figure, it denies nothing.
func figureCorrection(sw []stanceWord, i int) bool {
	if sw[i].w != "not" || !sw[i].brk || i+1 >= len(sw) {
		return false
	}
	next := sw[i+1].w
	return isNumber(next) || reading.IsNumberWord(next)
}

// negates reports whether the negation at i negates what follows: not "not only", "no
// doubt", "no more than 120" (a bound), "did not deny" (the denial is what it negates) nor
// "did not say" (silence).
func negates(words []string, i int) bool {
	next := func(k int) string {
		if i+k < len(words) {
			return words[i+k]
		}
		return ""
	}
	switch {
	case notNegating[next(1)]:
		return false
	case (next(1) == "more" || next(1) == "fewer" || next(1) == "less") && next(2) == "than":
		return false
	case denialWords[next(1)] || denialWords[next(2)] || disagreeWords[next(1)] || disagreeWords[next(2)]:
		return false
	case reportDenialWords[next(1)] || reportDenialWords[next(2)]:
		return false // "did not dispute that", "has not contested the figure": a denial negated
	case words[i] == "never" && next(1) == "before", words[i] == "not" && next(1) == "since":
		return false // "Never before had the exchange closed": it did, for the first time
	case silentWords[next(1)]:
		return false
	case i >= 2 && words[i-1] == "or" && words[i-2] == "whether":
		return false // "whether or not" weighs both
	case words[i] == "nobody":
		// "Nobody at the ministry doubts ...": a subject none of whom denies or doubts
		for k := 1; k <= 4; k++ {
			if denialWords[next(k)] || disagreeWords[next(k)] || doubtWords[next(k)] {
				return false
			}
		}
	}
	return true
}

// truthWords, negated, say that what a "that" clause says is false ("not true that").
var truthWords = wordSet(`true correct accurate right so`)

// doubleNegations marks the words of a negation of a negation, which asserts what it
// negates twice: "it is not true that no deal was reached" (a deal was reached). The first
// negation with its "true" and the negation it governs in the "that" clause, within six
// words.
func doubleNegations(words []string) map[int]bool {
	out := map[int]bool{}
	for i, w := range words {
		// the words that make "that ..." false: "not true", "not the case"
		first := []int{}
		switch {
		case (w == "not" || w == "t") && i+2 < len(words) && words[i+1] == "the" && words[i+2] == "case":
			first = []int{i, i + 1, i + 2}
		case (w == "not" || w == "t") && i+1 < len(words) && truthWords[words[i+1]]:
			first = []int{i, i + 1}
		default:
			continue
		}
		// "that" right after: "not true that", "not the case that"
		if j := first[len(first)-1] + 1; j < len(words) && words[j] == "that" {
			for k := j + 1; k < min(len(words), j+7); k++ {
				if negations[words[k]] || words[k] == "nobody" || objectNegations[words[k]] {
					for _, f := range first {
						out[f] = true
					}
					out[k] = true
					break
				}
			}
		}
	}
	return out
}

// doubtWords after "nobody" make it no denial: "nobody doubts that"
var doubtWords = wordSet(`doubt doubts doubted questions questioned`)

// cleft reports a negation right after "be" in a clause that opens with "what" ("What
// surprised the markets was not the cut but its size"): it says what the what-clause is
// about, not that what follows is false.
func cleft(sw []stanceWord, i int) bool {
	if i == 0 || !beWords[sw[i-1].w] {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if k == 0 || sw[k].brk {
			return sw[k].w == "what"
		}
	}
	return false
}

// clauseEnd is the index of the first word from `from` (before `limit`) that opens a new
// clause: one after a break, or "but".
func clauseEnd(sw []stanceWord, from, limit int) int {
	for j := from; j < min(limit, len(sw)); j++ {
		if sw[j].brk || sw[j].w == "but" {
			return j
		}
	}
	return min(limit, len(sw))
}

// subordinate reports whether the word at i lies in a subordinate clause that opens in
// its own clause before it ("which had not been", "because the pumps did not").
func subordinate(sw []stanceWord, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if subordinators[sw[j].w] {
			return true
		}
		if sw[j].brk {
			return false
		}
	}
	return false
}

func termsOf(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		if !stopwords[w] && !stanceWords[w] && !reportNouns[w] {
			out[Stem(w)] = true
			if t := TermOf(w); t != "" {
				out[t] = true
			}
		}
	}
	return out
}

// noneOfCount reports a mention that says there are none ("not a single redundancy", "no
// one will be laid off", "will not cost anyone a job") of what the statement counts (it
// gives a figure above zero) while giving no figure of its own: a denial of the count.
func noneOfCount(statement, mention string) string {
	if len(Figures(mention)) > 0 {
		return ""
	}
	counts := false
	for _, v := range Figures(statement) {
		if v.Low != nil && *v.Low > 0 || v.High != nil && *v.High > 0 {
			counts = true
		}
	}
	if !counts {
		return ""
	}
	sw := clauseWords(mention)
	for i, w := range sw {
		if w.w == "nobody" {
			return w.w
		}
		neg := negations[w.w] || w.w == "t"
		if !neg || subordinate(sw, i) {
			continue
		}
		for j := i + 1; j < clauseEnd(sw, i+1, i+6); j++ {
			if zeroWords[sw[j].w] {
				return w.w + " " + sw[j].w
			}
		}
	}
	return ""
}

// endWithoutVerbs: an event that ended, broke up or closed "without" something says that
// thing did not come about ("the talks ended without a deal", "the meeting broke up
// without an agreement"); other "without"s say how something was done ("acted without
// weapons", "left without a word").
var endWithoutVerbs = wordSet(`end ends ended ending conclude concludes concluded close closes closed break broke
adjourn adjourned finish finished collapse collapsed`)

// endedWithout reports whether "without" at i follows such a verb (two words back at most:
// "ended abruptly without", "broke up without").
func endedWithout(words []string, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if endWithoutVerbs[words[j]] {
			return true
		}
	}
	return false
}
