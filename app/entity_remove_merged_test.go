package app

import (
	"strings"
	"testing"
)

// An entity merged into the one deleted goes with it, and so do the same/different
// decisions it carried from before the merge: the confirmation counts them with the
// deleted entity's own, as it counts the merged entity's name. Undo and Redo restore
// the whole workspace; the exports read cleanly after each.
func TestEntityRemoveCountsTheDecisionsOfWhatWasMergedIntoIt(t *testing.T) {
	f := newRemoveFixture(t)
	ws, svc := f.ws, f.svc
	twin, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilse Brandt"})
	if err != nil {
		t.Fatal(err)
	}
	other, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilse Brand"})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Entities.Judge(twin.ID, other.ID, "different"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Merge(twin.ID, f.brandt); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)
	preview, err := svc.Entities.PreviewRemove(f.brandt)
	if err != nil {
		t.Fatal(err)
	}
	got, err := svc.Entities.Remove(f.brandt, &preview.ReadAt)
	if err != nil {
		t.Fatal(err)
	}
	removed := fullDump(t, ws)
	gone := len(before["entity_judgements"]) - len(removed["entity_judgements"])
	if int(got.Judgements) != gone || int(preview.Judgements) != gone {
		t.Errorf("the confirmation counts %d same/different decisions (preview %d), the removal took %d: %q",
			got.Judgements, preview.Judgements, gone, strings.Join(got.Summary, " "))
	}
	for _, what := range []string{"entities", "annotations", "mentions", "evidence", "claims"} {
		if _, err := svc.Export.Export(ExportOptions{What: what, Format: "csv"}); err != nil {
			t.Errorf("export %s after the removal: %v", what, err)
		}
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Undo", fullDump(t, ws), before)
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Redo", fullDump(t, ws), removed)
}
