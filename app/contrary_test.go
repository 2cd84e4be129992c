package app

import (
	"strings"
	"testing"
)

// A contradiction that carries no negation, made as an analyst makes it: two articles from
// two outlets, one mention marked into a new claim and the other added to it through
// AddMention. The claim page (ClaimService.Get) lists it with both mentions and says why
// in words; the matrix marks both cells; the claims export and the suggested grade count it
// as a contradiction. Sentences written for this test, on a real workspace file.
func TestContraryPairOnTheClaimPage(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	add := func(name, text string) Article { return mustImportText(t, ws, svc, name, text) }
	a1 := add("quarry.txt", "Quarry Pumps Hold Back Water\n\nMarch 3, 2026\n\n"+
		"The drainage pumps at the Orvel quarry were working through the storm, the operator said.\n")
	a2 := add("quarry2.txt", "Quarry Floods After Storm\n\nMarch 3, 2026\n\n"+
		"The drainage pumps at the Orvel quarry broke down during the storm, according to two workers.\n")
	mark := func(a Article, sentence string, claimID *int64) ClaimDetail {
		return mustMark(t, svc, a, sentence, "The quarry's drainage pumps worked in the storm", claimID)
	}
	d := mark(a1, "The drainage pumps at the Orvel quarry were working through the storm", nil)
	if len(d.Contradictions) != 0 {
		t.Fatalf("one mention contradicts nothing: %+v", d.Contradictions)
	}
	mark(a2, "The drainage pumps at the Orvel quarry broke down during the storm", &d.ID)
	d, err := svc.Claims.Get(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Contradictions) != 1 || d.ContradictionsTotal != 1 {
		t.Fatalf("want one contradiction, got %d (%d): %+v", len(d.Contradictions), d.ContradictionsTotal, d.Contradictions)
	}
	c := d.Contradictions[0]
	if c.Kind != "contrary" || c.A.ArticleID != a1.ID || c.B.ArticleID != a2.ID {
		t.Fatalf("kind %q between articles %d and %d", c.Kind, c.A.ArticleID, c.B.ArticleID)
	}
	for _, w := range []string{"working", "broke down", "drainage pumps"} {
		if !strings.Contains(c.Message, w) {
			t.Fatalf("the reason %q does not say %q", c.Message, w)
		}
	}
	if c.A.RawValue != "working" || c.B.RawValue != "broke down" {
		t.Fatalf("the two states: %q / %q", c.A.RawValue, c.B.RawValue)
	}

	m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{d.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Rows) != 1 || m.Rows[0].Conflicts != 1 {
		t.Fatalf("matrix rows: %+v", m.Rows)
	}
	for _, cell := range m.Rows[0].Cells {
		if cell.Agreement != "conflicts" || len(cell.Reasons) == 0 || !strings.Contains(cell.Reasons[0], "broke down") {
			t.Fatalf("matrix cell %s: %s %v", cell.ColumnID, cell.Agreement, cell.Reasons)
		}
	}

	// the claims export carries it with the others
	rows := byHeader(t, readCSV(t, mustExport(t, svc, ExportOptions{What: "claims"}).Content))
	if len(rows) != 1 || rows[0]["contradictions"] != "1" {
		t.Fatalf("claims export: %v", rows)
	}

	g, err := svc.Grades.Suggest(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(g.Reasons, " | "), "1 contradiction between mentions") {
		t.Fatalf("the grade does not count the contradiction: %d %v", g.Credibility, g.Reasons)
	}
}

// The same two states at two times, or of two subjects, are no contradiction: a pump
// that broke down on Monday and works again on Wednesday; one pump that failed and
// another that worked.
func TestContraryPairsThatDoNotContradict(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	out := ws.importText(ws.Context(), "pumps.txt", []byte("Pumps\n\nMarch 3, 2026\n\n"+
		"The east pump at the Orvel quarry broke down on Monday.\n\n"+
		"The east pump at the Orvel quarry was working again on Wednesday.\n\n"+
		"The west pump at the Orvel quarry was working.\n"), "")
	if out.Status != StatusImported {
		t.Fatalf("import: %+v", out)
	}
	a, _ := svc.Articles.Get(out.ArticleID)
	var claimID *int64
	for _, s := range []string{"The east pump at the Orvel quarry broke down on Monday",
		"The east pump at the Orvel quarry was working again on Wednesday",
		"The west pump at the Orvel quarry was working"} {
		i := strings.Index(a.Body, s)
		start := int64(len([]rune(a.Body[:i])))
		d, err := svc.Claims.AddMention(MentionInput{ClaimID: claimID, NewStatement: "The quarry's pumps", ArticleID: a.ID,
			Start: start, End: start + int64(len([]rune(s))), Quote: s})
		if err != nil {
			t.Fatal(err)
		}
		claimID = &d.ID
	}
	d, err := svc.Claims.Get(*claimID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Contradictions) != 0 {
		t.Fatalf("no contradiction expected: %+v", d.Contradictions)
	}
}
