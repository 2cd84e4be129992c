package app

import (
	"strings"
	"testing"
)

// One outlet states a claim and three deny it: the suggested grade's reasons say the
// disagreement once, grouped by stance with the outlets ("3 mentions deny it: …"), not
// three pairwise lines each repeating two clipped quotes.
func TestSuggestedGradeReasonsGroupRepeatedDenials(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	paste := func(title, outlet, body string) {
		t.Helper()
		if _, err := svc.Import.ImportPasted(PastedArticle{Title: title, Outlet: outlet, PublishedAt: "2026-03-02", Body: body}); err != nil {
			t.Fatal(err)
		}
	}
	paste("Ferry halted at Dunmere", "Harbour Gazette", "The Dunmere ferry stopped running on Monday after a hull crack was found.\n")
	paste("Ferry operator denies halt", "Riverside Radio", "The operator said the Dunmere ferry did not stop running on Monday.\n")
	paste("No halt, says operator", "Coast Wire", "A spokesman said the Dunmere ferry did not stop running on Monday.\n")
	paste("Dunmere ferry still sailing", "Valley Post", "Officials insist the Dunmere ferry did not stop running on Monday.\n")

	claim, _ := markClaim(t, svc, 0, "The Dunmere ferry stopped running on Monday", "Harbour Gazette", "The Dunmere ferry stopped running on Monday", "", "")
	for _, outlet := range []string{"Riverside Radio", "Coast Wire", "Valley Post"} {
		_, span := markClaim(t, svc, claim, "", outlet, "the Dunmere ferry did not stop running on Monday", "", "")
		st := "denies"
		if _, err := svc.Claims.UpdateMention(span, MentionPatch{Stance: &st}); err != nil {
			t.Fatal(err)
		}
	}
	g, err := svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(g.Reasons, "\n")
	if g.Credibility != 4 {
		t.Fatalf("grade %d, reasons:\n%s", g.Credibility, all)
	}
	if n := strings.Count(all, "did not stop running"); n > 0 {
		t.Errorf("the denial's quote is repeated %d times:\n%s", n, all)
	}
	if !strings.Contains(all, "3 mentions deny it: Riverside Radio, Coast Wire, Valley Post") {
		t.Errorf("the denials are not grouped with their outlets:\n%s", all)
	}
	if !strings.Contains(all, "1 mention states it: Harbour Gazette") {
		t.Errorf("the statement is not named with its outlet:\n%s", all)
	}
	if !strings.Contains(all, "1 contradiction between mentions") {
		t.Errorf("the one disagreement is counted per pair:\n%s", all)
	}
}

func TestCountedOnce(t *testing.T) {
	got := countedOnce([]string{"9 vs 12", "9 vs 14", "9 vs 12", "9 vs 12"}, "pairs")
	if strings.Join(got, "|") != "9 vs 12 (3 pairs)|9 vs 14" {
		t.Fatalf("%q", got)
	}
}
