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
	paste := paster(t, svc, "2026-03-02")
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

// Four outlets give four tallies of one evacuation: compared pair by pair, the reasons
// repeated each figure in up to three long sentences ("… are not the same figure; they
// may be different claims … — the analyst decides"), four times over, on the claim page
// and in the editor's memo. Grouped, each figure is said once with the outlets that give
// it, as the stances are.
func TestSuggestedGradeReasonsGroupDisagreeingFigures(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	paste := paster(t, svc, "2026-11-02")
	paste("Valley cleared", "Meridian Press", "About 6,000 residents of the Orrin valley were told to leave.\n")
	paste("Night in the school halls", "Orrin Valley Courier", "Around 4,200 residents of the Orrin valley were told to leave.\n")
	paste("What we know", "Radio Breska News", "Nearly 5,000 residents of the Orrin valley were told to leave.\n")
	paste("Operator rejects crack reports", "Continental News Service", "Some 6,000 residents of the Orrin valley were told to leave.\n")

	claim, _ := markClaim(t, svc, 0, "About 6,000 residents of the Orrin valley were evacuated", "Meridian Press", "About 6,000 residents of the Orrin valley were told to leave", "About 6,000", "")
	for outlet, raw := range map[string]string{"Orrin Valley Courier": "Around 4,200", "Radio Breska News": "Nearly 5,000", "Continental News Service": "Some 6,000"} {
		markClaim(t, svc, claim, "", outlet, raw+" residents of the Orrin valley were told to leave", raw, "")
	}
	g, err := svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(g.Reasons, "\n")
	// five pairs: "Around 4,200" (4,000–4,400 since r14hedge: a hedge on 4,200 is ±200) is
	// apart from "Nearly 5,000" (4,500–5,000) as well as from both 6,000s
	if g.Credibility != 4 || !strings.Contains(all, "5 contradictions between mentions") {
		t.Fatalf("grade %d, reasons:\n%s", g.Credibility, all)
	}
	for _, raw := range []string{"About 6,000", "Around 4,200", "Nearly 5,000", "Some 6,000"} {
		if n := strings.Count(all, `"`+raw+`"`); n != 1 {
			t.Errorf("%q is said %d times, not once:\n%s", raw, n, all)
		}
	}
	for _, want := range []string{`"Around 4,200" (4,000–4,400 people): Orrin Valley Courier`, `"Nearly 5,000" (4,500–5,000 people): Radio Breska News`} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in the reasons:\n%s", want, all)
		}
	}
	if n := strings.Count(all, "the analyst decides"); n > 1 {
		t.Errorf("the same advice is repeated %d times:\n%s", n, all)
	}
}

// paster imports pasted articles published on day, each with its title and outlet.
func paster(t *testing.T, svc *Services, day string) func(title, outlet, body string) {
	return func(title, outlet, body string) {
		t.Helper()
		if _, err := svc.Import.ImportPasted(PastedArticle{Title: title, Outlet: outlet, PublishedAt: day, Body: body}); err != nil {
			t.Fatal(err)
		}
	}
}
