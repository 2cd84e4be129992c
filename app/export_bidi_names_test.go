package app

import (
	"strings"
	"testing"
)

// Names holding bidi controls are shown with the controls as marks in the UI (rfix), but
// the export is data for other tools: the stored name goes out as stored, controls
// included, and no mark the UI draws (▸ ◂ ▪, frontend/src/lib/bidiControls.ts) reaches the file (ratk5's
// attack; it held).
func TestExportKeepsBidiControlsInNamesAsStored(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	const name = "Maren \u202eltoH\u202c" // reads "Maren Holt" on screen, stored reversed
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"}); err != nil {
		t.Fatal(err)
	}
	ent, err := svc.Entities.Create(EntityInput{Type: "person", Name: name})
	if err != nil {
		t.Fatal(err)
	}
	if ent.Name != name {
		t.Fatalf("stored name %q, want %q", ent.Name, name)
	}
	res := mustExport(t, svc, ExportOptions{What: "entities", Format: "csv"})
	found := false
	for _, r := range byHeader(t, readCSV(t, res.Content)) {
		if strings.Contains(r["name"], "Maren") {
			found = true
			if r["name"] != name {
				t.Errorf("exported name %q, want the stored %q", r["name"], name)
			}
		}
	}
	if !found {
		t.Fatalf("the entity is not in the export:\n%s", res.Content)
	}
	for _, mark := range []string{"▸", "◂", "▪"} {
		if strings.Contains(res.Content, mark) {
			t.Errorf("the export holds %q, a mark the UI draws for a control", mark)
		}
	}
}
