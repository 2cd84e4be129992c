package app

import (
	"strings"
	"testing"
)

// "The county says the blaze at the mill was put out at dawn on Monday. Farmers on the
// Orme road say otherwise. It was still burning at noon, one said.": the second sentence
// disputes, and the third says what the farmers hold, the contrary of the claim. Neither
// shares a word with the claim and the sentence before them is not proposed for it (the
// county's words are other words), so both are proposed by the third's contrary state,
// the second with stance denies; a disputing sentence whose next sentence says nothing
// contrary is not. Articles written for this test (r14contra3).
func TestContraryAccountAfterADisputeIsProposed(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	files := []ImportFile{
		{Name: "wire.txt", Content: b64("Mill fire at Orme\n\nORME, June 3 (Kestrel Wire) - Firefighters extinguished the blaze at the Orme flour mill early on Monday, the county fire service said. Nobody was hurt.\n")},
		{Name: "paper.txt", Content: b64("Orme: the long night\n\nBy Ida Moss\n\nThe county says its crews had the mill under control by dawn. Farmers near the Orme flour mill say otherwise. It was still burning at noon, one of them said. The mill's owner plans to rebuild. The union sees it differently. Its members want the old site sold.\n")},
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != 2 {
		t.Fatalf("import: %v %v", sum, err)
	}
	wire := article(t, svc, sum.Items[0].ArticleID)
	quote := "Firefighters extinguished the blaze at the Orme flour mill early on Monday"
	at := strings.Index(wire.Body, quote)
	if at < 0 {
		t.Fatal("quote not in the wire")
	}
	start := int64(len([]rune(wire.Body[:at])))
	claim, err := svc.Claims.AddMention(MentionInput{ArticleID: wire.ID, Start: start, End: start + int64(len([]rune(quote))), Quote: quote,
		NewStatement: "Firefighters extinguished the blaze at the Orme flour mill early on Monday"})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	var refs []CandidateRef
	found := map[string]MatchCandidate{}
	for _, c := range cands {
		t.Logf("proposed %.3f %q: %s", c.Score, c.Quote, c.Explanation)
		found[c.Quote] = c
		refs = append(refs, CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score})
	}
	dispute, contrary := "Farmers near the Orme flour mill say otherwise.", "It was still burning at noon, one of them said."
	for _, q := range []string{dispute, contrary} {
		if _, ok := found[q]; !ok {
			t.Errorf("%q is not proposed", q)
		}
	}
	for _, q := range []string{"The union sees it differently.", "Its members want the old site sold."} {
		if _, ok := found[q]; ok {
			t.Errorf("%q proposed: the next sentence says nothing against the claim", q)
		}
	}
	if c, ok := found[contrary]; ok && !strings.Contains(c.Explanation, "still burning") {
		t.Errorf("%q explained as %q: want the contrary state in words", contrary, c.Explanation)
	}
	// a sentence is a candidate or a weaker match, never both
	props, err := svc.Matching.Proposals(claim.ID, 20)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range props.Weaker {
		if _, ok := found[w.Quote]; ok {
			t.Errorf("%q is both a candidate and a weaker match", w.Quote)
		}
	}
	if len(refs) == 0 {
		return
	}
	got, err := svc.Matching.Accept(claim.ID, refs)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range got.Mentions {
		if m.Quote == dispute && m.Stance != "denies" {
			t.Errorf("%q added with stance %s, want denies", m.Quote, m.Stance)
		}
	}
}
