package app

import "testing"

// Fixtures of the attack pass on claims and proposals (invented articles).

// pasteOne imports one invented article and returns it with the offsets of needle.
func pasteOne(t *testing.T, svc *Services, p PastedArticle, needle string) (Article, int64, int64) {
	t.Helper()
	if _, err := svc.Import.ImportPasted(p); err != nil {
		t.Fatal(err)
	}
	return articleWith(t, svc, p.Outlet, needle)
}

func countWhere(t *testing.T, ws *Workspace, query string, args ...any) int {
	t.Helper()
	var n int
	if err := ws.DB().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// korvinArrival marks Harbour Wire's "Finance Minister Alda Korvin arrived in Tallinn on
// Tuesday" as a claim and pastes Baltic Ledger's sentence telling it, which is returned as
// a candidate to decide on.
func korvinArrival(t *testing.T, svc *Services) (claim ClaimDetail, other Article, ref []CandidateRef) {
	t.Helper()
	const arrival = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Korvin in Tallinn", Outlet: "Harbour Wire", PublishedAt: "2026-02-03",
		Body: arrival + " for two days of talks on port fees.\n"}, arrival)
	claim, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: arrival})
	if err != nil {
		t.Fatal(err)
	}
	const theirs = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday for talks on port fees, officials said."
	b, bs, be := pasteOne(t, svc, PastedArticle{Title: "Port fees talks", Outlet: "Baltic Ledger", PublishedAt: "2026-02-04", Body: theirs + "\n"}, theirs)
	return claim, b, []CandidateRef{{ArticleID: b.ID, Start: bs, End: be, Quote: theirs, Score: 0.9}}
}
