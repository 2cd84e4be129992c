package match

import "strings"

// BackgroundFactor lowers a candidate that tells another event and holds the claim's only
// as the event that one happened in ("Four people died in the collapse of the bridge"
// against "the bridge collapsed"; "a worker had died in the fire" against the fire): the
// same event, another statement about it, its toll or its injured. r14other read it on the
// dev stories' wrong joins, where such sentences scored 0.29-0.57 against the event's claim.
const BackgroundFactor = 0.25

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
