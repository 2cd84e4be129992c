package app

import "testing"

// A sentence the analyst has put in another claim is not proposed for this one (it
// states that claim: matching_held.go), and is again once that mention is undone.
// Invented articles.
func TestProposeLeavesOutAnotherClaimsSentence(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	for _, p := range []PastedArticle{
		{Title: "Korvin in Tallinn", Outlet: "Harbour Wire", PublishedAt: "2026-02-03", Body: "Finance Minister Alda Korvin arrived in Tallinn on Tuesday for two days of talks on port fees.\n\n" +
			"Estonian exporters want lower fees, a trade group said."},
		{Title: "Port fees talks", Outlet: "Baltic Ledger", PublishedAt: "2026-02-04", Body: "Finance Minister Alda Korvin arrived in Tallinn on Tuesday, where she later signed a port fees accord.\n\n" +
			"Freight volumes fell last year, the port said."},
	} {
		if _, err := svc.Import.ImportPasted(p); err != nil {
			t.Fatal(err)
		}
	}
	const arrival = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday"
	a, s, e := articleWith(t, svc, "Harbour Wire", arrival)
	claimA, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: arrival})
	if err != nil {
		t.Fatal(err)
	}
	const accord = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday, where she later signed a port fees accord."
	b, bs, be := articleWith(t, svc, "Baltic Ledger", accord)
	proposed := func() bool {
		t.Helper()
		cands, err := svc.Matching.Propose(claimA.ID)
		if err != nil {
			t.Fatal(err)
		}
		return proposedIn(cands, b.ID, "arrived in Tallinn")
	}
	if !proposed() {
		t.Fatal("the other article's sentence is not proposed to begin with: the test proves nothing")
	}
	if _, err := svc.Claims.AddMention(MentionInput{ArticleID: b.ID, Start: bs, End: be, Quote: accord}); err != nil {
		t.Fatal(err)
	}
	if proposed() {
		t.Error("a sentence that is another claim's mention is proposed for this claim")
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if !proposed() {
		t.Error("once the other claim's mention is undone, the sentence is not proposed again")
	}
}
