package app

import (
	"fmt"
	"slices"
	"sort"

	"claimdesk/app/match"
	"claimdesk/app/stories"
)

// evalOpposedCauses says, for each gold denial and doubt (a mention whose stance toward
// its claim's first mention is not "asserts"), what became of it after the protocol: found
// in its claim with its stance, found with another stance, held by another claim, or why
// the matcher did not propose it: over the threshold now, joined as denied but zeroed or
// discounted, or the first gate of the same statement denied (match.DeniedGate) that it did
// not pass against the claim's statement and mentions, with whether it scored at all.
// Under STORIES_CAUSES (counts, every split) and STORIES_DETAILS (lines, dev only); it
// changes nothing. docs/verification-eval.md, r14deny2, holds the table.
func evalOpposedCauses(svc *Services, st stories.Story, claimOf, articleID map[string]int64, toBody func(stories.Mention) (int, int),
	inClaim map[string]string, opposedFound map[string]bool) (counts map[string]int, lines []string) {
	counts = map[string]int{}
	ws := svc.Matching.ws
	gates := []string{match.DeniedNoEvent, match.DeniedNounEvent, match.DeniedNoCue, match.DeniedOtherEvent,
		match.DeniedNoParticipant, match.DeniedNoStance, match.DeniedNotAboutSame}
	for _, m := range st.Mentions {
		first, _ := st.FirstMention(m.Claim)
		if m.ID == first.ID || goldStance(st, m) == "asserts" {
			continue
		}
		cause, detail := "", ""
		switch other := inClaim[m.ID]; {
		case other == m.Claim && opposedFound[m.ID]:
			cause = "found with its stance"
		case other == m.Claim:
			cause = "found, another stance read"
		case other != "":
			cause = "held by another claim"
		default:
			cause, detail = evalWhyNotDenied(ws, claimOf[m.Claim], articleID[m.Article], toBody, m, gates)
		}
		counts[cause]++
		lines = append(lines, fmt.Sprintf("denial %s (%s): %s%s", evalDescribe(st, m.ID), goldStance(st, m), cause, detail))
	}
	sort.Strings(lines)
	return counts, lines
}

// evalWhyNotDenied scores the sentences and clauses that overlap gold mention m against
// each of the claim's refs, as proposals does (dates read, refs of m's own article
// skipped), and names why none was proposed.
func evalWhyNotDenied(ws *Workspace, claimID, articleID int64, toBody func(stories.Mention) (int, int), m stories.Mention, gates []string) (string, string) {
	c, err := ws.claimCorpus(ws.DB().Q, claimID)
	if err != nil {
		return "error", ": " + err.Error()
	}
	cr, err := ws.claimRefs(c, claimID)
	if err != nil {
		return "error", ": " + err.Error()
	}
	a := c.articles[articleID]
	if a == nil {
		return "error", ": no article"
	}
	s, e := toBody(m)
	var best match.Result
	bestBasis, furthest, opposed, zeroed := "", -1, false, ""
	for _, ms := range a.sents {
		if !(ms.sent.Start < e && s < ms.sent.End) {
			continue
		}
		for _, x := range append([]*matchSentence{ms}, clausesOf(ms)...) {
			for _, r := range cr.refs {
				if r.article == articleID {
					continue
				}
				f := datesRead(r.dates, r.feat.Terms, datedIn(x.marks, x.sent.Start, x.sent.End), x.feat)
				res := c.index.CompareEvents(r.feat, f, len(cr.refs) > 1)
				if res.Score > best.Score || bestBasis == "" {
					best, bestBasis = res, r.basis
				}
				stance, why := c.index.DeniedGate(r.feat, f)
				if stance != "" {
					opposed = true
					if res.RoleConflict != "" {
						zeroed = res.RoleConflict
					}
				}
				furthest = max(furthest, slices.Index(gates, why))
			}
		}
	}
	detail := fmt.Sprintf(" (best %.2f against the %s)", best.Score, bestBasis)
	switch {
	case bestBasis == "":
		return "no sentence of its own to score", ""
	case best.Score >= DefaultMatchThreshold:
		return "over the threshold now (a discount, a held sentence or a repeat kept it out)", detail
	case opposed && zeroed != "":
		return "read as denied, zeroed by a role conflict", detail + ": " + zeroed
	case opposed:
		return "read as denied, discounted under the threshold", detail
	case furthest < 0:
		return "error", ": no gate"
	case best.Score > 0:
		return "under the threshold, not read as denied: " + gates[furthest], detail
	}
	return "scores 0, not read as denied: " + gates[furthest], detail
}

func clausesOf(ms *matchSentence) []*matchSentence {
	out := make([]*matchSentence, len(ms.clauses))
	for i := range ms.clauses {
		out[i] = &ms.clauses[i]
	}
	return out
}
