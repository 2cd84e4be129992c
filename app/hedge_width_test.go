package app

import (
	"strings"
	"testing"
)

// A hedge on a precise figure does not hide a dispute: an auditor's "roughly 265 million
// crowns" against the company's 291 million is a contradiction on the claim page, while a
// round "about 400 berths" against 430 is not. Sentences written for this test, marked as
// an analyst marks them, on a real workspace file.
func TestHedgeOnAPreciseFigureIsNarrowOnTheClaimPage(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	add := func(name, text string) Article { return mustImportText(t, ws, svc, name, text) }
	a1 := add("harbour.txt", "Harbour Board Reports Record Year\n\nApril 9, 2026\n\n"+
		"Harbour dues reached 291 million crowns last year, the Velm harbour board said. The marina now has 430 berths.\n")
	a2 := add("audit.txt", "Auditors Trim Harbour Figures\n\nApril 10, 2026\n\n"+
		"Harbour dues were roughly 265 million crowns last year, the auditors' review found. The marina has about 400 berths.\n")
	dues := mustMark(t, svc, a1, "Harbour dues reached 291 million crowns last year", "Velm harbour dues last year", nil)
	mustMark(t, svc, a2, "Harbour dues were roughly 265 million crowns last year", "", &dues.ID)
	berths := mustMark(t, svc, a1, "The marina now has 430 berths", "Berths at the Velm marina", nil)
	mustMark(t, svc, a2, "The marina has about 400 berths", "", &berths.ID)

	d, err := svc.Claims.Get(dues.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.ContradictionsTotal != 1 || len(d.Contradictions) != 1 {
		t.Fatalf("291 million / roughly 265 million: %d contradictions, want 1: %+v", d.ContradictionsTotal, d.Contradictions)
	}
	if m := d.Contradictions[0].Message; !strings.Contains(m, "255,000,000–275,000,000") {
		t.Fatalf("the reason does not give the hedged range: %q", m)
	}
	d, err = svc.Claims.Get(berths.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.ContradictionsTotal != 0 {
		t.Fatalf("430 / about 400 berths: %d contradictions, want none: %+v", d.ContradictionsTotal, d.Contradictions)
	}
}
