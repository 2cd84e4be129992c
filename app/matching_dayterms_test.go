package app

import (
	"strings"
	"testing"
)

// The date inside the match score is read by days, as the date conflicts read it: a
// sentence dated a day after the claim across a month's end shares the claim's date as
// much as one dated a day before it, and one dated three weeks away in the same month
// shares none. Compared by month, "1 April" met nothing of "31 March" and "10 March" met
// it fully. Sentences written for this test; the bridge and outlets are invented.
func TestMatchDateTermsByDays(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	mine := "Inspectors closed the Tarsk footbridge to walkers on 31 March after finding a cracked cable."
	d := pastedClaim(t, svc, PastedArticle{Title: "Tarsk footbridge shut", Outlet: "Ovel Courant", PublishedAt: "2026-03-31",
		Body: mine + "\n"}, mine, "A bridge closed")
	told := func(date string) string {
		return "The Tarsk footbridge was shut to walkers on " + date + " when inspectors found a cracked cable."
	}
	for i, date := range []string{"30 March", "1 April", "10 March"} {
		pasteOne(t, svc, PastedArticle{Title: "Footbridge " + date, Outlet: []string{"Brell Post", "Harn Echo", "Lune Daily"}[i],
			PublishedAt: "2026-04-02", Body: told(date) + "\n"}, told(date))
	}
	p, err := svc.Matching.Proposals(d.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	lexical := map[string]float64{}
	for _, c := range append(p.Candidates, p.Weaker...) {
		for _, date := range []string{"30 March", "1 April", "10 March"} {
			if strings.Contains(c.Quote, "on "+date) {
				lexical[date] = c.Lexical
			}
		}
	}
	if _, ok := lexical["30 March"]; !ok {
		t.Fatalf("the sentence dated a day before the claim is not shown: %v", lexical)
	}
	if d := lexical["1 April"] - lexical["30 March"]; d < -1e-3 || d > 1e-3 {
		t.Errorf("1 April (a day after the claim) %.3f, 30 March (a day before) %.3f: want the same", lexical["1 April"], lexical["30 March"])
	}
	if l, shown := lexical["10 March"]; shown && l >= lexical["30 March"] {
		t.Errorf("10 March (three weeks before) %.3f, 30 March %.3f: want less", lexical["10 March"], lexical["30 March"])
	}
}
