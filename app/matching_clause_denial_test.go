package app

import (
	"strings"
	"testing"
)

// Articles written for these tests (r14deny3).
const (
	bargeWire  = "Oil in the Merel canal\n\nMEREL, April 2 (Kestrel Wire) - A barge dumped diesel oil into the Merel canal on Monday night, the water board said.\n"
	bargePaper = "Canal oil: who is to blame\n\nBy Ida Moss\n\nResidents said the barge had dumped diesel oil into the Merel canal on Monday night, a claim its owner, Delft Barge Lines, rejected. The water board closed two locks.\n"
)

// bargeProposals imports the articles, marks quote in the first as a mention of the claim
// that a barge dumped oil into the canal, and returns the claim and its proposals.
func bargeProposals(t *testing.T, quote string, articles ...string) (*Services, int64, []MatchCandidate) {
	t.Helper()
	_, svc := MustOpenWorkspace(t, true)
	var files []ImportFile
	for i, a := range articles {
		files = append(files, ImportFile{Name: string(rune('a'+i)) + ".txt", Content: b64(a)})
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != len(articles) {
		t.Fatalf("import: %v %v", sum, err)
	}
	first := article(t, svc, sum.Items[0].ArticleID)
	start, end := cpRangeOf(t, first.Body, quote)
	claim, err := svc.Claims.AddMention(MentionInput{ArticleID: first.ID, Start: start, End: end, Quote: quote,
		NewStatement: "A barge dumped diesel oil into the Merel canal"})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cands {
		t.Logf("proposed %.3f %q: %s", c.Score, c.Quote, c.Explanation)
	}
	return svc, claim.ID, cands
}

// "Residents said the barge had dumped oil into the canal, a claim its owner rejected.":
// one sentence holds the claim and its denial; both are proposed, the statement without
// the denial and the denial with stance denies.
func TestDenialClosingTheStatementIsProposed(t *testing.T) {
	svc, claim, cands := bargeProposals(t, "A barge dumped diesel oil into the Merel canal on Monday night, the water board said.", bargeWire, bargePaper)
	var refs []CandidateRef
	var statement, denial bool
	for _, c := range cands {
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
	got, err := svc.Matching.Accept(claim, refs)
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
	_, _, cands := bargeProposals(t, "the barge had dumped diesel oil into the Merel canal on Monday night", bargePaper)
	denial := false
	for _, c := range cands {
		denial = denial || strings.HasPrefix(c.Quote, "a claim its owner") && strings.Contains(c.Explanation, "denied")
	}
	if !denial {
		t.Fatal("the closing denial of the claim's own mention is not proposed")
	}
}
