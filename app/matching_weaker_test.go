package app

import (
	"fmt"
	"strings"
	"testing"
)

// weakerKey names a sentence (or clause) of an article.
func weakerKey(c MatchCandidate) string { return fmt.Sprintf("%d:%d:%d", c.ArticleID, c.Start, c.End) }

// weakerRef is the decision reference of a candidate, as the UI sends it.
func weakerRef(c MatchCandidate) CandidateRef {
	return CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score}
}

// troopsClaim is a seeded workspace with one claim, marked on the seed sentence
// [s0, e0) of article a0: it has more than a page of weaker matches.
func troopsClaim(t *testing.T) (*Workspace, *Services, ClaimDetail, Article, int64, int64) {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, false)
	a0, s0, e0 := articleWith(t, svc, "", "North Korea has sent troops to support Russia in Ukraine")
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "North Korea sent troops to support Russia", ArticleID: a0.ID, Start: s0, End: e0})
	if err != nil {
		t.Fatal(err)
	}
	return ws, svc, d, a0, s0, e0
}

// The weaker matches of a claim on the seed articles are sentences under the bar and at
// least the floor, best first, apart from the proposals (which stay Propose's), with their
// evidence; none overlaps a mention of the claim.
func TestWeakerMatchesAreUnderTheBar(t *testing.T) {
	_, svc, d, a0, s0, e0 := troopsClaim(t)
	p, err := svc.Matching.Proposals(d.ID, weakerPageMax)
	if err != nil {
		t.Fatal(err)
	}
	props, err := svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Threshold != DefaultMatchThreshold || p.Floor != weakerFloor {
		t.Errorf("threshold %g floor %g; want %g and %g", p.Threshold, p.Floor, DefaultMatchThreshold, weakerFloor)
	}
	if len(p.Candidates) != len(props) {
		t.Fatalf("Proposals gives %d proposals, Propose %d", len(p.Candidates), len(props))
	}
	proposed := map[string]bool{}
	for i, c := range props {
		if weakerKey(p.Candidates[i]) != weakerKey(c) || p.Candidates[i].Score != c.Score {
			t.Errorf("proposal %d: %s %.3f, Propose's %s %.3f", i, weakerKey(p.Candidates[i]), p.Candidates[i].Score, weakerKey(c), c.Score)
		}
		proposed[weakerKey(c)] = true
	}
	if len(p.Weaker) < 12 || p.WeakerTotal != len(p.Weaker) {
		t.Fatalf("%d weaker matches of %d: the seed claim should have more than a page of them, all returned", len(p.Weaker), p.WeakerTotal)
	}
	seen := map[string]bool{}
	for i, w := range p.Weaker {
		if w.Score >= p.Threshold || w.Score < p.Floor {
			t.Errorf("weaker match %d scores %.3f, outside [%g, %g): %q", i, w.Score, p.Floor, p.Threshold, w.Quote)
		}
		if i > 0 && w.Score > p.Weaker[i-1].Score {
			t.Errorf("weaker match %d (%.3f) ranks after a weaker one (%.3f)", i, w.Score, p.Weaker[i-1].Score)
		}
		for _, c := range props {
			if c.ArticleID == w.ArticleID && c.Start < w.End && w.Start < c.End {
				t.Errorf("a sentence is both proposed and a weaker match: %q / %q", c.Quote, w.Quote)
			}
		}
		if w.ArticleID == a0.ID && w.Start < e0 && s0 < w.End {
			t.Errorf("the claim's own mention is a weaker match: %q", w.Quote)
		}
		if seen[weakerKey(w)] {
			t.Errorf("weaker match %d repeats %s", i, weakerKey(w))
		}
		seen[weakerKey(w)] = true
		if w.Explanation == "" || w.Quote == "" || w.ArticleTitle == "" || w.Basis == "" {
			t.Errorf("weaker match %d lacks its evidence: %+v", i, w)
		}
	}
}

