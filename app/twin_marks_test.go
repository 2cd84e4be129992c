package app

import (
	"strings"
	"testing"
)

// Two windows (two analysts on one `serve`, or the desktop window and a browser) mark the
// same words the same way: the same sentence as a mention of the same claim, the same name
// as the same type. Each got its own mark: the claim counted two mentions of one
// sentence (its page, the memo and the exports listed it twice), the entity two mentions
// of one name. An accepted suggestion already merges into the analyst's mark there ("no
// twin mentions", FindEntitySpanAt), and a match proposal over a mention of its claim is
// refused; a hand mark over one is now refused the same way, naming it, and nothing is
// added. Invented article.
func TestTwinMarksFromTwoWindowsAreRefused(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	other := secondWindow(t, ws)
	const quote = "the ferry fares will double from May"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Ferry fares", Outlet: "Island Post", PublishedAt: "2026-04-02",
		Body: "Ilmar Vesk said " + quote + ".\n"}, quote)
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Ferry fares will double", ArticleID: a.ID, Start: s, End: e, Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	mark := SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: 0, End: 10, Quote: "Ilmar Vesk"}
	sp, err := svc.Spans.Create(mark)
	if err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)
	_, err = other.Claims.AddMention(MentionInput{ClaimID: &d.ID, ArticleID: a.ID, Start: s, End: e, Quote: quote})
	wantCode(t, err, CodeConflict, "already a mention of this claim")
	_, err = other.Spans.Create(mark)
	wantCode(t, err, CodeConflict, "already marked")
	sameFullDump(t, "after the refused twins", fullDump(t, ws), before)
	if got, _ := svc.Claims.Get(d.ID); len(got.Mentions) != 1 {
		t.Errorf("the claim has %d mentions; want 1", len(got.Mentions))
	}
	if got, _ := svc.Entities.Get(*sp.EntityID); got.MentionTotal != 1 {
		t.Errorf("Ilmar Vesk has %d mentions; want 1", got.MentionTotal)
	}
	// the same words as a mention of another claim, or as another type, are other marks
	if _, err := other.Claims.AddMention(MentionInput{NewStatement: "Fares rise in May", ArticleID: a.ID, Start: s, End: e, Quote: quote}); err != nil {
		t.Errorf("the sentence as a mention of a second claim: %v", err)
	}
	mark.EntityType = "organisation"
	if _, err := other.Spans.Create(mark); err != nil && !strings.Contains(err.Error(), "organisation") {
		t.Errorf("the name as an organisation: %v", err)
	}
}
