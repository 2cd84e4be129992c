package app

import "testing"

// A spokesman linked to the body he speaks for, then retyped (a person marked as a place
// by mistake, or a name that turned out to be a town's): the link stayed, the claim still
// counted the body as its origin, and removing the link was refused ("only a person or an
// organisation speaks for a body"): nothing short of retyping it back took the body off.
// Linking needs a person or an organisation; unlinking is always allowed. Invented names.
func TestARetypedSpeakerCanBeUnlinked(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	const quote = "the ferry fares will double from May"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Ferry fares", Outlet: "Island Post", PublishedAt: "2026-04-02",
		Body: "Ilmar Vesk said " + quote + ".\n"}, quote)
	vesk, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilmar Vesk"})
	if err != nil {
		t.Fatal(err)
	}
	board, err := svc.Sources.Create(SourceInput{Name: "Tollmarsh Port Board", Kind: "organisation"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(vesk.ID, board.ID); err != nil {
		t.Fatal(err)
	}
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Ferry fares will double", ArticleID: a.ID, Start: s, End: e, Quote: quote, SpeakerEntityID: &vesk.ID})
	if err != nil {
		t.Fatal(err)
	}
	place := "place"
	if _, err := svc.Entities.Update(vesk.ID, EntityPatch{Type: &place}); err != nil {
		t.Fatal(err)
	}
	if sf, err := svc.Entities.SetSpeaksFor(vesk.ID, 0); err != nil || sf.SourceID != nil {
		t.Fatalf("unlinking the retyped Ilmar Vesk: %+v %v", sf, err)
	}
	if o, err := svc.Origins.ClaimOrigins(d.ID); err != nil || o.Summary == "1 article, 1 origin: Tollmarsh Port Board" {
		t.Errorf("origins after the unlink: %q %v; the board no longer behind it", o.Summary, err)
	}
	// linking a place is still refused
	_, err = svc.Entities.SetSpeaksFor(vesk.ID, board.ID)
	wantCode(t, err, CodeInvalid, "only a person or an organisation")
}
