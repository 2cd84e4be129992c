package app

import "testing"

// Resizing a claim mention (SpanService.Update, the reader's handles) changes the words
// its figure is read from when it has no raw value of its own: its stored value follows,
// in the same action (one undo takes both back). It used to keep the old words' figure,
// so the claim compared a number the mention no longer covers. Invented article.
func TestResizingAMentionReadsItsFigureAgain(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const body = "Herders moved about 4,200 sheep across the pass, and 5,000 goats followed a week later.\n"
	a, s, _ := pasteOne(t, svc, PastedArticle{Title: "Flocks", Outlet: "Valley Courier", PublishedAt: "2026-04-02", Body: body}, "about 4,200 sheep")
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Herders moved sheep across the pass", ArticleID: a.ID, Start: s, End: s + int64(len("about 4,200 sheep")), Quote: "about 4,200 sheep"})
	if err != nil {
		t.Fatal(err)
	}
	spanID := d.Mentions[0].SpanID
	low := func() float64 {
		var v float64
		if err := ws.DB().QueryRow("SELECT value_low FROM claim_mentions WHERE span_id = ?", spanID).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	if low() != 4000 {
		t.Fatalf("before: %g; the test proves nothing", low())
	}
	_, gs, ge := articleWith(t, svc, "Valley Courier", "5,000 goats")
	if _, err := svc.Spans.Update(spanID, SpanPatch{Start: &gs, End: &ge}); err != nil {
		t.Fatal(err)
	}
	if got := low(); got != 5000 {
		t.Errorf("after resizing onto “5,000 goats” the mention's figure is %g; want 5000", got)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := low(); got != 4000 {
		t.Errorf("after undo: %g; want 4000", got)
	}
	mustCheck(t, ws)
}
