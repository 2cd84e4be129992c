package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// addFixtureMention marks quote in the fixture article whose body holds it as a mention
// of claim, as the analyst does in the reader.
func addFixtureMention(t *testing.T, svc *Services, ids []int64, claim int64, quote string) ClaimDetail {
	t.Helper()
	for _, id := range ids {
		if strings.Contains(article(t, svc, id).Body, quote) {
			return markSentence(t, svc, id, claim, quote)
		}
	}
	t.Fatalf("%q in no article", quote)
	return ClaimDetail{}
}

// The uxwalk4 walk (docs/ux-walks.md, findings 1 and 2): the company's own sales figure,
// marked in the Ledger ("Corvale Foods Group"), the Courier ("Corvale said last Tuesday")
// and the wire ("Corvale Foods reported"), is one origin, the company: not two names of it
// and a government.
func TestCorvaleSalesFigureIsOneOrigin(t *testing.T) {
	_, svc, claim := fixtureWorkspace(t, "corvale", []string{"harbour-ledger.html", "brightwater-newswire.txt", "valley-courier.txt", "radio-meridian.txt"},
		"Corvale Foods Group reported sales of 412 million talers for the first quarter on Tuesday",
		"Corvale Foods reported first-quarter sales of 412 million talers")
	arts, err := svc.Articles.List()
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	addFixtureMention(t, svc, ids, claim, "Corvale said last Tuesday that sales reached 412 million talers.")
	d := addFixtureMention(t, svc, ids, claim, "Corvale Foods reported quarterly sales of 412 million talers")
	for _, m := range d.Mentions {
		t.Logf("%s: %q origin %q chain %s", m.Source, m.Quote, m.OriginName, chainText(m.OriginChain))
	}
	if d.Origins != 1 {
		t.Errorf("%s: %d origins, want 1 (the company)", d.OriginSummary, d.Origins)
	}
	for _, m := range d.Mentions {
		if !strings.HasPrefix(m.OriginName, "Corvale Foods") {
			t.Errorf("%s: %q rests on %q, want the company", m.Source, m.Quote, m.OriginName)
		}
	}
	g, err := svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	if g.Credibility == 1 {
		t.Errorf("suggested %d %s on %v: the company's own figure is not confirmed by other sources", g.Credibility, g.Label, g.OriginNames)
	}
	// finding 2: "..., the note said." after "according to a note from its auditor, Fenwick
	// & Rusk": the auditor's, and no source called "the note"
	note := addFixtureMention(t, svc, ids, claim, "Without the land sale, underlying sales were roughly 375 million talers, almost flat on a year earlier, the note said.")
	for _, m := range note.Mentions {
		if strings.HasPrefix(m.Quote, "Without the land sale") && m.OriginName != "Fenwick & Rusk" {
			t.Errorf("%q rests on %q, want Fenwick & Rusk", m.Quote, m.OriginName)
		}
	}
	srcs, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if strings.EqualFold(s.Name, "the note") || strings.HasPrefix(s.Name, "Government") {
			t.Errorf("source %q", s.Name)
		}
	}
}

// markSentence marks quote in article id as a mention of claim (a new claim when claim is 0).
func markSentence(t *testing.T, svc *Services, id, claim int64, quote string) ClaimDetail {
	t.Helper()
	a := article(t, svc, id)
	at := strings.Index(a.Body, quote)
	if at < 0 {
		t.Fatalf("%q not in article %d", quote, id)
	}
	start := int64(utf8.RuneCountInString(a.Body[:at]))
	in := MentionInput{ArticleID: id, Start: start, End: start + int64(utf8.RuneCountInString(quote)), Quote: quote}
	if claim == 0 {
		in.NewStatement = quote
	} else {
		in.ClaimID = &claim
	}
	d, err := svc.Claims.AddMention(in)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// One body under two of its names, across two articles, is one origin: a name that is the
// other plus a legal or group word ("Norrvik Mills Group", "Norrvik Mills"), or two
// names the workspace files as one organisation's aliases ("Tolva Dairy Company", "Tolvagard").
func TestOneBodyUnderTwoNamesIsOneOrigin(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	if _, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Tolva Dairy Company", Aliases: []string{"Tolvagard"}}); err != nil {
		t.Fatal(err)
	}
	a := importText(t, svc, "gazette.txt", "Ferry tickets will cost more\n\nNorrvik Mills Group said on Monday that flour prices would rise by a fifth in May.\n\nTolva Dairy Company said milk deliveries to the island would stop for a week.")
	b := importText(t, svc, "courier.txt", "Island fares up\n\nFlour prices would rise by a fifth in May, Norrvik Mills said.\n\nMilk deliveries to the island will stop for a week, Tolvagard said.")
	for _, c := range []struct{ first, second string }{
		{"Norrvik Mills Group said on Monday that flour prices would rise by a fifth in May.", "Flour prices would rise by a fifth in May, Norrvik Mills said."},
		{"Tolva Dairy Company said milk deliveries to the island would stop for a week.", "Milk deliveries to the island will stop for a week, Tolvagard said."},
	} {
		d := markSentence(t, svc, a, 0, c.first)
		d = markSentence(t, svc, b, d.ID, c.second)
		if d.Origins != 1 {
			t.Errorf("%q and %q: %s", c.first, c.second, d.OriginSummary)
		}
	}
	// two bodies whose names share a word stay two
	d := markSentence(t, svc, a, 0, "Norrvik Mills Group said on Monday that flour prices would rise by a fifth in May.")
	c := importText(t, svc, "post.txt", "Fares\n\nFlour prices would rise by a fifth in May, Norrvik Bakeries said.")
	if d = markSentence(t, svc, c, d.ID, "Flour prices would rise by a fifth in May, Norrvik Bakeries said."); d.Origins != 2 {
		t.Errorf("Norrvik Mills Group and Norrvik Bakeries: %s", d.OriginSummary)
	}
}