// Asking for 10, then 20, ... pages through the weaker matches with no repeat and no gap:
// each longer list begins with the shorter one, and together they are the whole list.
func TestWeakerMatchesPage(t *testing.T) {
	_, svc, d, _, _, _ := troopsClaim(t)
	all, err := svc.Matching.Proposals(d.ID, weakerPageMax)
	if err != nil {
		t.Fatal(err)
	}
	var read []MatchCandidate
	for n := 10; len(read) < all.WeakerTotal; n += 10 {
		p, err := svc.Matching.Proposals(d.ID, n)
		if err != nil {
			t.Fatal(err)
		}
		if p.WeakerTotal != all.WeakerTotal || len(p.Weaker) != min(n, all.WeakerTotal) {
			t.Fatalf("page of %d: %d of %d; want %d of %d", n, len(p.Weaker), p.WeakerTotal, min(n, all.WeakerTotal), all.WeakerTotal)
		}
		for i, w := range read {
			if weakerKey(p.Weaker[i]) != weakerKey(w) {
				t.Fatalf("page of %d: match %d is %s, the shorter page had %s", n, i, weakerKey(p.Weaker[i]), weakerKey(w))
			}
		}
		read = p.Weaker
		if n > 10*(all.WeakerTotal+1) {
			t.Fatal("paging does not end")
		}
	}
	for i, w := range all.Weaker {
		if weakerKey(read[i]) != weakerKey(w) {
			t.Fatalf("paged match %d is %s, the whole list has %s", i, weakerKey(read[i]), weakerKey(w))
		}
	}
	none, err := svc.Matching.Proposals(d.ID, 0)
	if err != nil || len(none.Weaker) != 0 || none.WeakerTotal != 0 || none.Weaker == nil {
		t.Errorf("asking for no weaker match: %+v %v", none, err)
	}
}

// A weaker match can be added or rejected as a proposal is; once decided, or once another
// claim holds it, it is no longer among the weaker matches (a rejected one never again).
func TestWeakerMatchesDecidedAndHeld(t *testing.T) {
	ws, svc, d, _, _, _ := troopsClaim(t)
	weaker := func() MatchProposals {
		t.Helper()
		p, err := svc.Matching.Proposals(d.ID, weakerPageMax)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	in := func(p MatchProposals, c MatchCandidate) bool {
		for _, w := range append(p.Weaker, p.Candidates...) {
			if w.ArticleID == c.ArticleID && w.Start < c.End && c.Start < w.End {
				return true
			}
		}
		return false
	}
	p := weaker()
	if len(p.Weaker) < 3 {
		t.Fatalf("%d weaker matches: too few to test", len(p.Weaker))
	}
	add, reject, held := p.Weaker[0], p.Weaker[1], p.Weaker[2]

	got, err := svc.Matching.Accept(d.ID, []CandidateRef{weakerRef(add)})
	if err != nil {
		t.Fatal(err)
	}
	var m Mention
	for _, x := range got.Mentions {
		if x.ArticleID == add.ArticleID && x.Start == add.Start {
			m = x
		}
	}
	if m.State != "accepted" || m.Start != add.Start || m.End != add.End {
		t.Fatalf("an added weaker match is no accepted mention: %+v", m)
	}
	if _, err := svc.Matching.Reject(d.ID, []CandidateRef{weakerRef(reject)}); err != nil {
		t.Fatal(err)
	}
	other, err := svc.Claims.AddMention(MentionInput{NewStatement: "another statement", ArticleID: held.ArticleID, Start: held.Start, End: held.End, Quote: held.Quote})
	if err != nil {
		t.Fatal(err)
	}
	p = weaker()
	for what, c := range map[string]MatchCandidate{"added": add, "rejected": reject, "held by another claim": held} {
		if in(p, c) {
			t.Errorf("the %s sentence is still offered: %q", what, c.Quote)
		}
	}
	// undoing the other claim's mention offers its sentence again; the rejected one stays out
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	p = weaker()
	if !in(p, held) {
		t.Errorf("once the other claim (%d) lets it go, the sentence is not offered again: %q", other.ID, held.Quote)
	}
	if in(p, reject) {
		t.Errorf("a rejected weaker match is offered again: %q", reject.Quote)
	}
	mustCheck(t, ws)
}

func TestWeakerMatchesRefusals(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	_, err := svc.Matching.Proposals(999, 10)
	wantCode(t, err, CodeNotFound, "claim 999")
	d, err := svc.Claims.Create(ClaimInput{Statement: "North Korea sent troops to support Russia"})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{-1, weakerPageMax + 1} {
		_, err = svc.Matching.Proposals(d.ID, n)
		wantCode(t, err, CodeInvalid, "weaker matches")
	}
	// a statement typed alone is proposed at its own bar, and its weaker matches are under that
	p, err := svc.Matching.Proposals(d.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if p.Threshold != StatementMatchThreshold {
		t.Errorf("threshold of a statement alone: %g", p.Threshold)
	}
	for _, w := range p.Weaker {
		if w.Score >= StatementMatchThreshold || strings.TrimSpace(w.Quote) == "" {
			t.Errorf("weaker match of a statement: %.3f %q", w.Score, w.Quote)
		}
	}
}
