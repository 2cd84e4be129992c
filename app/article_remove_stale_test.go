package app

import "testing"

// Another window still shows what a removal took: the claim only the removed article made
// open, and the entity only it named offered for a new mark. Its edits are refused as
// not found, in words that name the row, and change nothing.
func TestOtherWindowEditsWhatARemovalTook(t *testing.T) {
	f := newRemoveFixture(t)
	svc2 := secondWindow(t, f.ws)
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, f.ws)
	note := "checked with the port office"
	_, err := svc2.Claims.Update(f.onlyA.ID, ClaimPatch{Note: &note})
	wantCode(t, err, CodeNotFound, "claim")
	s, e := spanAt(t, f.b, "Councillors")
	_, err = svc2.Spans.Create(SpanInput{ArticleID: f.b.ID, Kind: "entity", EntityType: "person", Start: s, End: e, EntityID: &f.brandt})
	wantCode(t, err, CodeNotFound, "entity")
	claimID := f.onlyA.ID
	_, err = svc2.Claims.AddMention(MentionInput{ClaimID: &claimID, ArticleID: f.b.ID, Start: s, End: e})
	wantCode(t, err, CodeNotFound, "claim")
	sameFullDump(t, "after the refused edits", fullDump(t, f.ws), before)
}
