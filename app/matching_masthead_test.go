package app

import (
	"strings"
	"testing"
)

// A masthead in an article that has no outlet (pasted with none, its outlet line not
// where import reads one) states no claim either: a short line of its own at the
// article's head, only capitalised words, no verb's sentence, is the paper's name or a
// section's, not news. Rfix3a's check needed the outlet to know it. Texts written for
// this test; the names are invented.
func TestMastheadWithoutOutletIsNoCandidate(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	mine := "Ferry crews in the Skerry Valley ended their strike on Monday after the operator agreed to a pay rise."
	d := pastedClaim(t, svc, PastedArticle{Title: "Skerry ferries sail again", Outlet: "Vell Harbour Times", PublishedAt: "2026-05-12",
		Body: mine + "\n"}, mine, "Strike ends in the Skerry Valley")
	theirs := "The Skerry Valley ferry strike ended on Monday when crews accepted a pay rise from the operator."
	b, _, _ := pasteOne(t, svc, PastedArticle{Title: "Pay deal ends ferry strike", PublishedAt: "2026-05-12",
		Body: "Pay deal ends ferry strike\n\nSkerry Valley Gazette\n\nBy Ola Brekk\n\n" + theirs + "\n\nPassengers queued at Vell pier from dawn.\n"}, theirs)
	if b.Source != "" {
		t.Logf("the paste read the outlet %q", b.Source)
	}
	p, err := svc.Matching.Proposals(d.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	told := false
	for _, c := range append(p.Candidates, p.Weaker...) {
		if c.ArticleID != b.ID {
			continue
		}
		if strings.HasPrefix(c.Quote, "Skerry Valley Gazette") {
			t.Errorf("the masthead %q proposed at %.3f: %s", c.Quote, c.Score, c.Explanation)
		}
		told = told || strings.HasPrefix(theirs, c.Quote)
	}
	if !told {
		t.Errorf("%q is not shown", theirs)
	}
}
