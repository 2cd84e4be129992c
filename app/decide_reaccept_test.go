package app

import (
	"strings"
	"testing"
)

// A proposal rejected, then accepted after all, is a mention like one accepted at once:
// its origin, stance and figure read from the text. The rejected span used to be turned
// accepted as it was, unattributed and with no value, so the claim counted one origin
// fewer and its figure took part in no comparison. Invented articles.
func TestAcceptAfterRejectReadsTheMention(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const mine = "Customs officers seized 2,400 kilograms of cocaine at the port of Veltra on Monday"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Seizure at Veltra", Outlet: "Coast Herald", PublishedAt: "2026-03-03",
		Body: mine + ", officials said.\n\nThe ship sailed from Brazil.\n"}, mine)
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Customs seized 2,400 kg of cocaine at Veltra", ArticleID: a.ID, Start: s, End: e, Quote: mine})
	if err != nil {
		t.Fatal(err)
	}
	const relayed = "Customs officers seized about 2,400 kilograms of cocaine at the port of Veltra on Monday, the Interfax news agency reported."
	for _, outlet := range []string{"Delta Daily", "Gamma Gazette"} {
		pasteOne(t, svc, PastedArticle{Title: "Veltra cocaine", Outlet: outlet, PublishedAt: "2026-03-03",
			Body: relayed + "\n\nPort traffic was normal, " + outlet + " was told.\n"}, relayed)
	}
	cands, err := svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	var refs []CandidateRef
	for _, c := range cands {
		if strings.Contains(c.Quote, "Interfax") {
			refs = append(refs, CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score})
		}
	}
	if len(refs) != 2 {
		t.Fatalf("want both relayed sentences proposed: %+v", cands)
	}
	// the first accepted at once, the second rejected and then accepted
	first, err := svc.Matching.Accept(d.ID, refs[:1])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Matching.Reject(d.ID, refs[1:]); err != nil {
		t.Fatal(err)
	}
	if d, err = svc.Matching.Accept(d.ID, refs[1:]); err != nil {
		t.Fatal(err)
	}
	direct, late := mentionIn(t, d, refs[0].ArticleID), mentionIn(t, d, refs[1].ArticleID)
	if direct.OriginName != "Interfax" {
		t.Fatalf("the mention accepted at once has origin %q: the test proves nothing", direct.OriginName)
	}
	if late.State != "accepted" || late.OriginName != direct.OriginName || late.AttributionBy != direct.AttributionBy || late.StanceBy != direct.StanceBy {
		t.Errorf("accepted after a rejection: %s, origin %q by %q, stance by %q; accepted at once: origin %q by %q, stance by %q",
			late.State, late.OriginName, late.AttributionBy, late.StanceBy, direct.OriginName, direct.AttributionBy, direct.StanceBy)
	}
	kind := func(spanID int64) string {
		var k string
		if err := ws.DB().QueryRow("SELECT value_kind FROM claim_mentions WHERE span_id = ?", spanID).Scan(&k); err != nil {
			t.Fatal(err)
		}
		return k
	}
	if kind(late.SpanID) != "figure" || kind(direct.SpanID) != "figure" {
		t.Errorf("figures read: %q accepted at once, %q accepted after a rejection; want figure for both", kind(direct.SpanID), kind(late.SpanID))
	}
	// the late mention's origin is Interfax, already counted: the claim's origins are what
	// they were after the first accept (how the marked mention's "officials said" is read is
	// the origin reader's business, not this test's)
	if d.Origins != first.Origins || strings.Count(d.OriginSummary, "Interfax") != 1 {
		t.Errorf("origins %d, %q; after the first accept %d, %q", d.Origins, d.OriginSummary, first.Origins, first.OriginSummary)
	}
	// one undo takes the late accept back whole: the span rejected again, as it was
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	var state, by string
	if err := ws.DB().QueryRow("SELECT s.state, cm.attribution_by FROM spans s JOIN claim_mentions cm ON cm.span_id = s.id WHERE s.id = ?", late.SpanID).Scan(&state, &by); err != nil {
		t.Fatal(err)
	}
	if state != "rejected" || kind(late.SpanID) != "none" {
		t.Errorf("after undo: %s, value %s; want rejected with no value", state, kind(late.SpanID))
	}
	mustCheck(t, ws)
}
