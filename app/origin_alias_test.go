package app

import (
	"strings"
	"testing"
)

// A body named in one article ("the Ministry of Fisheries") and called by a short name
// the analyst filed as its alias in another ("the fisheries ministry", with no country
// named) is one origin: the workspace knows the entity and its alias, so the mention's
// origin is the entity's name, not "Government (country not named)". Texts written for
// this test; the names are invented.
func TestOriginByTheWorkspacesAlias(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	if _, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Ministry of Fisheries", Aliases: []string{"fisheries ministry"}}); err != nil {
		t.Fatal(err)
	}
	mine := "The Ministry of Fisheries said on Friday that the cod quota for the Bresk bank would be cut by a third."
	d := pastedClaim(t, svc, PastedArticle{Title: "Cod quota cut", Outlet: "Vell Harbour Times", PublishedAt: "2026-05-15", Body: mine + "\n"}, mine, "The Bresk bank cod quota is cut by a third")
	theirs := "The Bresk bank cod quota will be cut by a third, the fisheries ministry told skippers on Friday."
	b, bs, be := pasteOne(t, svc, PastedArticle{Title: "Skippers angry at quota", Outlet: "Skerry Gazette", PublishedAt: "2026-05-16", Body: theirs + "\n"}, theirs)
	cid := d.ID
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: b.ID, Start: bs, End: be, Quote: theirs, ClaimID: &cid})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		if m.ArticleID == b.ID && m.OriginName != "Ministry of Fisheries" {
			t.Errorf("%q: origin %q (%s), want the Ministry of Fisheries", theirs, m.OriginName, strings.Join([]string{m.ChannelText}, ""))
		}
	}
}
