package app

import (
	"strings"
	"testing"
)

// A forecast's date against the date of what happened, marked by an analyst into one claim
// on a real workspace: the claim page lists no contradiction, and the matrix, which cannot
// compare the two, says why in words naming both (r14fc). Sentences written for this test.
func TestForecastPairOnTheClaimPage(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	a1 := mustImportText(t, ws, svc, "tunnel.txt", "Tunnel Reopens\n\nMarch 7, 2026\n\nThe Keldon tunnel reopened to traffic on Thursday, the county said.\n")
	a2 := mustImportText(t, ws, svc, "tunnel2.txt", "Tunnel Works Near End\n\nMarch 3, 2026\n\nThe Keldon tunnel is expected to reopen on Saturday, the operator said.\n")
	const statement = "The Keldon tunnel reopened"
	d := mustMark(t, svc, a1, "The Keldon tunnel reopened to traffic on Thursday", statement, nil)
	mustMark(t, svc, a2, "The Keldon tunnel is expected to reopen on Saturday", statement, &d.ID)
	d, err := svc.Claims.Get(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Contradictions) != 0 || d.ContradictionsTotal != 0 {
		t.Fatalf("a forecast against the event: want no contradiction, got %+v", d.Contradictions)
	}
	m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{d.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Rows) != 1 || m.Rows[0].Conflicts != 0 {
		t.Fatalf("matrix rows: %+v", m.Rows)
	}
	for _, cell := range m.Rows[0].Cells {
		if cell.Agreement != "unknown" || len(cell.Reasons) == 0 || !strings.Contains(cell.Reasons[0], "Saturday") || !strings.Contains(cell.Reasons[0], "Thursday") || !strings.Contains(cell.Reasons[0], "to come") {
			t.Fatalf("matrix cell %s: %s %v", cell.ColumnID, cell.Agreement, cell.Reasons)
		}
	}
}
