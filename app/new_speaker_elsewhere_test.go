package app

import (
	"context"
	"testing"
)

// Attack on the one-step speaker (09d3da2), held: the speaker a window created is renamed,
// or merged into another entity, by a second window on the same file; the first window's
// Undo of the creation is refused as a conflict and undoes nothing (the other window's
// name and merge stay). Naming an existing entity finds it, and the undo keeps it.
func TestUndoOfANewSpeakerChangedInAnotherWindow(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	ws2, err := OpenWorkspace(context.Background(), ws.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ws2.Close()
	other := NewServices(ws2)
	speakerOf := func(claimID, span int64) (int64, string) {
		t.Helper()
		d, err := svc.Claims.Get(claimID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Mentions {
			if m.SpanID == span && m.SpeakerEntityID != nil {
				return *m.SpeakerEntityID, m.SpeakerName
			}
		}
		return 0, ""
	}

	claim, span := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	if _, err := svc.Claims.UpdateMention(span, MentionPatch{NewSpeaker: &NewSpeaker{Type: "organisation", Name: "Tarrow Harbour Board"}}); err != nil {
		t.Fatal(err)
	}
	eid, _ := speakerOf(claim, span)
	renamed := "Tarrow Port Board"
	if _, err := other.Entities.Update(eid, EntityPatch{Name: &renamed}); err != nil {
		t.Fatal(err)
	}
	_, err = svc.History.Undo()
	wantCode(t, err, CodeConflict, "changed since")
	if id, name := speakerOf(claim, span); id != eid || name != renamed {
		t.Fatalf("after the refused undo the speaker is %d %q, want %d %q", id, name, eid, renamed)
	}

	claim2, span2 := markClaim(t, svc, 0, "Kim watched a ballet", "", "Kim Jong-un watched a ballet", "", "")
	if _, err := svc.Claims.UpdateMention(span2, MentionPatch{NewSpeaker: &NewSpeaker{Type: "organisation", Name: "Dunmere Pier Trust"}}); err != nil {
		t.Fatal(err)
	}
	made, _ := speakerOf(claim2, span2)
	into, err := other.Entities.Create(EntityInput{Type: "organisation", Name: "Dunmere Harbour Trust"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Entities.Merge(made, into.ID); err != nil {
		t.Fatal(err)
	}
	_, err = svc.History.Undo()
	wantCode(t, err, CodeConflict, "changed since")
	if id, name := speakerOf(claim2, span2); id != into.ID || name != "Dunmere Harbour Trust" {
		t.Fatalf("after the refused undo the speaker is %d %q, want the merged entity", id, name)
	}

	// a new speaker named as an existing entity is that entity; undo leaves it be
	claim3, span3 := markClaim(t, svc, 0, "Russian performers are expected", "", "Russian performers are expected", "", "")
	if _, err := svc.Claims.UpdateMention(span3, MentionPatch{NewSpeaker: &NewSpeaker{Type: "organisation", Name: "dunmere  harbour trust"}}); err != nil {
		t.Fatal(err)
	}
	if id, _ := speakerOf(claim3, span3); id != into.ID {
		t.Fatalf("the speaker is entity %d, want the existing %d", id, into.ID)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Get(into.ID); err != nil {
		t.Fatalf("the existing entity is gone after the undo: %v", err)
	}
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if id, _ := speakerOf(claim3, span3); id != into.ID {
		t.Fatalf("after the redo the speaker is entity %d, want %d", id, into.ID)
	}
}
