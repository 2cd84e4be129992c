package app

import (
	"strings"
	"testing"
)

// A proposal made before its article got a new version is stale: accepting (or rejecting)
// it would put a mention on the old version, which proposals and the reader's newest text
// no longer show, and which the new version never receives. It is refused with conflict,
// naming the new version, and nothing changes. Invented articles.
func TestDecideOnAnOldVersionIsRefused(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const mine = "The Orsk bridge was closed to lorries on Friday after cracks were found in its main span"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Bridge closed", Outlet: "Steppe Post", PublishedAt: "2026-05-08",
		Body: mine + ", engineers said.\n"}, mine)
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "The Orsk bridge was closed to lorries", ArticleID: a.ID, Start: s, End: e, Quote: mine})
	if err != nil {
		t.Fatal(err)
	}
	const theirs = "The Orsk bridge was closed to lorries on Friday after engineers found cracks in its main span."
	b, _, _ := pasteOne(t, svc, PastedArticle{Title: "Orsk bridge", Outlet: "River Wire", PublishedAt: "2026-05-08", URL: "https://river.example/orsk",
		Body: theirs + "\n\nA detour adds 40 km.\n"}, theirs)
	cands, err := svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	var stale []CandidateRef
	for _, c := range cands {
		if c.ArticleID == b.ID && strings.Contains(c.Quote, "cracks") {
			stale = append(stale, CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score})
		}
	}
	if len(stale) != 1 {
		t.Fatalf("want River Wire's sentence proposed: %+v", cands)
	}
	// River Wire revises its story: the same URL, a new version
	sum, err := svc.Import.ImportPasted(PastedArticle{Title: "Orsk bridge", Outlet: "River Wire", PublishedAt: "2026-05-08", URL: "https://river.example/orsk",
		Body: theirs + "\n\nA detour adds 40 km, the roads office said.\n"})
	if err != nil || sum.Items[0].Status != StatusVersion {
		t.Fatalf("the revision: %+v %v", sum.Items, err)
	}
	newID := sum.Items[0].ArticleID
	before := countRows(t, ws, "spans", "claim_mentions", "audit_log")
	_, err = svc.Matching.Accept(d.ID, stale)
	wantCode(t, err, CodeConflict, "newer version")
	_, err = svc.Matching.Reject(d.ID, stale)
	wantCode(t, err, CodeConflict, "newer version")
	if after := countRows(t, ws, "spans", "claim_mentions", "audit_log"); after["spans"] != before["spans"] || after["claim_mentions"] != before["claim_mentions"] || after["audit_log"] != before["audit_log"] {
		t.Errorf("a refused decision changed rows: %v -> %v", before, after)
	}
	// proposed again, the sentence is on the new version, and accepting it works
	cands, err = svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	var fresh []CandidateRef
	for _, c := range cands {
		if c.ArticleID == b.ID {
			t.Errorf("the old version is proposed: %+v", c)
		}
		if c.ArticleID == newID && strings.Contains(c.Quote, "cracks") {
			fresh = append(fresh, CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score})
		}
	}
	if len(fresh) != 1 {
		t.Fatalf("want the new version's sentence proposed: %+v", cands)
	}
	if d, err = svc.Matching.Accept(d.ID, fresh); err != nil {
		t.Fatal(err)
	}
	if m := mentionIn(t, d, newID); m.State != "accepted" {
		t.Errorf("the new version's mention: %+v", m)
	}
}
