package app

import (
	"strings"
	"testing"
)

// Two outlets that count one thing in one event with other numbers tell one claim and
// contradict each other on its figure: the analyst must see that sentence proposed, not
// under the weaker matches, though its other words differ ("the two hamlets" for "the
// Vessa valley"). A count of another thing beside it is not proposed for it. Sentences
// written for this test; the places and outlets are invented.
func TestSameCountOtherNumberIsProposed(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	mine := "Firefighters ordered about 2,500 residents of the upper Vessa valley to leave their homes on Friday as the blaze spread."
	d := pastedClaim(t, svc, PastedArticle{Title: "Vessa valley fire", Outlet: "Kerrow Herald", PublishedAt: "2026-08-14",
		Body: mine + "\n\nThe fire started in dry scrub near a quarry on Thursday.\n"}, mine, "About 2,500 residents of the Vessa valley were evacuated")
	other := "Around 1,700 people were evacuated from the two hamlets and a campsite, council staff told the Tribune on Saturday."
	unrelated := "A further 300 people stayed with relatives and were not counted."
	pasteOne(t, svc, PastedArticle{Title: "A night in the sports hall", Outlet: "Dunmere Tribune", PublishedAt: "2026-08-15",
		Body: "Families slept in a sports hall in Dunmere after the fire came within a mile of their homes.\n\n" + other + "\n\n" + unrelated + "\n"}, other)
	p, err := svc.Matching.Proposals(d.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range p.Candidates {
		if strings.HasPrefix(other, c.Quote) || strings.HasPrefix(c.Quote, "Around 1,700") {
			found = true
			if len(c.Figures) == 0 || c.Figures[0].Compatible {
				t.Errorf("%q proposed without its figure contradiction: %+v", c.Quote, c.Figures)
			}
		}
		if strings.Contains(c.Quote, "further 300") {
			t.Errorf("another group's count proposed at %.3f: %s", c.Score, c.Explanation)
		}
	}
	if !found {
		for _, c := range p.Weaker {
			t.Logf("weaker %.3f %q: %s", c.Score, c.Quote, c.Explanation)
		}
		t.Errorf("%q is not proposed", other)
	}
}

// pastedClaim pastes p and marks its sentence quote as a mention of a new claim with
// statement.
func pastedClaim(t *testing.T, svc *Services, p PastedArticle, quote, statement string) ClaimDetail {
	t.Helper()
	a, s, e := pasteOne(t, svc, p, quote)
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: quote, NewStatement: statement})
	if err != nil {
		t.Fatal(err)
	}
	return d
}
