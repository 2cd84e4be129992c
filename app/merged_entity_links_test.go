package app

import "testing"

// A link to an entity merged away since (a claim page or a reader left open while another
// window merged "I. Vesk" into "Ilmar Vesk") lands on the entity it was merged into: old
// ids resolve. It used to link the merged-away row, which no entity page, filter or merge
// proposal shows: the mention was invisible from "Ilmar Vesk" and his claims. Invented
// article.
func TestLinksToAMergedEntityLandOnTheLiveOne(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	const quote = "the ferry fares will double from May"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Ferry fares", Outlet: "Island Post", PublishedAt: "2026-04-02",
		Body: "Ilmar Vesk said " + quote + ".\n"}, quote)
	full, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilmar Vesk"})
	if err != nil {
		t.Fatal(err)
	}
	short, err := svc.Entities.Create(EntityInput{Type: "person", Name: "I. Vesk"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Merge(short.ID, full.ID); err != nil {
		t.Fatal(err)
	}
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Ferry fares will double", ArticleID: a.ID, Start: s, End: e, Quote: quote, SpeakerEntityID: &short.ID})
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mentions[0]; m.SpeakerEntityID == nil || *m.SpeakerEntityID != full.ID {
		t.Errorf("AddMention with the merged-away speaker linked %v; want %d (Ilmar Vesk)", m.SpeakerEntityID, full.ID)
	}
	if d, err = svc.Claims.UpdateMention(d.Mentions[0].SpanID, MentionPatch{SpeakerEntityID: &short.ID}); err != nil {
		t.Fatal(err)
	}
	if m := d.Mentions[0]; m.SpeakerEntityID == nil || *m.SpeakerEntityID != full.ID {
		t.Errorf("UpdateMention with the merged-away speaker linked %v; want %d", m.SpeakerEntityID, full.ID)
	}
	_, ns, ne := articleWith(t, svc, "Island Post", "Ilmar Vesk")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", EntityID: &short.ID, Start: ns, End: ne})
	if err != nil {
		t.Fatal(err)
	}
	if sp.EntityID == nil || *sp.EntityID != full.ID {
		t.Errorf("a mark with the merged-away entity linked %v; want %d", sp.EntityID, full.ID)
	}
	claims, err := svc.Claims.List(ClaimFilter{EntityID: full.ID})
	if err != nil || len(claims) != 1 {
		t.Errorf("Ilmar Vesk's claims: %+v %v; want the ferry claim", claims, err)
	}
}
