package app

import "testing"

// A speaker linked to the body it speaks for counts that body as the origin of its
// mentions; the link is undoable; refusals change nothing.
func TestSpeaksForMakesTheBodyTheOrigin(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	d, _, a4 := troopClaim(t, svc)
	umerov, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Test Speaker"})
	if err != nil {
		t.Fatal(err)
	}
	gov, err := svc.Sources.Create(SourceInput{Name: "Test Ministry", Kind: "government"})
	if err != nil {
		t.Fatal(err)
	}
	span := mentionIn(t, d, a4.ID).SpanID
	none := int64(0)
	d, err = svc.Claims.UpdateMention(span, MentionPatch{SpeakerEntityID: &umerov.ID, OriginSourceID: &none, ChannelSourceID: &none})
	if err != nil {
		t.Fatal(err)
	}
	if m := mentionIn(t, d, a4.ID); m.OriginName != "Test Speaker" {
		t.Fatalf("the speaker is the origin: %+v", m)
	}
	if _, err := svc.Entities.SetSpeaksFor(umerov.ID, gov.ID); err != nil {
		t.Fatal(err)
	}
	d, _ = svc.Claims.Get(d.ID)
	if m := mentionIn(t, d, a4.ID); m.OriginName != "Test Ministry" || m.SpeaksFor != "Test Ministry" || chainText(m.OriginChain) != "Test Speaker ← Test Ministry" {
		t.Fatalf("the body is the origin: %+v", m)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if sf, _ := svc.Entities.GetSpeaksFor(umerov.ID); sf.SourceID != nil {
		t.Fatalf("after undo: %+v", sf)
	}
	_, err = svc.Entities.SetSpeaksFor(umerov.ID, 99999)
	wantCode(t, err, CodeNotFound, "source 99999")
	_, err = svc.Entities.SetSpeaksFor(99999, gov.ID)
	wantCode(t, err, CodeNotFound, "entity 99999")
	place, err := svc.Entities.Create(EntityInput{Type: "place", Name: "Test Harbour"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = svc.Entities.SetSpeaksFor(place.ID, gov.ID)
	wantCode(t, err, CodeInvalid, "only a person or an organisation")
	mustCheck(t, ws)
}
