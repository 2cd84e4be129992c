package app

import (
	"strings"
	"testing"
)

// A mention may carry several values: the first on claim_mentions, the others in
// claim_mention_values; the claim page shows them, the conflict check compares them, a new
// publication date moves them, and undo takes them back.
func TestMentionWithSeveralValues(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	text := "Ferry Line Reopens\n\nMarch 3, 2025\n\n" +
		"The operator said around 1,200 passengers travelled last week on the reopened line.\n\n" +
		"A harbour official said 3,000 passengers travelled in 2023 instead.\n"
	out := ws.importText(ws.Context(), "ferry.txt", []byte(text), "")
	if out.Status != StatusImported {
		t.Fatalf("import: %+v", out)
	}
	a, _ := svc.Articles.Get(out.ArticleID)
	mark := func(sentence, raw string, claimID *int64) ClaimDetail {
		i := strings.Index(a.Body, sentence)
		start := int64(len([]rune(a.Body[:i])))
		d, err := svc.Claims.AddMention(MentionInput{ClaimID: claimID, NewStatement: "Ferry passengers", ArticleID: a.ID,
			Start: start, End: start + int64(len([]rune(sentence))), Quote: sentence, RawValue: raw})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// the analyst writes both values of the mention as its raw value
	d := mark("around 1,200 passengers travelled last week", "around 1,200; last week", nil)
	cells := func() []MatrixCell {
		m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{d.ID}})
		if err != nil {
			t.Fatal(err)
		}
		return m.Rows[0].Cells
	}
	c := cells()[0]
	if c.Normalized.Text != "1,080–1,320" || len(c.MoreValues) != 1 || c.MoreValues[0].Text != "2025-02-24..2025-03-02" || c.MoreValues[0].Precision != "week" {
		t.Fatalf("values: %q + %+v", c.Normalized.Text, c.MoreValues)
	}

	// a second mention whose figure conflicts: the conflict check lists the figures; its
	// date (2023) conflicts with "last week" (a further value) too
	mark("3,000 passengers travelled in 2023", "3,000; 2023", &d.ID)
	conflicts, err := svc.Conflicts.ForClaim(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, x := range conflicts {
		kinds[x.Kind+":"+x.A.Normalized.Text+"/"+x.B.Normalized.Text] = true
	}
	if !kinds["figure:1,080–1,320/3,000"] || !kinds["date:2025-02-24..2025-03-02/2023"] {
		t.Fatalf("conflicts: %v", kinds)
	}

	// a new publication date moves the further value too; undo moves it back
	if _, err := svc.Articles.Update(a.ID, ArticleUpdate{PublishedAt: "2025-01-15"}); err != nil {
		t.Fatal(err)
	}
	if got := cells()[0].MoreValues; len(got) != 1 || got[0].Text != "2025-01-06..2025-01-12" {
		t.Fatalf("after the date edit: %+v", got)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := cells()[0].MoreValues; len(got) != 1 || got[0].Text != "2025-02-24..2025-03-02" {
		t.Fatalf("after undo: %+v", got)
	}
}
