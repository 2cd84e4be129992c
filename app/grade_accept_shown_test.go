package app

import "testing"

// "Accept suggestion" / "Replace 3 with 4" stores the grade the button named (ratk14).
// Before, Accept took the claim alone and stored whatever the suggestion was when the
// request arrived: a grade another window changed meanwhile (here the origin's
// reliability, B to E: 2 Probably true became 4 Doubtful) was stored under the
// analyst's name as "accepted", a grade they never saw.
func TestAcceptedGradeIsTheOneShown(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	claim, office, shown := claimOfOneBOrigin(t, svc)

	// another window grades the origin E while the claim page shows 2
	e := "E"
	if _, err := svc.Sources.Update(office.ID, SourcePatch{Reliability: &e}); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)
	_, err := svc.Grades.Accept(claim, shown.Credibility, 0)
	wantCode(t, err, CodeConflict, "4 Doubtful")
	sameFullDump(t, "after the refused accept", fullDump(t, ws), before)

	now, _ := svc.Grades.Suggest(claim)
	a, err := svc.Grades.Accept(claim, now.Credibility, 0)
	if err != nil || a.Credibility != 4 || a.Origin != "suggested" {
		t.Fatalf("accept of the grade shown now: %+v %v", a, err)
	}
	_, err = svc.Grades.Accept(claim, 9, 0)
	wantCode(t, err, CodeInvalid, "credibility")
}

// claimOfOneBOrigin marks a claim whose one mention has an origin graded B (usually
// reliable), so its suggested grade is 2 Probably true, and returns it with that origin
// and the suggestion.
func claimOfOneBOrigin(t *testing.T, svc *Services) (int64, Source, GradeSuggestion) {
	t.Helper()
	claim, span := markClaim(t, svc, 0, "Kim Jong-un met Olga Lyubimova in Pyongyang", "NationPress",
		"Kim Jong-un, recently engaged in discussions with Russia's Culture Minister Olga Lyubimova in Pyongyang", "", "")
	office, err := svc.Sources.Create(SourceInput{Name: "Harbour Office", Kind: "official", Reliability: "B"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Claims.UpdateMention(span, MentionPatch{OriginSourceID: &office.ID}); err != nil {
		t.Fatal(err)
	}
	sug, err := svc.Grades.Suggest(claim)
	if err != nil || sug.Credibility != 2 {
		t.Fatalf("one B origin: %+v %v", sug, err)
	}
	return claim, office, sug
}
