package app

import "testing"

// Creating a speaker from Edit attribution is one action: the entity and the mention's
// new speaker are one change of the audit log (one batch), and one undo takes both back.
func TestUpdateMentionWithNewSpeakerIsOneChange(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	_, span := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	batches := func() int {
		t.Helper()
		var n int
		if err := ws.DB().QueryRow(`SELECT COUNT(DISTINCT batch) FROM audit_log`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	entitiesBefore := countRows(t, ws, "entities")["entities"]
	before := batches()

	d, err := svc.Claims.UpdateMention(span, MentionPatch{NewSpeaker: &NewSpeaker{Type: "organisation", Name: "Korean Defence Ministry"}})
	if err != nil {
		t.Fatal(err)
	}
	var got Mention
	for _, m := range d.Mentions {
		if m.SpanID == span {
			got = m
		}
	}
	if got.SpeakerName != "Korean Defence Ministry" || got.SpeakerEntityID == nil {
		t.Fatalf("speaker %q (%v)", got.SpeakerName, got.SpeakerEntityID)
	}
	if n := batches() - before; n != 1 {
		t.Fatalf("creating the speaker took %d changes, want 1", n)
	}
	if n := countRows(t, ws, "entities")["entities"]; n != entitiesBefore+1 {
		t.Fatalf("entities %d -> %d", entitiesBefore, n)
	}

	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if n := countRows(t, ws, "entities")["entities"]; n != entitiesBefore {
		t.Fatalf("one undo left %d entities, want %d", n, entitiesBefore)
	}
	d, err = svc.Claims.Get(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		if m.SpanID == span && m.SpeakerName != "" {
			t.Fatalf("after one undo the speaker is %q", m.SpeakerName)
		}
	}

	// both a speaker entity and a new speaker: refused, nothing written
	one := int64(1)
	_, err = svc.Claims.UpdateMention(span, MentionPatch{SpeakerEntityID: &one, NewSpeaker: &NewSpeaker{Type: "person", Name: "X"}})
	wantCode(t, err, CodeInvalid, "not both")
	_, err = svc.Claims.UpdateMention(span, MentionPatch{NewSpeaker: &NewSpeaker{Type: "place", Name: "Seoul"}})
	wantCode(t, err, CodeInvalid, "person or an organisation")
	if n := countRows(t, ws, "entities")["entities"]; n != entitiesBefore {
		t.Fatalf("a refused patch changed entities: %d", n)
	}
}
