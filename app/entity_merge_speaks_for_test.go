package app

import "testing"

// Merging two people where only the one merged away speaks for a body (a spokesman of
// the harbour board, tagged twice under two spellings): his mentions move to the kept
// entity, and so does what he speaks for, so the claim keeps its origin. The merge used
// to leave the link on the merged-away entity: the claim's origin silently became the
// person himself. Two entities that speak for different bodies are refused (conflict),
// and nothing changes. Invented article.
func TestEntityMergeKeepsWhatTheSpeakerSpeaksFor(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const quote = "the ferry fares will double from May"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Ferry fares", Outlet: "Island Post", PublishedAt: "2026-04-02",
		Body: "Ilmar Vesk said " + quote + ". Vesk, a board spokesman, gave no reason.\n"}, quote)
	board, err := svc.Sources.Create(SourceInput{Name: "Harbour Board", Kind: "organisation"})
	if err != nil {
		t.Fatal(err)
	}
	full, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilmar Vesk"})
	if err != nil {
		t.Fatal(err)
	}
	short, err := svc.Entities.Create(EntityInput{Type: "person", Name: "I. Vesk"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(short.ID, board.ID); err != nil {
		t.Fatal(err)
	}
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Ferry fares will double", ArticleID: a.ID, Start: s, End: e, Quote: quote, SpeakerEntityID: &short.ID})
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mentions[0]; m.OriginName != "Harbour Board" {
		t.Fatalf("before the merge the origin is %q: the test proves nothing", m.OriginName)
	}
	if _, err := svc.Entities.Merge(short.ID, full.ID); err != nil {
		t.Fatal(err)
	}
	d, _ = svc.Claims.Get(d.ID)
	if m := d.Mentions[0]; m.SpeakerName != "Ilmar Vesk" || m.OriginName != "Harbour Board" {
		t.Errorf("after the merge the speaker is %q and the origin %q; want Ilmar Vesk speaking for Harbour Board", m.SpeakerName, m.OriginName)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if sf, _ := svc.Entities.GetSpeaksFor(full.ID); sf.SourceID != nil {
		t.Errorf("after undoing the merge Ilmar Vesk still speaks for %q", sf.SourceName)
	}
	// both speak, for different bodies: refused, nothing changes
	council, err := svc.Sources.Create(SourceInput{Name: "Island Council", Kind: "government"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(full.ID, council.ID); err != nil {
		t.Fatal(err)
	}
	before := countRows(t, ws, "audit_log")["audit_log"]
	_, err = svc.Entities.Merge(short.ID, full.ID)
	wantCode(t, err, CodeConflict, "Harbour Board")
	if after := countRows(t, ws, "audit_log")["audit_log"]; after != before {
		t.Errorf("a refused merge logged %d entries", after-before)
	}
	mustCheck(t, ws)
}
