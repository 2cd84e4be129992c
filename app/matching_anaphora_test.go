package app

import (
	"strings"
	"testing"
)

// "Police say the lorry weighed about 60 tonnes. The haulier denies that.": the second
// sentence is the first one denied, though it shares no word with the claim; proposed
// after the sentence it denies, and added with stance denies. A pronoun denial after a
// sentence that is not the claim's is not proposed. Articles written for this test
// (r14deny2).
func TestDenialOfTheSentenceBeforeIsProposed(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	files := []ImportFile{
		{Name: "wire.txt", Content: b64("Bridge collapses at Varn\n\nVARN, May 5 (Kestrel Wire) - A road bridge over the Lune collapsed at Varn on Tuesday. Police said the lorry on the bridge weighed about 60 tonnes, ten tonnes over its limit.\n")},
		{Name: "paper.txt", Content: b64("Varn bridge: the questions\n\nBy Ida Moss\n\nThe bridge at Varn fell into the Lune on Tuesday evening. Police say the lorry that was crossing it weighed about 60 tonnes. The haulier denies that. Its driver swam to the bank. The mayor says the town will need a ferry for a year. Nobody in the council disputes it.\n")},
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != 2 {
		t.Fatalf("import: %v %v", sum, err)
	}
	wire := article(t, svc, sum.Items[0].ArticleID)
	quote := "Police said the lorry on the bridge weighed about 60 tonnes, ten tonnes over its limit."
	at := strings.Index(wire.Body, quote)
	if at < 0 {
		t.Fatal("quote not in the wire")
	}
	start := int64(len([]rune(wire.Body[:at])))
	claim, err := svc.Claims.AddMention(MentionInput{ArticleID: wire.ID, Start: start, End: start + int64(len([]rune(quote))), Quote: quote,
		NewStatement: "The lorry on the bridge weighed about 60 tonnes"})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	var denial *MatchCandidate
	for i, c := range cands {
		t.Logf("proposed %.3f %q: %s", c.Score, c.Quote, c.Explanation)
		switch c.Quote {
		case "The haulier denies that.":
			denial = &cands[i]
		case "Nobody in the council disputes it.":
			t.Errorf("%q proposed: it follows another statement, and agrees", c.Quote)
		}
	}
	if denial == nil {
		t.Fatal("'The haulier denies that.' is not proposed")
	}
	if !strings.Contains(denial.Explanation, "denied (it denies the sentence before it)") {
		t.Errorf("explained as %q", denial.Explanation)
	}
	got, err := svc.Matching.Accept(claim.ID, []CandidateRef{{ArticleID: denial.ArticleID, Start: denial.Start, End: denial.End, Quote: denial.Quote, Score: denial.Score}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range got.Mentions {
		if m.Quote == denial.Quote && m.Stance != "denies" {
			t.Errorf("%q added with stance %s, want denies", m.Quote, m.Stance)
		}
	}
}
