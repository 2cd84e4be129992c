package app

import "testing"

// Deleting a source that a claim mention names as its origin, or that a speaker speaks
// for, changes those rows through the log; undoing the delete gives them back.
func TestSourceDeleteUndoKeepsMentionOrigin(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const quote = "the ferry fares will double from May"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Ferry fares", Outlet: "Island Post", PublishedAt: "2026-04-02",
		Body: "Islanders were told that " + quote + ".\n"}, quote)
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Ferry fares will double", ArticleID: a.ID, Start: s, End: e, Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	src, err := svc.Sources.Create(SourceInput{Name: "Harbour Board", Kind: "organisation"})
	if err != nil {
		t.Fatal(err)
	}
	spanID := d.Mentions[0].SpanID
	if d, err = svc.Claims.UpdateMention(spanID, MentionPatch{OriginSourceID: &src.ID}); err != nil {
		t.Fatal(err)
	}
	if d.Origins != 1 || d.Mentions[0].OriginSource != "Harbour Board" {
		t.Fatalf("origin not set: %+v", d.Mentions[0])
	}
	spokesman, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilmar Vesk"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(spokesman.ID, src.ID); err != nil {
		t.Fatal(err)
	}
	if err := svc.Sources.Delete(src.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	d, err = svc.Claims.Get(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Origins != 1 || d.Mentions[0].OriginSource != "Harbour Board" || d.Mentions[0].AttributionBy != "analyst" {
		t.Errorf("after undoing the source's deletion the mention's origin is %q (%d origins); want Harbour Board", d.Mentions[0].OriginSource, d.Origins)
	}
	if sf, err := svc.Entities.GetSpeaksFor(spokesman.ID); err != nil || sf.SourceName != "Harbour Board" {
		t.Errorf("after undoing the source's deletion Ilmar Vesk speaks for %+v (%v); want Harbour Board", sf, err)
	}
	// redo deletes it again, with both links, and nothing is left pointing at it
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if sf, _ := svc.Entities.GetSpeaksFor(spokesman.ID); sf.SourceID != nil {
		t.Errorf("after redo Ilmar Vesk still speaks for %+v", sf)
	}
	mustCheck(t, ws)
}
