package app

import "testing"

// twoWindows opens a second handle (another window: its own connections and session) on
// ws's file, with an invented article, and returns the offsets of "Tomas Reinik" in it.
func twoWindows(t *testing.T) (ws1 *Workspace, svc1, svc2 *Services, a Article, ps, pe int64) {
	t.Helper()
	ws1, svc1 = MustOpenWorkspace(t, true)
	const said = "The seized cargo was worth 90 million euros, Tomas Reinik said."
	a, _, _ = pasteOne(t, svc1, PastedArticle{Title: "Cargo value", Outlet: "Gamma Gazette", PublishedAt: "2026-03-04", Body: said + "\n"}, said)
	_, ps, pe = articleWith(t, svc1, "Gamma Gazette", "Tomas Reinik")
	return ws1, svc1, secondWindow(t, ws1), a, ps, pe
}

// Window 1 marks a person, creating the entity; window 2 then names him as its mention's
// speaker. Undoing window 1's mark would remove the entity, and ON DELETE SET NULL would
// silently strip window 2's mention of its speaker: the undo is refused (conflict). Once
// window 2 has taken its mention back, the undo goes through.
func TestUndoKeepsAnEntityAnotherWindowUses(t *testing.T) {
	ws1, svc1, svc2, a, ps, pe := twoWindows(t)
	person, err := svc1.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: ps, End: pe})
	if err != nil || person.EntityID == nil {
		t.Fatalf("mark: %+v %v", person, err)
	}
	d2, err := svc2.Claims.AddMention(MentionInput{NewStatement: "The cargo was worth 90 million euros", ArticleID: a.ID, Start: 0, End: 43, SpeakerEntityID: person.EntityID})
	if err != nil {
		t.Fatal(err)
	}
	logged := countRows(t, ws1, "audit_log")["audit_log"]
	_, err = svc1.History.Undo()
	wantCode(t, err, CodeConflict, "used since")
	if got, _ := svc2.Claims.Get(d2.ID); got.Mentions[0].SpeakerName != "Tomas Reinik" {
		t.Errorf("window 2's mention lost its speaker: %q", got.Mentions[0].SpeakerName)
	}
	if n := countRows(t, ws1, "audit_log")["audit_log"]; n != logged {
		t.Errorf("a refused undo logged %d entries", n-logged)
	}
	if _, err := svc2.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := svc1.History.Undo(); err != nil {
		t.Errorf("undo once nothing else uses the entity: %v", err)
	}
	mustCheck(t, ws1)
}

// Window 1 tags a note "checked", creating the tag; window 2 tags its own note with it.
// Undoing window 1's tagging would remove the tag and, by ON DELETE CASCADE, window 2's
// tagging: refused (conflict) until window 2's tagging is gone.
func TestUndoKeepsATagAnotherWindowUses(t *testing.T) {
	ws1, svc1, svc2, a, ps, pe := twoWindows(t)
	n1, err := svc1.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: ps, End: pe, Note: "who is he?"})
	if err != nil {
		t.Fatal(err)
	}
	n2, err := svc2.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: 0, End: 11, Note: "value?"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc1.Tags.TagSpan(n1.ID, "checked"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc2.Tags.TagSpan(n2.ID, "checked"); err != nil {
		t.Fatal(err)
	}
	_, err = svc1.History.Undo()
	wantCode(t, err, CodeConflict, "used since")
	if sp, _ := svc2.Spans.Get(n2.ID); len(sp.Tags) != 1 {
		t.Errorf("window 2's note lost its tag: %+v", sp.Tags)
	}
	if _, err := svc2.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := svc1.History.Undo(); err != nil {
		t.Errorf("undo once nothing else uses the tag: %v", err)
	}
	mustCheck(t, ws1)
}
