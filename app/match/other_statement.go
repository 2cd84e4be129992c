package match

import (
	"strings"

	"claimdesk/app/reading"
)

// OtherStatementFactor lowers a candidate that says something else about the claim's
// event or the ones it counts: another event that happened in it ("Four people died in the
// collapse of the bridge" against "the bridge collapsed"; "a worker had died in the fire"),
// or some of those it counts ("Two of the three dead were from Sweden" against "Three
// people were killed"). r14other read both on the dev stories' wrong joins, where such
// sentences scored 0.29-0.61 against the claim.
const OtherStatementFactor = 0.25

// circumstanceWords, right after an event word and before an article, open the event it
// happened in ("died in the fire", "were hurt during the clearing", "injured at the
// blockade"). A clause ("died when a bridge collapsed", "three days after a warehouse
// caught fire") is not read: the dev stories' gold holds such a clause as a statement of
// the event as often as not, and "back in Tashkent" (no article) is a place.
var circumstanceWords = wordSet(`in at during after following amid`)

// articles open the noun phrase of the event the circumstance names.
var articles = wordSet(`the a an`)

// onlyCircumstance reports whether cand tells an event ref does not tell, in its own
// words outside any circumstance, while every word it shares with ref (names and dates
// apart: the participants, which any statement about the event repeats) stands in the
// circumstance of cand's event.
func onlyCircumstance(ref, cand Features) bool {
	if !eventOfItsOwn(ref, cand) {
		return false // the words are read again only when cand tells an event ref does not
	}
	names := namesIn(cand.Text)
	sharedIn, sharedOut, otherEvent := false, false, false
	for _, clause := range strings.FieldsFunc(cand.Text, func(r rune) bool { return strings.ContainsRune(",;:()\"“”—–", r) }) {
		words := Words(clause)
		circ := circumstanceAt(words)
		terms, pos := classTerms(words)
		for k, t := range terms {
			inside := circ >= 0 && pos[k] > circ
			_, shared := ref.Terms[t]
			switch {
			case shared && !names[words[pos[k]]] && !strings.HasPrefix(t, "d:"):
				sharedIn, sharedOut = sharedIn || inside, sharedOut || !inside
			case !shared && !inside && IsEventClass(t):
				otherEvent = true
			}
		}
	}
	return sharedIn && !sharedOut && otherEvent
}

// eventOfItsOwn reports whether cand's terms hold an event class that ref's do not.
func eventOfItsOwn(ref, cand Features) bool {
	for t := range cand.Terms {
		if _, ok := ref.Terms[t]; !ok && IsEventClass(t) {
			return true
		}
	}
	return false
}

// circumstanceAt is the index of the word that opens the circumstance of a clause's
// words ("in" of "died in the fire"), -1 when none does.
func circumstanceAt(words []string) int {
	for j := 1; j+1 < len(words); j++ {
		if circumstanceWords[words[j]] && articles[words[j+1]] && IsEventClass(TermOf(words[j-1])) {
			return j
		}
	}
	return -1
}

// namesIn are the words text writes with a capital other than at its start: names.
func namesIn(text string) map[string]bool {
	out := map[string]bool{}
	toks := tokens(text)
	for i := 1; i < len(toks); i++ {
		if capitalised(toks, i) {
			for _, w := range Words(toks[i].text) {
				out[w] = true
			}
		}
	}
	return out
}

// universalWords say a statement holds for every one it counts: a part then contradicts it.
var universalWords = wordSet(`all every each unanimous unanimously none`)

// partitiveWholes are the words that open the whole of a part ("two of the three dead").
var partitiveWholes = wordSet(`the its their those these`)

// partOfWhatRefCounts reports whether cand is about some of those ref counts: "<number>
// of the <number>" whose whole is a figure of ref ("Two of the three dead" against "Three
// people were killed"). A part told after the count ("five killed, two of them children")
// is the count's own sentence, not read; nor is a part against "all of them" (a
// contradiction of that claim, which must stay in it).
func partOfWhatRefCounts(ref, cand Features) bool {
	// most candidates have no "of" at all: they are passed over before either text is split
	// into words (this runs for every pair a proposal compares)
	if len(ref.Figures) == 0 || !hasOf(cand.Text) {
		return false
	}
	for _, w := range Words(ref.Text) {
		if universalWords[w] {
			return false // "all 12 members voted for it" / "two of the 12 voted against": one claim, contradicted
		}
	}
	words := Words(cand.Text)
	for i := 0; i+3 < len(words); i++ {
		if !numeral(words[i]) || words[i+1] != "of" || !partitiveWholes[words[i+2]] || !numeral(words[i+3]) {
			continue
		}
		whole := reading.Parse(words[i+3], "")
		if whole.Low == nil {
			continue
		}
		for _, f := range ref.Figures {
			if f.Low != nil && *f.Low == *whole.Low || f.High != nil && *f.High == *whole.Low {
				return true
			}
		}
	}
	return false
}

// hasOf reports whether text may hold the word "of" in any case; a cheap test that
// partOfWhatRefCounts makes before it reads words.
func hasOf(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == 'o' || text[i] == 'O') && (text[i+1] == 'f' || text[i+1] == 'F') {
			return true
		}
	}
	return false
}

// numeral: a number written in digits or words ("3", "three").
func numeral(w string) bool { return isNumber(w) || reading.IsNumberWord(w) }
