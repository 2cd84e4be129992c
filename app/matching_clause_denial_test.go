package app

import (
	"strings"
	"testing"
)

// "Residents said the barge had dumped oil into the canal, a claim its owner rejected.":
// one sentence holds the claim and its denial; both are proposed, the statement without
// the denial and the denial with stance denies. Articles written for this test (r14deny3).
func TestDenialClosingTheStatementIsProposed(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	files := []ImportFile{
		{Name: "wire.txt", Content: b64("Oil in the Merel canal\n\nMEREL, April 2 (Kestrel Wire) - A barge dumped diesel oil into the Merel canal on Monday night, the water board said.\n")},
		{Name: "paper.txt", Content: b64("Canal oil: who is to blame\n\nBy Ida Moss\n\nResidents said the barge had dumped diesel oil into the Merel canal on Monday night, a claim its owner, Delft Barge Lines, rejected. The water board closed two locks.\n")},
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != 2 {
		t.Fatalf("import: %v %v", sum, err)
	}
	wire := article(t, svc, sum.Items[0].ArticleID)
	quote := "A barge dumped diesel oil into the Merel canal on Monday night, the water board said."
	start, end := cpRangeOf(t, wire.Body, quote)
	claim, err := svc.Claims.AddMention(MentionInput{ArticleID: wire.ID, Start: start, End: end, Quote: quote,
		NewStatement: "A barge dumped diesel oil into the Merel canal"})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	var refs []CandidateRef
	var statement, denial bool
	for _, c := range cands {
		t.Logf("proposed %.3f %q: %s", c.Score, c.Quote, c.Explanation)
		refs = append(refs, CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score})
		switch {
		case strings.HasPrefix(c.Quote, "a claim its owner"):
			denial = true
		case strings.HasPrefix(c.Quote, "Residents said") && !strings.Contains(c.Quote, "rejected"):
			statement = true
		}
	}
	if !statement || !denial {
		t.Fatalf("statement proposed without its denial: %v, denial proposed: %v", statement, denial)
	}
	got, err := svc.Matching.Accept(claim.ID, refs)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range got.Mentions {
		if strings.HasPrefix(m.Quote, "a claim its owner") && m.Stance != "denies" {
			t.Errorf("%q added with stance %s, want denies", m.Quote, m.Stance)
		}
		if strings.HasPrefix(m.Quote, "Residents said") && m.Stance != "asserts" {
			t.Errorf("%q added with stance %s, want asserts", m.Quote, m.Stance)
		}
	}
}

// The same sentence when the analyst marked the statement in it as the claim's mention:
// its closing denial is proposed, the rest of the sentence is the claim's already.
func TestDenialClosingTheClaimsOwnMentionIsProposed(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	files := []ImportFile{
		{Name: "paper.txt", Content: b64("Canal oil: who is to blame\n\nBy Ida Moss\n\nResidents said the barge had dumped diesel oil into the Merel canal on Monday night, a claim its owner, Delft Barge Lines, rejected. The water board closed two locks.\n")},
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %v %v", sum, err)
	}
	paper := article(t, svc, sum.Items[0].ArticleID)
	quote := "the barge had dumped diesel oil into the Merel canal on Monday night"
	start, end := cpRangeOf(t, paper.Body, quote)
	claim, err := svc.Claims.AddMention(MentionInput{ArticleID: paper.ID, Start: start, End: end, Quote: quote,
		NewStatement: "A barge dumped diesel oil into the Merel canal"})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	denial := false
	for _, c := range cands {
		t.Logf("proposed %.3f %q: %s", c.Score, c.Quote, c.Explanation)
		denial = denial || strings.HasPrefix(c.Quote, "a claim its owner") && strings.Contains(c.Explanation, "denied")
	}
	if !denial {
		t.Fatal("the closing denial of the claim's own mention is not proposed")
	}
}
