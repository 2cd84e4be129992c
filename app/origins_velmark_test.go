package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The uxwalk5 walk (docs/ux-walks.md, finding 5): on the invented Velmark story
// (frontend/e2e/fixtures/velmark), the ministry's count marked in the Coastline item, the
// wire's "Velmark's health ministry raised its count" and the radio's count "according to
// the Velmark News Agency, which quoted the National Institute of Public Health" added to
// it. The wire's ministry is Velmark's (it read "Government (country not named)"), and the
// Coastline item already rests on it by its name, the Ministry of Health; the radio's chain runs through the agency to the institute (the agency read as
// a government), and the claim has two independent origins, the ministry and the
// institute (it counted three).
func TestVelmarkCountHasTwoIndependentOrigins(t *testing.T) {
	_, svc, claim := fixtureWorkspace(t, "velmark", []string{"coastline-health-desk.html", "pellmar-wire.txt", "radio-alder.txt"},
		"212 people had been infected with sallow fever in Dorran province",
		"The health ministry counted 212 cases of sallow fever in Dorran province")
	for _, q := range []struct{ file, quote string }{
		{"pellmar-wire.txt", "raised its count of sallow fever cases to 340 on Friday"},
		{"radio-alder.txt", "has lowered its count of sallow fever cases to 318"},
	} {
		a, at := articleHolding(t, svc, q.quote)
		if at < 0 {
			t.Fatalf("%q not in %s", q.quote, q.file)
		}
		id := a.ID
		start := int64(utf8.RuneCountInString(a.Body[:at]))
		if _, err := svc.Claims.AddMention(MentionInput{ClaimID: &claim, ArticleID: id, Start: start,
			End: start + int64(utf8.RuneCountInString(q.quote)), Quote: q.quote}); err != nil {
			t.Fatal(err)
		}
	}
	d, err := svc.Claims.Get(claim)
	if err != nil {
		t.Fatal(err)
	}
	chains := map[string]string{}
	for _, m := range d.Mentions {
		var links []string
		for _, l := range m.OriginChain {
			links = append(links, l.Name)
		}
		chains[m.Quote] = strings.Join(links, " ← ")
		t.Logf("%q: %s (origin %q)", m.Quote, chains[m.Quote], m.OriginName)
	}
	for quote, want := range map[string]string{
		"raised its count of sallow fever cases to 340 on Friday": "Pellmar Wire ← Ministry of Health",
		"has lowered its count of sallow fever cases to 318":      "Velmark News Agency ← National Institute of Public Health",
	} {
		if !strings.Contains(chains[quote], want) || strings.Contains(chains[quote], "country not named") {
			t.Errorf("%q reads %q, want it to hold %q", quote, chains[quote], want)
		}
	}
	g, err := svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	if g.Origins != 2 {
		t.Errorf("%d independent origins %q, want 2 (the ministry and the institute)", g.Origins, g.OriginNames)
	}
}

// articleHolding is the workspace's article whose body holds quote, and where (-1 none).
func articleHolding(t *testing.T, svc *Services, quote string) (Article, int) {
	t.Helper()
	list, err := svc.Articles.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if a := article(t, svc, s.ID); strings.Contains(a.Body, quote) {
			return a, strings.Index(a.Body, quote)
		}
	}
	return Article{}, -1
}
