package match

import "strings"

// Denials in other words than "denied" or a negation of the claim's own words (branch
// r14deny): a verdict given as a report's predicate ("the story is a myth", "called the
// figures a fiction", "had no basis"), a refusal told with a verb of several words
// ("brushed aside reports", "laughed off suggestions"), and the readings that keep
// look-alikes apart: a verdict word before a noun ("a false alarm"), "denied" that
// refuses someone a thing ("was denied bail", "denied him a visa"). denial (stance.go)
// asks them.

// verdictModifiers stand between a verdict and what makes it the predicate: "is a
// complete fabrication", "was grossly inflated", "is simply not true".
var verdictModifiers = wordSet(`a an the pure complete sheer utter total outright plain blatant wholly entirely
simply just nothing but totally completely absolutely largely mere`)

// callVerbs give their object a verdict as its complement: "called the report baseless",
// "described the claims as lies", "dismissed the footage as propaganda".
var callVerbs = wordSet(`call calls called calling describe describes described describing brand brands branded
branding label labels labelled labeled term termed deem deemed consider considers considered`)

// predicativeVerdict reports whether the verdict word at i is said of something: a form of
// "be", "as", "seems" comes before it past its modifiers ("is a complete fabrication", "were
// a false alarm", "as a false report"), or a verb of calling earlier in its clause ("called
// the toll a fiction"). A verdict word that only qualifies a noun in another place ("after a
// false alarm", "took the wrong road", "reached absurd levels") is none.
func predicativeVerdict(sw []stanceWord, i int) bool {
	j := i - 1
	for j >= 0 && !sw[j+1].brk && (verdictModifiers[sw[j].w] || len(sw[j].w) > 4 && strings.HasSuffix(sw[j].w, "ly")) {
		j--
	}
	if j >= 0 && !sw[j+1].brk && (beWords[sw[j].w] || sw[j].w == "as" || sw[j].w == "seems" || sw[j].w == "seemed") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if callVerbs[sw[k].w] {
			return true
		}
		if sw[k].brk {
			break
		}
	}
	return false
}

// verdictPhrases say of a report that it is false in several words: "had no basis",
// "without foundation", "far from the truth", "wide of the mark".
var verdictPhrases = [][]string{
	{"no", "basis"}, {"no", "foundation"}, {"no", "substance"}, {"no", "grounds"},
	{"without", "foundation"}, {"without", "any", "foundation"}, {"without", "basis"}, {"without", "any", "basis"},
	{"far", "from", "the", "truth"}, {"far", "from", "true"}, {"far", "from", "accurate"}, {"far", "from", "correct"},
	{"wide", "of", "the", "mark"},
}

// phraseAt returns the length of the first of phrases that words hold at i, 0 if none.
func phraseAt(words []string, i int, phrases [][]string) int {
next:
	for _, p := range phrases {
		if i+len(p) > len(words) {
			continue
		}
		for k, w := range p {
			if words[i+k] != w {
				continue next
			}
		}
		return len(p)
	}
	return 0
}

// phrasalRefusals are refusals of several words, in every form of their verb; like
// "reject" they deny a claim only when what they take is one (refusalTakesClaim).
var phrasalRefusals = func() [][]string {
	var out [][]string
	for _, v := range []struct {
		forms    string
		particle []string
	}{
		{"brush brushes brushed brushing", []string{"aside"}},
		{"brush brushes brushed brushing", []string{"off"}},
		{"laugh laughs laughed laughing", []string{"off"}},
		{"wave waves waved waving", []string{"away"}},
		{"wave waves waved waving", []string{"aside"}},
		{"wave waves waved waving", []string{"off"}},
		{"shoot shoots shot shooting", []string{"down"}},
		{"knock knocks knocked knocking", []string{"down"}},
		{"slap slaps slapped slapping", []string{"down"}},
		{"pour pours poured pouring", []string{"cold", "water", "on"}},
		{"scotch scotches scotched scotching", nil},
		{"quash quashes quashed quashing", nil},
	} {
		for w := range wordSet(v.forms) {
			out = append(out, append([]string{w}, v.particle...))
		}
	}
	return out
}()

// refusedTalk are the words besides claimWord by which a refusal of several words takes
// what was said: "waved away questions about", "poured cold water on talk of".
var refusedTalk = wordSet(`talk questions question`)

// refusalTakesClaim reports whether the five words after a refusal (within its clause)
// name what was said: a claim object, a report noun, a denial noun, talk or questions.
func refusalTakesClaim(sw []stanceWord, from int) bool {
	for _, w := range sw[from:clauseEnd(sw, from, from+5)] {
		if claimWord(w.w) || refusedTalk[w.w] {
			return true
		}
	}
	return false
}

// denyForms are the forms of "deny", the one denial verb that also refuses someone a
// thing.
var denyForms = wordSet(`deny denies denied denying`)

// objectPronouns after "denied" are whom a thing is refused: "denied him a visa".
var objectPronouns = wordSet(`him her them us me you`)

