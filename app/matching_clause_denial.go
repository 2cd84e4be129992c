package app

import (
	"strings"
	"unicode/utf8"

	"claimdesk/app/match"
)

// A sentence that states the claim and closes by saying who denies it ("Residents said
// the barge dumped oil, a claim its owner rejected.": match.TrailingDenial) holds two
// mentions of the claim: the statement, and the denial, proposed with stance denies at
// DeniedScore (r14deny3). The statement is either proposed (then without its closing
// denial) or an accepted mention asserting the claim already (the analyst marked it: the
// protocol of the dev stories marks the first mention so).

// clauseDenied reads sentence ms for a closing denial of the claim: denial is its proposal;
// statement is best (the sentence's proposal, over the threshold and not opposed) cut
// before the denial, or a zero scoredSentence when the statement is an accepted mention
// that asserts the claim. ok false when ms has no closing denial or does not state the claim.
func (r claimRefs) clauseDenied(a *matchArticle, ms *matchSentence, best scoredSentence, found bool, minScore float64) (statement, denial scoredSentence, ok bool) {
	// the cheap checks first: this runs for every sentence of a proposal's corpus
	over := found && best.ms.sent.Start == ms.sent.Start && best.best.Opposed == "" && best.best.Score >= max(minScore, DefaultMatchThreshold)
	if match.Ablation.ClauseDenied || !over && !r.assertedIn(a.id, ms.sent.Start, ms.sent.End) {
		return scoredSentence{}, scoredSentence{}, false
	}
	text := ms.sent.Text
	at := match.TrailingDenial(text)
	if at < 0 {
		return scoredSentence{}, scoredSentence{}, false
	}
	cut := ms.sent.Start + utf8.RuneCountInString(text[:at])
	if stated := over && best.ms.sent.End > cut; stated {
		head := strings.TrimRight(text[:at], ", ")
		statement = best
		statement.ms = &matchSentence{article: a, sent: match.Sentence{Text: head, Start: ms.sent.Start, End: ms.sent.Start + utf8.RuneCountInString(head)},
			feat: ms.feat, marks: ms.marks, terms: ms.terms, dates: ms.dates, days: ms.days}
	} else if !r.assertedIn(a.id, ms.sent.Start, cut) {
		return scoredSentence{}, scoredSentence{}, false
	}
	_, repeat := r.done[a.id]
	res := match.Result{Score: max(match.DeniedScore, minScore), Opposed: match.StanceDenies, SharedEvent: true,
		SharedTerms: []string{}, SharedEntities: []string{}, Figures: []match.FigureEvidence{}}
	bestRef, basis := best.bestRef, best.basis
	if basis == "" {
		basis = "statement"
	}
	denial = scoredSentence{a: a, ms: &matchSentence{article: a, sent: match.Sentence{Text: text[at:], Start: cut, End: ms.sent.End}},
		best: res, bestRef: bestRef, basis: basis, repeat: repeat, closing: true}
	return statement, denial, true
}

// assertedIn reports whether an accepted mention asserting the claim lies in [start, end)
// of article id (code points).
func (r claimRefs) assertedIn(id int64, start, end int) bool {
	for _, m := range r.asserted[id] {
		if m[0] < int64(end) && int64(start) < m[1] {
			return true
		}
	}
	return false
}
