package app

import (
	"strings"
	"testing"
)

// A proposal accepted after another claim took its sentence (a stale list, another window)
// is refused: Propose keeps a sentence another claim holds out of a claim's candidates
// (matching_held.go), and Accept used to let a stale candidate through, putting it in both.
// Marking it by hand still puts it in both. Invented articles.
func TestAcceptRefusesASentenceAnotherClaimTookSince(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const arrival = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Korvin in Tallinn", Outlet: "Harbour Wire", PublishedAt: "2026-02-03",
		Body: arrival + " for two days of talks on port fees.\n\nEstonian exporters want lower fees, a trade group said.\n"}, arrival)
	claimA, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: arrival})
	if err != nil {
		t.Fatal(err)
	}
	const accord = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday, where she later signed a port fees accord."
	b, bs, be := pasteOne(t, svc, PastedArticle{Title: "Port fees talks", Outlet: "Baltic Ledger", PublishedAt: "2026-02-04",
		Body: accord + "\n\nFreight volumes fell last year, the port said.\n"}, accord)
	cands, err := svc.Matching.Propose(claimA.ID)
	if err != nil {
		t.Fatal(err)
	}
	var stale []CandidateRef
	for _, c := range cands {
		if c.ArticleID == b.ID && strings.Contains(c.Quote, "arrived in Tallinn") {
			stale = append(stale, CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score})
		}
	}
	if len(stale) != 1 {
		t.Fatalf("want Baltic Ledger's sentence proposed: %+v", cands)
	}
	// meanwhile the analyst puts the whole sentence in a claim of its own
	if _, err := svc.Claims.AddMention(MentionInput{NewStatement: "Korvin signed a port fees accord in Tallinn", ArticleID: b.ID, Start: bs, End: be, Quote: accord}); err != nil {
		t.Fatal(err)
	}
	before := countRows(t, ws, "spans", "claim_mentions", "audit_log")
	_, err = svc.Matching.Accept(claimA.ID, stale)
	wantCode(t, err, CodeConflict, "Korvin signed a port fees accord")
	if after := countRows(t, ws, "spans", "claim_mentions", "audit_log"); after["spans"] != before["spans"] || after["audit_log"] != before["audit_log"] {
		t.Errorf("a refused accept changed rows: %v -> %v", before, after)
	}
	// rejecting it for claim A is still fine (it is not A's), and marking by hand puts it in both
	if _, err := svc.Matching.Reject(claimA.ID, stale); err != nil {
		t.Errorf("reject: %v", err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	d, err := svc.Claims.AddMention(MentionInput{ClaimID: &claimA.ID, ArticleID: b.ID, Start: bs, End: be, Quote: accord})
	if err != nil {
		t.Fatal(err)
	}
	if d.Articles != 2 {
		t.Errorf("marked by hand: claim A in %d articles, want 2", d.Articles)
	}
}