// refusesAThing reports whether "deny" at i refuses someone a thing rather than denying
// a claim: a passive followed by what was refused ("was denied bail", "were denied
// entry"; not "was denied by", "were denied that"), or an active verb with a person and
// then the thing ("denied him a visa", "denied Ashby a penalty").
func refusesAThing(sw []stanceWord, i int) bool {
	if !denyForms[sw[i].w] || i+1 >= len(sw) || sw[i+1].brk {
		return false
	}
	next := sw[i+1].w
	if len(next) > 5 && strings.HasSuffix(next, "ing") {
		return false // "denies receiving any warning": the gerund is what is denied (r14deny2)
	}
	if i > 0 && beWords[sw[i-1].w] {
		return next != "by" && !claimWord(next) && !stopwords[next]
	}
	if i+2 < len(sw) && !sw[i+2].brk && (sw[i+2].w == "a" || sw[i+2].w == "an" || sw[i+2].w == "any") {
		return objectPronouns[next] || !claimWord(next) && !stopwords[next]
	}
	return false
}

// reportSubjects name what was said or shown as a clause's subject, besides report nouns:
// "the theory", "the idea", "the version", "the footage".
var reportSubjects = wordSet(`theory theories idea ideas notion version versions talk footage video videos pictures
photos photographs images`)

// reportVerdicts have a sense besides falsity ("prices were inflated", "rents are absurd",
// "the parade was propaganda"): they deny only what is named as a report, an idea or talk.
var reportVerdicts = wordSet(`inflated overstated overblown premature distorted misleading absurd ridiculous
preposterous laughable fiction invention propaganda fantasy`)

// namesReport reports whether words name a report, an idea, talk or footage.
func namesReport(words []string) bool {
	for _, w := range words {
		if reportNouns[w] || reportSubjects[w] {
			return true
		}
	}
	return false
}

// mainClauseBears reports whether the words after the subordinate clause that holds i (the
// main clause's predicate, past the subject the clause describes) bear on terms: "The
// mayor, who denies the charges, signed the lease" states the claim of the signing; "The
// minister, who denies the charges, appeared in court" states no claim of bribes.
func mainClauseBears(sw []stanceWord, i int, terms map[string]bool) bool {
	for _, w := range sw[clauseEnd(sw, i+1, len(sw)):] {
		if !stopwords[w.w] && (terms[Stem(w.w)] || terms[TermOf(w.w)]) {
			return true
		}
	}
	return false
}

// validityWords, negated, say that a report does not hold: "is not true", "does not hold
// water", "does not stand up", "is not credible", "was not borne out".
var validityPhrases = [][]string{
	{"true"}, {"correct"}, {"accurate"}, {"credible"}, {"right"},
	{"hold", "water"}, {"hold", "up"}, {"stand", "up"}, {"borne", "out"},
}

// reportNotValid reports whether the negation at i says that its clause's subject, a
// report, does not hold ("The theory that ... does not hold water", "the account was not
// accurate"), with the subject's words (from the clause's start).
func reportNotValid(sw []stanceWord, i int) (subject []string, ok bool) {
	j := i + 1
	for j < len(sw) && !sw[j].brk && (beWords[sw[j].w] || verdictModifiers[sw[j].w] || strings.HasSuffix(sw[j].w, "ly")) {
		j++ // "is not simply true", "does not really stand up"
	}
	words := make([]string, 0, 2)
	for k := j; k < min(len(sw), j+2); k++ {
		words = append(words, sw[k].w)
	}
	if j >= len(sw) || sw[j].brk || phraseAt(words, 0, validityPhrases) == 0 {
		return nil, false
	}
	start := i
	for start > 0 && !sw[start].brk {
		start--
	}
	for k := start; k < i; k++ {
		subject = append(subject, sw[k].w)
		ok = ok || reportNouns[sw[k].w] || reportSubjects[sw[k].w]
	}
	return subject, ok
}

// notUntil reports a negation with "until" or "till" after it in its clause: "did not
// open until noon" says when it opened, not that it did not.
func notUntil(sw []stanceWord, i int) bool {
	for _, w := range sw[i+1 : clauseEnd(sw, i+1, i+9)] {
		if w.w == "until" || w.w == "till" {
			return true
		}
	}
	return false
}

// criticismWords are what a refusal takes when it refuses a challenge to a claim, which
// asserts the claim: "rejected criticism of her finding", "dismissed doubts about the figure".
var criticismWords = wordSet(`criticism criticisms doubts objections challenges attacks`)

// reportIsSubject reports whether the negation at i says a report does not hold.
func reportIsSubject(sw []stanceWord, i int) bool {
	_, ok := reportNotValid(sw, i)
	return ok
}

// deniesAnotherReport reports whether a denial read in a mention with its frame bears on
// another report than the mention's: the words it denies share no term with the claim
// ("Rumours of a takeover were untrue, the minister said, adding that <the mill will
// close>").
func deniesAnotherReport(stance, statement, framed string) bool {
	if stance != StanceDenies {
		return false
	}
	terms := termSet(statement)
	d := denial(framed, terms)
	if d.cue == "" || len(d.scope) == 0 {
		return false
	}
	for t := range d.scope {
		if terms[t] {
			return false
		}
	}
	return true
}
