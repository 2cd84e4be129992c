package app

import "testing"

// An analyst's hedge ("roughly") on a mention whose words have their own ("about 4,200")
// is stored with it once ("roughly about"), and stays so through every later edit of the
// mention. Each edit used to read the stored hedge as the analyst's and add the words'
// again: "roughly about about", then "roughly about about about", one more per edit.
// Invented article.
func TestMentionHedgeDoesNotGrowWithEachEdit(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const quote = "Herders moved about 4,200 sheep across the pass"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Flocks", Outlet: "Valley Courier", PublishedAt: "2026-04-02", Body: quote + ".\n"}, quote)
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Herders moved sheep across the pass", ArticleID: a.ID, Start: s, End: e, Quote: quote, Hedge: "roughly"})
	if err != nil {
		t.Fatal(err)
	}
	spanID := d.Mentions[0].SpanID
	hedge := func() string {
		var h string
		if err := ws.DB().QueryRow("SELECT hedge FROM claim_mentions WHERE span_id = ?", spanID).Scan(&h); err != nil {
			t.Fatal(err)
		}
		return h
	}
	if h := hedge(); h != "roughly about" {
		t.Fatalf("marked: hedge %q, want “roughly about”", h)
	}
	for i, p := range []MentionPatch{{Stance: ptr("doubts")}, {RawValue: ptr("about 4,200 sheep")}, {IsDirectQuote: ptr(true)}} {
		if _, err := svc.Claims.UpdateMention(spanID, p); err != nil {
			t.Fatal(err)
		}
		if h := hedge(); h != "roughly about" {
			t.Errorf("after edit %d the hedge is %q; want “roughly about”", i+1, h)
		}
	}
}
