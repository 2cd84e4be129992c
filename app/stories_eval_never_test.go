package app

import (
	"sort"
	"strings"

	"claimdesk/app/match"
)

// evalNeverCandidate says what kept a gold mention that was never a candidate of its claim
// (evalWhyMissed's "never a candidate") out of the scoring: it walks the sentences and
// clauses of the gold span's article as proposals does and names the first gate each meets
// (hidden, too short, a repeat, a role conflict, a score of 0 with no shared term, or a
// score the cap of proposals cut). The label is a count key (every split under
// STORIES_CAUSES); no text is read into it. It changes nothing.
func evalNeverCandidate(svc *Services, claimID, articleID int64, s, e int) string {
	ws := svc.Matching.ws
	c, err := ws.loadCorpus(ws.DB().Q)
	if err != nil {
		return "unread: " + err.Error()
	}
	cr, err := ws.claimRefs(c, claimID)
	if err != nil {
		return "unread: " + err.Error()
	}
	held, err := ws.heldByOthers(c, claimID)
	if err != nil {
		return "unread: " + err.Error()
	}
	a := c.articles[articleID]
	if a == nil {
		return "article not in the corpus"
	}
	causes := map[string]bool{}
	judge := func(ms *matchSentence) string {
		switch {
		case a.furniture(ms.sent.Text) || a.masthead(ms.sent.Text, ms.sent.Start):
			return "furniture"
		case overlapsTaken(cr.taken[a.id], ms):
			return "overlaps a mention of the claim"
		case held.holder(a.id, ms.sent.Start, ms.sent.End) != 0:
			return "sentence held by another claim's mention"
		case ms.terms < minMatchTerms && (ms.terms < 2 || ms.feat.Main == ""):
			return "too short"
		}
		var best match.Result
		for _, r := range cr.refs {
			if r.article == a.id {
				continue
			}
			res := c.index.CompareEvents(r.feat, datesRead(r.dates, r.feat.Terms, datedIn(ms.marks, ms.sent.Start, ms.sent.End), ms.feat), len(cr.refs) > 1)
			if res.Score > best.Score || best.RoleConflict == "" && res.RoleConflict != "" {
				best = res
			}
		}
		mentionEnd, repeat := cr.done[a.id]
		switch {
		case best.Score == 0 && best.RoleConflict != "":
			return "gate: role conflict"
		case best.Score == 0 && best.Lexical == 0 && sharesEventClass(cr.refs, a.id, ms.feat):
			return "gate: a shared kind of event with no shared participant"
		case best.Score == 0 && best.Lexical == 0:
			return "no shared term"
		case best.Score < 0.01:
			return "scores under 0.01"
		case repeat && int64(ms.sent.Start) < mentionEnd:
			return "repeat: before the claim's mention in its article"
		case repeat && !best.SharedEvent:
			return "repeat: not the claim's event"
		}
		return "scored, cut by the cap of proposals"
	}
	for _, ms := range a.sents {
		if !(ms.sent.Start < e && s < ms.sent.End) {
			continue
		}
		causes[judge(ms)] = true
		for i := range ms.clauses { // a clause is scored on its own, as proposals does
			if cl := &ms.clauses[i]; cl.sent.Start < e && s < cl.sent.End {
				causes[judge(cl)] = true
			}
		}
	}
	if len(causes) == 0 {
		return "in no sentence"
	}
	// the most permissive gate of the sentences the span touches names the cause
	for _, k := range []string{"scored, cut by the cap of proposals", "repeat: not the claim's event", "repeat: before the claim's mention in its article",
		"scores under 0.01", "gate: role conflict", "gate: a shared kind of event with no shared participant", "no shared term", "too short", "sentence held by another claim's mention", "overlaps a mention of the claim", "furniture"} {
		if causes[k] {
			return k
		}
	}
	ks := make([]string, 0, len(causes))
	for k := range causes {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

func overlapsTaken(taken [][2]int64, ms *matchSentence) bool {
	for _, t := range taken {
		if t[0] < int64(ms.sent.End) && int64(ms.sent.Start) < t[1] {
			return true
		}
	}
	return false
}

// sharesEventClass: a reference of another article and f report one kind of event (a term
// of an event class on both sides), which CompareEvents counts only with a shared participant.
func sharesEventClass(refs []matchRef, article int64, f match.Features) bool {
	for _, r := range refs {
		if r.article == article {
			continue
		}
		for t := range r.feat.Terms {
			if _, ok := f.Terms[t]; ok && match.IsEventClass(t) {
				return true
			}
		}
	}
	return false
}
