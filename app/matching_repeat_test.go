package app

import (
	"strings"
	"testing"
)

// A repeat later in an article that states the claim is proposed when it tells the
// claim's event (with a participant in common), at the same bar as any sentence (the
// visit scores about 0.51: the margin of 0.25 it used to need kept it out); a sentence of
// that article about another event of the same people is not. Invented articles.
func TestProposeRepeatsInOneArticle(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	for _, p := range []PastedArticle{
		{Title: "Korvin in Tallinn", Outlet: "Harbour Wire", PublishedAt: "2026-02-03", Body: "Finance Minister Alda Korvin arrived in Tallinn on Tuesday for two days of talks on port fees.\n\n" +
			"Korvin and Estonian business leaders discussed port fees in Tallinn on Tuesday evening.\n\n" +
			"Korvin's visit to Tallinn is her first as finance minister.\n\nHer arrival in Tallinn was delayed by fog.\n\n" +
			"Korvin and Estonian officials met in Tallinn on Tuesday to discuss fees.\n\nThe minister, who arrived by train, spoke to reporters on Tuesday."},
		{Title: "Port fees", Outlet: "Baltic Ledger", PublishedAt: "2026-02-04", Body: "Estonian exporters want lower port fees, a trade group said.\n\n" +
			"The group's chairman said freight volumes fell last year."},
	} {
		if _, err := svc.Import.ImportPasted(p); err != nil {
			t.Fatal(err)
		}
	}
	a, s, e := articleWith(t, svc, "", "Finance Minister Alda Korvin arrived in Tallinn on Tuesday")
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: "Finance Minister Alda Korvin arrived in Tallinn on Tuesday"})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	repeat := false
	for _, c := range cands {
		if strings.Contains(c.Quote, "discuss") {
			t.Errorf("another event of the same people proposed as a repeat: %+v", c)
		}
		if strings.Contains(c.Quote, "Korvin's visit to Tallinn") {
			repeat = true
			if !strings.Contains(c.Explanation, "repeat") {
				t.Errorf("the repeat does not say it is one: %q", c.Explanation)
			}
		}
	}
	if !repeat {
		t.Errorf("the repeat of the arrival is not proposed: %+v", cands)
	}
}
