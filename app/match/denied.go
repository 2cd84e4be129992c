package match

import "strings"

// A denial or a doubt is a mention of the claim it denies, with the opposite stance
// ("Two countries have signed a deal" / "no final agreement had been reached" / "it is
// unclear whether any document was signed"). It restates the claim's event and rarely its
// details, so it shares too few words with the affirmation to reach the threshold by
// them. Compare joins such a pair as "the same statement, denied" when one side denies,
// doubts or calls unconfirmed the other's main event (the stance reader of stance.go),
// about the same participants: the contradiction finder then reports the pair.

// DeniedScore is the score of the same statement denied or doubted (deniedStatement):
// above the default threshold (app.DefaultMatchThreshold, 0.27), which the words alone do
// not reach.
const DeniedScore = 0.30

// opposingWords are the words without which no text denies or doubts anything, besides
// the stance reader's denial verbs, negations and verdicts. A text with none of them is
// not read for its stance: Compare runs for every sentence of a workspace.
var opposingWords = wordSet(`unclear uncertain whether doubt doubts doubted doubting question questioned
unconfirmed unverified confirmed verified confirm verify`)

// mayOppose reports whether words hold a word a denial or a doubt needs.
func mayOppose(words []string) bool {
	for _, w := range words {
		if denialWords[w] || negations[w] || verdictWords[w] || objectNegations[w] || opposingWords[w] || w == "t" {
			return true
		}
	}
	return false
}

// deniedStatement is the stance one of ref and cand takes against the other ("denies",
// "doubts", "unconfirmed") when they tell the same event: cand tells ref's main event with
// a participant in common; one side's denial bears on that event ("denied that ... had
// been arrested", "no agreement had been reached", "never crossed") while the other's
// does not, or cand doubts it; and the denying side names no country and no person the
// other does not, and, when it names anyone, one who did it ("Pyongyang denied that its
// vessels crossed" says nothing about South Korean warships). "" when they are not so
// opposed. A statement about an event told by a noun ("The crossing was the first this
// year") says something else about it than that it happened: it is not judged so.
func (ix *Index) deniedStatement(ref, cand Features) string {
	stance, _ := ix.DeniedGate(ref, cand)
	return stance
}

// Why deniedStatement did not join a pair, for the scorers' table of causes
// (docs/verification-eval.md, r14deny2): the first gate the pair did not pass.
const (
	DeniedNoEvent       = "the claim tells no event the lexicon knows"
	DeniedNounEvent     = "the claim tells its event by a noun"
	DeniedNoCue         = "neither side has a word a denial needs"
	DeniedOtherEvent    = "the candidate does not tell the claim's event"
	DeniedNoParticipant = "no participant of the event in common"
	DeniedNoStance      = "no denial or doubt that bears on the event, or both deny"
	DeniedNotAboutSame  = "the denial names a country or person the claim does not"
)

// DeniedGate is deniedStatement with the reason a pair is not joined as the same
// statement denied ("" when it is, or when stance is not "").
func (ix *Index) DeniedGate(ref, cand Features) (stance, why string) {
	if (ref.mayOppose || cand.mayOppose) && !Ablation.Receipt && ix.deniedReceipt(ref, cand) {
		return StanceDenies, "" // "denied that it had received any warning" (denied_received.go)
	}
	switch {
	case ref.Main == "" && !Ablation.UnknownEvent && ix.unknownEventDenied(ref, cand) != "":
		return StanceDenies, "" // "has not raised its fares" (denied_unknown.go)
	case ref.Main == "":
		return "", DeniedNoEvent
	case ref.mainNoun:
		return "", DeniedNounEvent
	case !ref.mayOppose && !cand.mayOppose:
		return "", DeniedNoCue
	}
	if _, ok := cand.Terms[ref.Main]; !ok {
		return "", DeniedOtherEvent
	}
	if !ix.shareParticipant(ref, cand, ref.Main) {
		return "", DeniedNoParticipant
	}
	event := map[string]bool{ref.Main: true}
	refDenies := denial(ref.Text, event).cue
	candDenies := denial(cand.Text, event).cue
	says, against := ref, cand
	switch {
	case refDenies == "" && candDenies != "":
		stance = StanceDenies
	case refDenies != "" && candDenies == "":
		stance, says, against = StanceDenies, cand, ref
	default:
		if s, _ := ReadStance(ref.Text, cand.Text); s == StanceDoubts || s == StanceUnconfirmed {
			stance = s
		}
	}
	if stance == "" {
		return "", DeniedNoStance
	}
	if !aboutTheSame(says, against, ref.Main) {
		return "", DeniedNotAboutSame
	}
	return stance, ""
}

// aboutTheSame reports whether against (a denial or a doubt of the event class t that says
// tells) names no country and no person says does not, and, when it names anyone, one of
// those who did it in says.
func aboutTheSame(says, against Features, t string) bool {
	for k := range against.Terms {
		if _, ok := says.Terms[k]; !ok && strings.HasPrefix(k, "c:") {
			return false
		}
	}
	for k := range against.People {
		if _, ok := says.People[k]; !ok {
			return false
		}
	}
	actors := says.Roles[t].Actors
	return len(actors) == 0 || !namesSomeone(against) || namesAny(against, actors)
}

// namesAny reports whether f names one of the actors (a country by any of its names, a
// person by the last word of the name).
func namesAny(f Features, actors map[string]string) bool {
	for k := range actors {
		if _, ok := f.Terms[k]; ok {
			return true
		}
		if _, ok := f.People[k]; ok {
			return true
		}
	}
	return false
}

// articles and possessives before a noun: an event word after one is told by a noun
// ("the crossing", "its arrival").
var nounOpeners = wordSet(`the a an this that its their his her our`)

// mainIsNoun reports whether the first event word of words (terms and their positions,
// classTerms) follows a determiner: the event is told by a noun ("The crossing on Friday
// was the first"), what is said is about the event.
func mainIsNoun(words, terms []string, pos []int) bool {
	for i, t := range terms {
		if IsEventClass(t) {
			return pos[i] > 0 && nounOpeners[words[pos[i]-1]]
		}
	}
	return false
}

// namesSomeone reports whether f names a country or a person.
func namesSomeone(f Features) bool {
	for t := range f.Terms {
		if strings.HasPrefix(t, "c:") {
			return true
		}
	}
	return len(f.People) > 0
}
