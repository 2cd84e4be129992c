package app

import (
	"strings"
	"testing"
)

// A sentence can tell two claims, one per clause: "Nearly 900 passengers have been taken
// off after the ferry ran aground early on Sunday" holds the evacuation and the grounding.
// With the whole sentence a mention of the evacuation, its "after ..." clause is still
// proposed for the grounding; the sentence's other clause, the evacuation's, is not.
// Texts written for this test; the ferry, places and outlets are invented.
func TestHeldSentenceClauseOfAnotherClaimIsProposed(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	mine := "The ferry Halvard ran aground on a sandbank off Kessa early on Sunday, the coastguard said."
	d := pastedClaim(t, svc, PastedArticle{Title: "Ferry aground off Kessa", Outlet: "Vell Harbour Times", PublishedAt: "2026-06-07",
		Body: mine + "\n\nAbout 900 passengers were taken off by lifeboats, the coastguard said.\n"}, mine, "The ferry Halvard ran aground off Kessa")
	evac := "About 900 passengers were taken off by lifeboats, the coastguard said."
	pastedClaimIn(t, svc, evac, "About 900 passengers were taken off the Halvard")
	both := "Nearly 900 passengers have been taken off the Halvard after the ferry ran aground off Kessa early on Sunday."
	b, bs, be := pasteOne(t, svc, PastedArticle{Title: "Lifeboats busy", Outlet: "Skerry Gazette", PublishedAt: "2026-06-08",
		Body: "Lifeboats worked through the night.\n\n" + both + "\n"}, both)
	evacClaim := claimOf(t, svc, "About 900 passengers were taken off the Halvard")
	if _, err := svc.Claims.AddMention(MentionInput{ArticleID: b.ID, Start: bs, End: be, Quote: both, ClaimID: &evacClaim}); err != nil {
		t.Fatal(err)
	}
	p, err := svc.Matching.Proposals(d.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range p.Candidates {
		if c.ArticleID != b.ID {
			continue
		}
		if strings.HasPrefix(c.Quote, "Nearly 900") {
			t.Errorf("the evacuation's clause %q proposed for the grounding", c.Quote)
		}
		found = found || strings.Contains(c.Quote, "after the ferry ran aground")
	}
	if !found {
		for _, c := range append(p.Candidates, p.Weaker...) {
			t.Logf("%.3f %q", c.Score, c.Quote)
		}
		t.Errorf("the grounding's clause of %q is not proposed", both)
	}
}

// pastedClaimIn marks quote, in the article that has it, as a mention of a new claim.
func pastedClaimIn(t *testing.T, svc *Services, quote, statement string) {
	t.Helper()
	a, s, e := articleWith(t, svc, "", quote)
	if _, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: quote, NewStatement: statement}); err != nil {
		t.Fatal(err)
	}
}

// claimOf is the id of the claim with statement.
func claimOf(t *testing.T, svc *Services, statement string) int64 {
	t.Helper()
	list, err := svc.Claims.List(ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list {
		if c.Statement == statement {
			return c.ID
		}
	}
	t.Fatalf("no claim %q", statement)
	return 0
}
