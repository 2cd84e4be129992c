package app

import "testing"

// Removing a mention with two values (a figure and a date), then undoing it, gives the
// mention back with both: the further value must not be lost to the cascade. Invented
// article.
func TestRemoveMentionUndoKeepsFurtherValues(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const quote = "about 4,200 sheep were moved across the pass in March 2026"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Sheep on the pass", Outlet: "Valley Courier", PublishedAt: "2026-04-02",
		Body: "Herders said " + quote + ", the district office said.\n"}, quote)
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Herders moved 4,200 sheep across the pass", ArticleID: a.ID, Start: s, End: e, Quote: quote,
		RawValue: "about 4,200 sheep; March 2026"})
	if err != nil {
		t.Fatal(err)
	}
	spanID := d.Mentions[0].SpanID
	const values = "SELECT count(*) FROM claim_mention_values WHERE span_id = ?"
	if n := countWhere(t, ws, values, spanID); n != 1 {
		t.Fatalf("the mention has %d further values; want 1 (the test proves nothing)", n)
	}
	if _, err := svc.Claims.RemoveMention(spanID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if n := countWhere(t, ws, values, spanID); n != 1 {
		t.Errorf("after undoing the removal the mention has %d further values; want 1", n)
	}
	// and the same through deleting the whole claim
	if err := svc.Claims.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if n := countWhere(t, ws, values, spanID); n != 1 {
		t.Errorf("after undoing the claim's deletion the mention has %d further values; want 1", n)
	}
	mustCheck(t, ws)
}
