package app

import (
	"strings"
	"testing"

	"claimdesk/app/ingest"
)

// Attacks on removing an article: another window at work between Remove, Undo and Redo,
// and the same text or outlet coming back in the meantime.

// removedAndUndone is the remove fixture after Remove(A) and Undo, with a second window.
func removedAndUndone(t *testing.T) (removeFixture, *Services) {
	t.Helper()
	f := newRemoveFixture(t)
	svc2 := secondWindow(t, f.ws)
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	return f, svc2
}

// spanAt is the code-point range of the first occurrence of s in a's body.
func spanAt(t *testing.T, a Article, s string) (int64, int64) {
	t.Helper()
	i := strings.Index(a.Body, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, a.Body)
	}
	start := int64(len([]rune(a.Body[:i])))
	return start, start + int64(len([]rune(s)))
}

// Remove, Undo, then another window writes a note on the article the undo brought back.
// Redo would delete the article again and, by ON DELETE CASCADE, the other window's note
// with it, unlogged: refused (conflict), and the note stays.
func TestRedoRemoveKeepsANoteAnotherWindowWroteOnTheArticle(t *testing.T) {
	f, svc2 := removedAndUndone(t)
	s, e := spanAt(t, f.a, "Monday")
	note, err := svc2.Spans.Create(SpanInput{ArticleID: f.a.ID, Kind: "note", Start: s, End: e, Note: "which Monday?"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.History.Redo()
	wantCode(t, err, CodeConflict, "")
	if got, err := svc2.Spans.Get(note.ID); err != nil || got.Note != "which Monday?" {
		t.Errorf("the other window's note after Redo: %+v %v", got, err)
	}
	if _, err := f.svc.Articles.Get(f.a.ID); err != nil {
		t.Errorf("a refused redo removed the article: %v", err)
	}
	mustCheck(t, f.ws)
}

// Remove, Undo, then another window marks the claim the removal had taken (only the
// removed article made it) in the surviving article. Redo would delete the claim and, by
// cascade, the other window's mention: refused, and the mention stays.
func TestRedoRemoveKeepsAMentionAnotherWindowAddedToItsClaim(t *testing.T) {
	f, svc2 := removedAndUndone(t)
	claimID := f.onlyA.ID
	mustMark(t, svc2, f.b, "Nobody spoke of the ferries.", "", &claimID)
	_, err := f.svc.History.Redo()
	wantCode(t, err, CodeConflict, "")
	got, err := svc2.Claims.Get(claimID)
	if err != nil || len(got.Mentions) != 2 {
		t.Errorf("the claim after Redo: %+v %v, want its mention in each article", got, err)
	}
	mustCheck(t, f.ws)
}

// An import run reads which articles a file may be a version of when it starts. Another
// window removes such an article meanwhile; the run's file of the same name (a corrected
// text) is then a new article, not a failure that names no reason the analyst can act on.
func TestImportAfterItsEarlierVersionWasRemovedMeanwhile(t *testing.T) {
	f := newRemoveFixture(t)
	svc2 := secondWindow(t, f.ws)
	ctx := f.ws.Context()
	b, err := f.ws.newImportBatch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	if _, err := svc2.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	body := strings.Replace(f.a.Body, "12 percent", "14 percent", 1)
	o := b.storeDoc(ctx, pendingDoc{display: f.a.OriginalName, origName: f.a.OriginalName, encoding: "utf-8",
		doc: ingest.Doc{Title: f.a.Title, Body: body, Source: "Harbour Gazette"}})
	b.flush(ctx)
	if o.Status != StatusImported || o.ArticleID == 0 {
		t.Fatalf("the corrected text after its earlier version was removed: %+v, want a new article", o)
	}
	if a, err := f.svc.Articles.Get(o.ArticleID); err != nil || a.Version != 1 {
		t.Errorf("the new article: %+v %v", a, err)
	}
	mustCheck(t, f.ws)
}

// Remove an article that names an entity another article names too (so it stays); another
// window then merges that entity into a second one. Undo would put the article's marks back
// naming the merged-away entity, which no view shows: they showed under no entity (not
// under the one it was merged into). Refused in words that say why, nothing changed; once
// the merge is undone, Undo brings the article back with its mark.
func TestUndoRemoveAfterItsEntityWasMergedElsewhere(t *testing.T) {
	f := newRemoveFixture(t)
	svc2 := secondWindow(t, f.ws)
	s, e := spanAt(t, f.b, "Councillors")
	if _, err := f.svc.Spans.Create(SpanInput{ArticleID: f.b.ID, Kind: "entity", EntityType: "person", Start: s, End: e, EntityID: &f.brandt}); err != nil {
		t.Fatal(err)
	}
	s, e = spanAt(t, f.b, "Nobody")
	other, err := f.svc.Spans.Create(SpanInput{ArticleID: f.b.ID, Kind: "entity", EntityType: "person", Start: s, End: e})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc2.Entities.Merge(f.brandt, *other.EntityID); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, f.ws)
	_, err = f.svc.History.Undo()
	wantCode(t, err, CodeConflict, "“Ilsa Brandt” was merged into “Nobody” since")
	sameFullDump(t, "after the refused undo", fullDump(t, f.ws), before)
	if _, err := svc2.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.History.Undo(); err != nil {
		t.Fatalf("undo once the merge is undone: %v", err)
	}
	brandt, err := f.svc.Entities.Get(f.brandt)
	if err != nil {
		t.Fatal(err)
	}
	inA := 0
	for _, m := range brandt.MentionList {
		if m.ArticleID == f.a.ID {
			inA++
		}
	}
	if inA != 1 {
		t.Errorf("Ilsa Brandt's marks after both undos: %+v, want the one in the article brought back", brandt.MentionList)
	}
	mustCheck(t, f.ws)
}
