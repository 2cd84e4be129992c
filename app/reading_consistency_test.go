package app

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"claimdesk/app/match"
	"claimdesk/app/reading"
	"claimdesk/app/suggest"
)

// phraseGen writes random figure and date phrases from parts written for issue 13.
type phraseGen struct{ r *rand.Rand }

var (
	genHedges  = []string{"", "", "around", "about", "some", "nearly", "almost", "over", "more than", "at least", "fewer than", "up to", "as many as", "just over", "roughly", "an estimated"}
	genNumbers = []string{"11,000", "6,000", "125", "2,500", "40", "300", "1.5 million", "two thousand", "twelve", "20%", "35 percent", "$5 million", "4,800"}
	genVague   = []string{"thousands", "hundreds", "dozens", "several", "a few", "tens of thousands", "a handful"}
	genUnits   = []string{"troops", "soldiers", "people", "workers", "casualties", "performers", "drones", "delegates"}
	genDates   = []string{"last week", "on Friday", "late Monday", "yesterday", "June of last year", "last winter", "earlier this month",
		"in September", "fall 2024", "June 19, 2024", "two days ago", "last month", "next spring", "Oct. 2", "the 1990s", "2023"}
)

func (g phraseGen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g phraseGen) figure() string {
	var num string
	if g.r.IntN(4) == 0 {
		num = g.pick(genVague)
	} else {
		num = g.pick(genNumbers)
		if h := g.pick(genHedges); h != "" {
			num = h + " " + num
		}
	}
	if strings.HasSuffix(num, "%") || strings.HasSuffix(num, "percent") {
		return num
	}
	if strings.HasPrefix(num, "a ") || strings.HasPrefix(num, "tens") || num == "thousands" || num == "hundreds" || num == "dozens" {
		return num + " of " + g.pick(genUnits)
	}
	return num + " " + g.pick(genUnits)
}

// TestOneReadingEverywhere: for random phrases in an article, the suggester, the matcher,
// the claim page (the stored value a mention shows) and the conflict check read them the
// same way.
func TestOneReadingEverywhere(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	g := phraseGen{rand.New(rand.NewPCG(13, 2026))}
	const pub = "2025-06-29"
	var phrases []string
	for range 60 {
		phrases = append(phrases, g.figure())
	}
	for range 30 {
		phrases = append(phrases, g.pick(genDates))
	}
	var b strings.Builder
	b.WriteString("Readings Agree Everywhere\n\nJune 29, 2025\n\n")
	sentences := make([]string, len(phrases))
	for i, p := range phrases {
		sentences[i] = fmt.Sprintf("Item %d: officials said %s were involved.", i+1, p)
		b.WriteString(sentences[i] + "\n\n")
	}
	out := ws.importText(ws.Context(), "readings.txt", []byte(b.String()), "")
	if out.Status != StatusImported {
		t.Fatalf("import: %+v", out)
	}
	a, err := svc.Articles.Get(out.ArticleID)
	if err != nil || a.PublishedAt != pub {
		t.Fatalf("article: %v %q", err, a.PublishedAt)
	}
	sugg := suggest.Default().Suggest(suggest.Document{Text: a.Body, PublishedAt: a.PublishedAt})
	rs := []rune(a.Body)

	claim, err := svc.Claims.Create(ClaimInput{Statement: "readings"})
	if err != nil {
		t.Fatal(err)
	}
	type read struct {
		phrase, text string
		value        reading.Value
	}
	var reads []read
	for i, p := range phrases {
		at := strings.Index(a.Body, sentences[i])
		start := len([]rune(a.Body[:at]))
		end := start + len([]rune(sentences[i]))
		pStart := start + len([]rune(sentences[i][:strings.Index(sentences[i], p)]))
		want := reading.ParseIn(p, sentences[i], pub)

		// the claim page: the value stored with a mention whose figure as written is p
		d, err := svc.Claims.AddMention(MentionInput{ClaimID: &claim.ID, ArticleID: a.ID, Start: int64(start), End: int64(end), Quote: sentences[i], RawValue: p})
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		span := d.Mentions[len(d.Mentions)-1].SpanID
		for _, m := range d.Mentions {
			if m.Start == int64(start) {
				span = m.SpanID
			}
		}
		n, err := svc.Figures.read(span)
		if err != nil {
			t.Fatal(err)
		}
		if n.Normalized.Text != want.Text() {
			t.Errorf("%q: the claim page shows %q, the reading is %q", p, n.Normalized.Text, want.Text())
		}

		// the suggester: the suggestion over the phrase's value carries the same text
		var got []string
		for _, s := range sugg {
			if (s.Type == suggest.TypeNumber || s.Type == suggest.TypeDate) && s.Start >= pStart && s.End <= pStart+len([]rune(p)) {
				got = append(got, s.Normalized)
			}
		}
		if want.Resolved() && (len(got) != 1 || got[0] != want.Text()) && !strings.Contains(p, "Item") {
			t.Errorf("%q: the suggester reads %q, the reading is %q", p, got, want.Text())
		}

		// the matcher: the figures it weighs are the same values
		if want.Kind == reading.KindFigure {
			mf := match.Figures(string(rs[start:end]))
			if len(mf) != 1 || mf[0].Text() != want.Text() {
				t.Errorf("%q: the matcher reads %v, the reading is %q", p, mf, want.Text())
			}
		}
		reads = append(reads, read{p, want.Text(), want})
	}

	// the conflict check and the matcher agree on which pairs conflict
	conflicts, err := svc.Conflicts.ForClaim(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[[2]string]bool{}
	for _, c := range conflicts {
		listed[[2]string{c.A.Normalized.Text, c.B.Normalized.Text}] = true
		listed[[2]string{c.B.Normalized.Text, c.A.Normalized.Text}] = true
	}
	pairs := 0
	for i := range reads {
		for j := i + 1; j < len(reads); j++ {
			x, y := reads[i].value, reads[j].value
			if x.Kind != reading.KindFigure || y.Kind != reading.KindFigure {
				continue
			}
			pairs++
			if conflict := listed[[2]string{x.Text(), y.Text()}]; conflict == match.Compatible(x, y) && x.Text() != y.Text() {
				t.Errorf("%q vs %q: conflict check says conflict=%v, matcher says compatible=%v", reads[i].phrase, reads[j].phrase, conflict, match.Compatible(x, y))
			}
		}
	}
	t.Logf("%d phrases, %d figure pairs compared; %d conflicts listed", len(reads), pairs, len(conflicts))
}
