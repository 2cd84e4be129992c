package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// orrinWorkspace imports the invented dam story the analyst's walk used
// (frontend/e2e/fixtures/orrin, written for the project) and marks the wire's sentence
// quote as a mention of a new claim with statement; it returns the claim's id.
func orrinWorkspace(t *testing.T, quote, statement string) (*Workspace, *Services, int64) {
	t.Helper()
	return fixtureWorkspace(t, "orrin", []string{"meridian-wire.txt", "valley-courier.txt", "radio-breska.txt", "continental-relay.txt"}, quote, statement)
}

// fixtureWorkspace imports the files of a walk's fixture (frontend/e2e/fixtures/<name>)
// and marks quote in the first of them as a mention of a new claim with statement.
func fixtureWorkspace(t *testing.T, name string, names []string, quote, statement string) (*Workspace, *Services, int64) {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, true)
	dir := filepath.Join("..", "frontend", "e2e", "fixtures", name)
	var files []ImportFile
	for _, f := range names {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, ImportFile{Name: f, Content: b64(string(b))})
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != len(files) {
		t.Fatalf("import: %d of %d, %v", sum.Imported, len(files), err)
	}
	first := sum.Items[0].ArticleID
	a := article(t, svc, first)
	at := strings.Index(a.Body, quote)
	if at < 0 {
		t.Fatalf("%q not in %s", quote, names[0])
	}
	start := int64(utf8.RuneCountInString(a.Body[:at]))
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: first, Start: start, End: start + int64(utf8.RuneCountInString(quote)),
		Quote: quote, NewStatement: statement})
	if err != nil {
		t.Fatal(err)
	}
	return ws, svc, d.ID
}

// orrinProposals is every sentence Find in other articles shows for the claim: the
// proposals and the weaker matches under them.
func orrinProposals(t *testing.T, ws *Workspace, claimID int64) []MatchCandidate {
	t.Helper()
	c, err := ws.claimCorpus(ws.DB().Q, claimID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ws.proposals(c, claimID, DefaultMatchThreshold, 200)
	if err != nil {
		t.Fatal(err)
	}
	return append(p.Candidates, p.Weaker...)
}

// A line that only names the article's outlet, its reporter or its date (a masthead, a
// byline, a date line) states no claim: it was proposed at 46 % as the evacuation.
func TestOrrinMastheadIsNoCandidate(t *testing.T) {
	ws, _, claim := orrinWorkspace(t, "Authorities ordered about 6,000 residents of the lower Orrin valley to leave their homes on Tuesday",
		"About 6,000 residents of the Orrin valley were evacuated")
	for _, c := range orrinProposals(t, ws, claim) {
		switch c.Quote {
		case "Orrin Valley Courier", "By Hanna Veltz", "Wednesday 2 December 2026", "Radio Breska News",
			"Updated 2 December 2026, 09:10", "Continental News Service | 2 December 2026, 14:30":
			t.Errorf("%q (%s) proposed at %.3f: %s", c.Quote, c.Source, c.Score, c.Explanation)
		}
	}
}

// "on Monday" in an article of 2 December is 30 November, a day from the claim's Tuesday
// 1 December: no date conflict, though the months differ.
func TestOrrinMonthEndIsNoDateConflict(t *testing.T) {
	ws, _, claim := orrinWorkspace(t, "Authorities ordered about 6,000 residents of the lower Orrin valley to leave their homes on Tuesday after engineers opened the emergency spillway of the Lake Orrin dam",
		"The emergency spillway of the Lake Orrin dam was opened and residents evacuated")
	found := false
	for _, c := range orrinProposals(t, ws, claim) {
		if strings.HasPrefix(c.Quote, "The spillway was opened on Monday") {
			found = true
			if c.DateConflict {
				t.Errorf("%q: a date conflict a day apart: %s", c.Quote, c.Explanation)
			}
		}
	}
	if !found {
		t.Error("the relay's 'The spillway was opened on Monday' is not shown")
	}
}

// "brothers aged 34 and 37" are two people's ages, not counts against "two people".
func TestOrrinAgesAreNoFigures(t *testing.T) {
	ws, _, claim := orrinWorkspace(t, "Two people were reported missing near Lesk after their car was swept off a flooded road late on Monday",
		"Two people are missing after their car was swept away near Lesk")
	found := false
	for _, c := range orrinProposals(t, ws, claim) {
		if !strings.HasPrefix(c.Quote, "Two men from Lesk, brothers aged 34 and 37") {
			continue
		}
		found = true
		for _, f := range c.Figures {
			if !f.Compatible {
				t.Errorf("figures differ: %s vs %s (%s)", f.Claim, f.Candidate, c.Explanation)
			}
		}
	}
	if !found {
		t.Error("the Courier's missing brothers are not shown")
	}
}
