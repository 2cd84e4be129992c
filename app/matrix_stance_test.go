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

// One article reports what residents say and what the operator denies: its cell states
// the claim, and it said so with the operator's words beside it ("states it — Kestrel
// Hydro says"), as if the operator confirmed what it denies. The attribution a cell
// shows is one of a mention that takes the stance the cell shows.
func TestMatrixCellAttributionTakesTheCellsStance(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	if _, err := svc.Import.ImportPasted(PastedArticle{Title: "What we know", Outlet: "Radio Breska News", PublishedAt: "2026-11-02",
		Body: "Residents saw water coming through a crack in the dam wall.\nThe operator denies there is any crack in the dam wall.\n"}); err != nil {
		t.Fatal(err)
	}
	claim, asserted := markClaim(t, svc, 0, "The dam wall is cracked", "Radio Breska News", "Residents saw water coming through a crack in the dam wall", "", "")
	_, denied := markClaim(t, svc, claim, "", "Radio Breska News", "The operator denies there is any crack in the dam wall", "", "")
	st, says, none := "denies", "Kestrel Hydro says", ""
	if _, err := svc.Claims.UpdateMention(denied, MentionPatch{Stance: &st, ChannelText: &says}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Claims.UpdateMention(asserted, MentionPatch{ChannelText: &none}); err != nil {
		t.Fatal(err)
	}
	m, err := svc.Matrix.Get(MatrixFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var cell *MatrixCell
	for _, r := range m.Rows {
		for i := range r.Cells {
			if r.ClaimID == claim {
				cell = &r.Cells[i]
			}
		}
	}
	if cell == nil || len(cell.SpanIDs) != 2 {
		t.Fatalf("no cell with both mentions: %+v", cell)
	}
	if cell.Stance != "asserts" || cell.Attribution != "" {
		t.Fatalf("the cell says %q with the attribution %q (the denial's)", cell.Stance, cell.Attribution)
	}
}
