package app

import "testing"

// A tag put on one of the entity's marks, or a same/different decision about it, made in
// another window after the confirmation was read is work the confirmation never named:
// the removal is refused like one over an alias or a mark added since. These rows live in
// link tables (no id of their own), which the check read past.
func TestEntityRemoveRefusesLinksMadeSinceTheConfirmation(t *testing.T) {
	for _, c := range []struct {
		name string
		do   func(t *testing.T, f removeFixture)
	}{
		{"a tag on its mark", func(t *testing.T, f removeFixture) {
			spans, err := f.ws.DB().Q.ListEntitySpanIDs(f.ws.Context(), nullInt(&f.brandt))
			if err != nil || len(spans) == 0 {
				t.Fatalf("spans of the entity: %v %v", spans, err)
			}
			if _, err := f.svc.Tags.TagSpan(spans[0], "checked"); err != nil {
				t.Fatal(err)
			}
		}},
		{"a same/different decision", func(t *testing.T, f removeFixture) {
			other, err := f.svc.Entities.Create(EntityInput{Type: "person", Name: "Ilsa Brand"})
			if err != nil {
				t.Fatal(err)
			}
			if err := f.svc.Entities.Judge(f.brandt, other.ID, "different"); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newRemoveFixture(t)
			preview, err := f.svc.Entities.PreviewRemove(f.brandt)
			if err != nil {
				t.Fatal(err)
			}
			c.do(t, f)
			before := fullDump(t, f.ws)
			got, err := f.svc.Entities.Remove(f.brandt, &preview.ReadAt)
			if err == nil {
				t.Fatalf("removed over another window's %s: the confirmation said %q, it did %q", c.name, preview.Summary, got.Summary)
			}
			wantCode(t, err, CodeConflict, "changed in another window")
			sameFullDump(t, "after the refusal", fullDump(t, f.ws), before)
		})
	}
}
