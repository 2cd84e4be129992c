package app

import "testing"

// "Replace 3 with 2" replaces the grade the page showed, never one it did not (ratk14,
// found and left): Accept checked only the grade it stores, so when another window graded
// the claim 5 meanwhile the click replaced that 5 unseen. Now Accept carries the current
// grade the page showed (0: none) and a grade that moved is conflict naming it, nothing stored.
func TestAcceptReplacesOnlyTheGradeShown(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	claim, _, sug := claimOfOneBOrigin(t, svc)

	// ungraded on the page, graded 3 in another window since: "Accept suggestion" is refused
	if _, err := svc.Grades.Override(claim, 3, "my own reading of the harbour office"); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)
	_, err := svc.Grades.Accept(claim, sug.Credibility, 0)
	wantCode(t, err, CodeConflict, "3 Possibly true")
	sameFullDump(t, "after accepting over a grade the page did not show", fullDump(t, ws), before)

	// the page shows "Replace 3 with 2"; another window grades the claim 5 meanwhile
	if _, err := svc.Grades.Override(claim, 5, "another analyst doubts it"); err != nil {
		t.Fatal(err)
	}
	before = fullDump(t, ws)
	_, err = svc.Grades.Accept(claim, sug.Credibility, 3)
	wantCode(t, err, CodeConflict, "5 Improbable")
	sameFullDump(t, "after replacing a grade the page did not show", fullDump(t, ws), before)

	// the page read again shows "Replace 5 with 2": that replaces the 5
	a, err := svc.Grades.Accept(claim, sug.Credibility, 5)
	if err != nil || a.Credibility != 2 || a.Origin != "suggested" {
		t.Fatalf("replace of the grade shown now: %+v %v", a, err)
	}
	// a current grade that is no grade is refused as such
	_, err = svc.Grades.Accept(claim, sug.Credibility, 8)
	wantCode(t, err, CodeInvalid, "current grade")
}
