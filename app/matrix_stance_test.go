package app

import "testing"

// A mention the analyst marked as denying or doubting the claim says so in its matrix
// cell: the grid must not show an article that denies a claim like one that states it.
func TestMatrixCellCarriesStance(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	troops, _ := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	_, reuters := markClaim(t, svc, troops, "", "Reuters", "disclosed the deployment of North Korean troops", "", "")

	cellOf := func(spanID int64) MatrixCell {
		t.Helper()
		m, err := svc.Matrix.Get(MatrixFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range m.Rows {
			for _, c := range r.Cells {
				for _, id := range c.SpanIDs {
					if id == spanID {
						return c
					}
				}
			}
		}
		t.Fatalf("no cell holds span %d", spanID)
		return MatrixCell{}
	}

	if got := cellOf(reuters).Stance; got != "asserts" {
		t.Fatalf("stance of a stated mention: %q, want asserts", got)
	}
	for _, stance := range []string{"denies", "doubts", "unconfirmed", "asserts"} {
		st := stance
		if _, err := svc.Claims.UpdateMention(reuters, MentionPatch{Stance: &st}); err != nil {
			t.Fatal(err)
		}
		if got := cellOf(reuters).Stance; got != stance {
			t.Fatalf("after setting %s the cell says %q", stance, got)
		}
	}
}
