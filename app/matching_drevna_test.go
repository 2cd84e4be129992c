package app

import (
	"strings"
	"testing"
)

// The uxwalk3 walk (docs/ux-walks.md, finding 12): on the invented Drevna story
// (frontend/e2e/fixtures/drevna), a claim that inspectors warned the operator, marked in
// the wire, must be proposed its three denials in the other words of the one warned
// ("denied that it had received any such warning", "We received no report from the
// inspectorate", "denies receiving any warning"), and each added as a mention that denies
// it. Before r14deny2 Find in other articles proposed none of them.
func TestDrevnaWarningDenialsAreProposed(t *testing.T) {
	_, svc, claim := fixtureWorkspace(t, "drevna", []string{"northgate-wire.txt", "drevna-observer.txt", "radio-sundal.txt", "halvard-times.txt"},
		"inspectors had warned the company in January about cracks in the roof of the tunnel",
		"Inspectors warned Pelgran in January about cracks in the tunnel roof")
	cands, err := svc.Matching.Propose(claim)
	if err != nil {
		t.Fatal(err)
	}
	denials := []string{"Pelgran denied that it had received any such warning.",
		"We received no report from the inspectorate about the roof in that tunnel",
		"Pelgran Mining Corporation denies receiving any warning."}
	var accept []CandidateRef
	for _, d := range denials {
		found := false
		for _, c := range cands {
			if strings.Contains(c.Quote, d) {
				found = true
				accept = append(accept, CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score})
				if !strings.Contains(c.Explanation, "denied") {
					t.Errorf("%q proposed as %q, not as the statement denied", c.Quote, c.Explanation)
				}
			}
		}
		if !found {
			t.Errorf("%q is not proposed", d)
		}
	}
	if t.Failed() {
		for _, c := range cands {
			t.Logf("proposed %.3f %q: %s", c.Score, c.Quote, c.Explanation)
		}
		return
	}
	got, err := svc.Matching.Accept(claim, accept)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range denials {
		for _, m := range got.Mentions {
			if strings.Contains(m.Quote, d) && m.Stance != "denies" {
				t.Errorf("%q added with stance %s, want denies", m.Quote, m.Stance)
			}
		}
	}
}
