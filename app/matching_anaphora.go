package app

import (
	"fmt"

	"claimdesk/app/match"
)

// A sentence that only denies what the one before it says, by a pronoun ("Police say the
// lorry weighed 60 tonnes. The haulier denies that.": match.DeniesWhatWentBefore), is a
// mention of the claim that sentence states, denied. It shares no word with the claim, so
// it is proposed by the sentence before it: when that one is proposed for the claim
// without being a denial itself, or is an accepted mention that asserts it (r14deny2).

// statedIn is what proposals keep of sentence ms for the sentence after it: its proposal
// when it states the claim (over minScore, and over the default threshold however low a
// caller asks: ProposeAll(0.01) reads far weaker sentences, whose pronoun denials are not
// the claim's), not opposed; a bare mark when an accepted mention asserting the claim
// covers it; else nothing (a zero scoredSentence). A proposal that shares one word with
// the claim and nothing else ("both about lost") is too thin to carry a denial of it: a
// pronoun denial after it denies what its sentence says, which is seldom the claim
// (r14contra3: "They saved on water and lost a man," he said. / "X calls that a lie.").
func (r claimRefs) statedIn(a *matchArticle, ms *matchSentence, best scoredSentence, found bool, minScore float64) scoredSentence {
	thin := len(best.best.SharedTerms) < 2 && len(best.best.SharedEntities) == 0 && !best.best.SharedEvent
	if found && best.best.Score >= max(minScore, DefaultMatchThreshold) && best.best.Opposed == "" && !thin {
		return best
	}
	if r.assertedIn(a.id, ms.sent.Start, ms.sent.End) {
		return scoredSentence{a: a, ms: ms, basis: "statement"}
	}
	return scoredSentence{}
}

// thatDenied proposes ms as the claim denied when it only denies the sentence before it
// and that one states the claim (before, from statedIn).
func (r claimRefs) thatDenied(a *matchArticle, ms *matchSentence, before scoredSentence, minScore float64) (scoredSentence, bool) {
	if before.ms == nil || match.Ablation.ThatDenied || !match.DeniesWhatWentBefore(ms.sent.Text) {
		return scoredSentence{}, false
	}
	_, repeat := r.done[a.id]
	res := match.Result{Score: max(match.DeniedScore, minScore), Opposed: match.StanceDenies, SharedEvent: true,
		SharedTerms: []string{}, SharedEntities: []string{}, Figures: []match.FigureEvidence{}}
	return scoredSentence{a: a, ms: ms, best: res, bestRef: before.bestRef, basis: before.basis, repeat: repeat, before: true}, true
}

// A disputing sentence that points back ("Farmers on the Orme road say otherwise.") often
// introduces what the disputers hold, in the sentence after it: "It was still burning at
// noon, one of them said." When that one says a state contrary to the claim's statement
// (match.Contrary: one concept, two values, one subject, one time), both are the claim
// denied, though neither shares a word with it and the sentence before them may tell the
// claim in other words than the matcher reads (r14contra3).

// disputing is what proposals keep of a sentence that only disputes what went before, for
// the sentence after it: the sentence, and whether it was proposed already.
type disputing struct {
	ms       *matchSentence
	proposed bool
}

// contraryAfter proposes ms as the claim denied when the sentence before it disputes (d)
// and ms says a state contrary to the claim's statement; with it, the disputing sentence
// when it was not proposed already. claimStates reads the statement once, when first asked.
func (r claimRefs) contraryAfter(a *matchArticle, ms *matchSentence, d disputing, claimStates func() match.StateReadings, minScore float64) (sc, disputer scoredSentence, ok bool) {
	if d.ms == nil || match.Ablation.ContraryAfter {
		return sc, disputer, false
	}
	st := claimStates()
	if len(st.States) == 0 {
		return sc, disputer, false
	}
	sa, sb, contra, _ := match.Contrary(st, match.ReadStates(ms.sent.Text))
	if !contra {
		return sc, disputer, false
	}
	_, repeat := r.done[a.id]
	res := func() match.Result {
		return match.Result{Score: max(match.DeniedScore, minScore), Opposed: match.StanceDenies, SharedEvent: true,
			SharedTerms: []string{}, SharedEntities: []string{}, Figures: []match.FigureEvidence{}}
	}
	why := fmt.Sprintf("%s against %s", sb.Words, sa.Words)
	sc = scoredSentence{a: a, ms: ms, best: res(), basis: "statement", repeat: repeat, contrary: "it says the contrary after a sentence that disputes it: " + why}
	if !d.proposed {
		disputer = scoredSentence{a: a, ms: d.ms, best: res(), basis: "statement", repeat: repeat, contrary: "it disputes it, and the sentence after says the contrary: " + why}
	}
	return sc, disputer, true
}
