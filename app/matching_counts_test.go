package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Find in other articles on a story written for this test (a fishing fleet lost off an
// invented Kellby): the harbour's other count of the missing is proposed with the figures'
// conflict, and the families' vigil and the broadcaster's question are not proposed (the
// question stays among the weaker matches). uxwalk3's finding 11, in other words.
func TestFindProposesTheCountToldWithAnotherFigure(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	texts := []string{
		"Fleet lost in storm\n\nKELLBY, May 4 (Coast Wire) - Thirty fishermen were missing at sea on Monday after a storm caught the Kellby trawler fleet, the coastguard said.\n\nThe search was called off at dusk.\n",
		"Kellby waits\n\nThe fishermen's cooperative says 41 men were at sea, including six deckhands hired for the season.\n\nFamilies of the fishermen missing at sea gathered at the harbour chapel on Monday night.\n",
		"Storm questions\n\nHow many fishermen are missing?\n\nThe coastguard says thirty, the cooperative says more.\n",
	}
	var files []ImportFile
	for i, s := range texts {
		files = append(files, ImportFile{Name: []string{"wire.txt", "gazette.txt", "radio.txt"}[i], Content: b64(s)})
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != 3 {
		t.Fatalf("import: %v %+v", err, sum)
	}
	wire := sum.Items[0].ArticleID
	a := article(t, svc, wire)
	quote := "Thirty fishermen were missing at sea on Monday after a storm caught the Kellby trawler fleet"
	at := strings.Index(a.Body, quote)
	if at < 0 {
		t.Fatal("quote not in the wire")
	}
	start := int64(utf8.RuneCountInString(a.Body[:at]))
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: wire, Start: start, End: start + int64(utf8.RuneCountInString(quote)), Quote: quote, NewStatement: "30 fishermen missing after the Kellby storm"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := ws.claimCorpus(ws.DB().Q, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ws.proposals(c, d.ID, DefaultMatchThreshold, 200)
	if err != nil {
		t.Fatal(err)
	}
	proposed, weaker := map[string]MatchCandidate{}, map[string]bool{}
	for _, x := range p.Candidates {
		proposed[x.Quote] = x
	}
	for _, x := range p.Weaker {
		weaker[x.Quote] = true
	}
	other := "The fishermen's cooperative says 41 men were at sea, including six deckhands hired for the season."
	if x, ok := proposed[other]; !ok || !strings.Contains(x.Explanation, "41") {
		t.Errorf("%q not proposed with its figure (proposed: %v)", other, candidateQuotes(proposed))
	}
	for _, q := range []string{"How many fishermen are missing?", "Families of the fishermen missing at sea gathered at the harbour chapel on Monday night."} {
		if _, ok := proposed[q]; ok {
			t.Errorf("%q proposed at %.3f", q, proposed[q].Score)
		}
		if !weaker[q] && strings.HasSuffix(q, "?") { // the question still shows when asked for weaker matches
			t.Errorf("%q not among the weaker matches", q)
		}
	}
}

func candidateQuotes(m map[string]MatchCandidate) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
