package app

import (
	"strings"
	"testing"
)

// A claim whose only mention is unattributed has no origin to name: its suggested
// grade's first reason says so as a whole sentence, not "1 article, 0 independent
// origins:" with nothing after the colon.
func TestSuggestedGradeSummaryWithoutOrigins(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	claim, _ := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea has sent troops to support Russia in Ukraine", "", "")
	g, err := svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	if g.Origins != 0 || len(g.Reasons) == 0 {
		t.Fatalf("setup: %d origins, reasons %q", g.Origins, g.Reasons)
	}
	first := g.Reasons[0]
	if strings.HasSuffix(strings.TrimSpace(first), ":") || strings.Contains(first, ": ,") {
		t.Fatalf("first reason ends in a colon with nothing after it: %q", first)
	}
	if !strings.HasPrefix(first, "1 article, 0 independent origins") {
		t.Fatalf("first reason: %q", first)
	}

	// with an origin the names still follow the colon
	_, _ = markClaim(t, svc, claim, "", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	g, err = svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	if g.Origins == 0 || !strings.Contains(g.Reasons[0], ": "+strings.Join(g.OriginNames, ", ")) {
		t.Fatalf("with %d origins %q: first reason %q", g.Origins, g.OriginNames, g.Reasons[0])
	}
}
