package app

import (
	"fmt"
	"testing"
)

// ProposeAll gives each claim what Propose gives it, also in a workspace past
// fullCorpusArticles, where Propose reads the claim's candidate articles only (ProposeAll
// read every article there: minutes on the benchmark workspace, and scores weighed
// against another corpus than Propose's). Invented articles.
func TestProposeAllAgreesWithProposeInALargeWorkspace(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 305 articles")
	}
	_, svc := MustOpenWorkspace(t, true)
	for i := 0; i < fullCorpusArticles+1; i++ {
		body := fmt.Sprintf("The council of Harrow District %d met on Tuesday to discuss bus route %d and the price of parking near the market hall.\n\nResidents of ward %d asked for more benches.", i, i, i)
		if _, err := svc.Import.ImportPasted(PastedArticle{Title: fmt.Sprintf("Council notes %d", i), Outlet: "Harrow Weekly", PublishedAt: "2026-02-03", Body: body}); err != nil {
			t.Fatal(err)
		}
	}
	for i, outlet := range []string{"Baltic Ledger", "Harbour Wire", "Coast Herald", "Delta Daily"} {
		body := fmt.Sprintf("Finance Minister Alda Korvin arrived in Tallinn on Tuesday for two days of talks on port fees, officials said (%d).\n\nEstonian exporters want lower fees.", i)
		if _, err := svc.Import.ImportPasted(PastedArticle{Title: "Korvin in Tallinn", Outlet: outlet, PublishedAt: "2026-02-03", Body: body}); err != nil {
			t.Fatal(err)
		}
	}
	const quote = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday for two days of talks on port fees"
	a, s, e := articleWith(t, svc, "Baltic Ledger", quote)
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	one, err := svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(one) < 3 {
		t.Fatalf("Propose found %d of the other three articles' sentences: the test proves nothing", len(one))
	}
	all, err := svc.Matching.ProposeAll(0)
	if err != nil {
		t.Fatal(err)
	}
	var got []MatchCandidate
	for _, p := range all {
		if p.ClaimID == d.ID {
			got = p.Candidates
		}
	}
	if len(got) != len(one) {
		t.Fatalf("ProposeAll gave %d candidates, Propose %d", len(got), len(one))
	}
	for i := range one {
		if got[i].ArticleID != one[i].ArticleID || got[i].Start != one[i].Start || got[i].Score != one[i].Score {
			t.Errorf("candidate %d: ProposeAll %d:%d %.3f, Propose %d:%d %.3f", i, got[i].ArticleID, got[i].Start, got[i].Score, one[i].ArticleID, one[i].Start, one[i].Score)
		}
	}
}
