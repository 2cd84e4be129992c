package suggest

import "testing"

// In a sports story a town that does what a team does is the club: it
// wins, loses, plays or hosts, another side beats it or wins over it, and
// either side of a "v" fixture. The same towns as places stay places (a
// dateline, "in Leeds"), so do countries (national sides are written as
// the country, and news sets mark them as places), and nothing changes in a
// story without sports words.
func TestClubsInSportsProse(t *testing.T) {
	text := "SOCCER - LEAGUE ONE ROUND-UP\n" +
		"LEEDS, England 2026-10-03\n" +
		"Stockport kept their unbeaten home record on Saturday with a 2-0 win over Barnsley in front of 9,000 fans.\n" +
		"Barnsley have not scored in three matches and Stockport play Doncaster on Tuesday.\n" +
		"Postponed: Oldham v Wigan, Reading v Exeter.\n" +
		"The squad flew back from Reading to Leeds on Sunday, and France beat Wales in Paris.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, c := range []struct {
		quote string
		nth   int
		want  string
	}{
		{"Barnsley", 0, TypeOrganisation}, {"Barnsley", 1, TypeOrganisation}, {"Doncaster", 0, TypeOrganisation},
		{"Oldham", 0, TypeOrganisation}, {"Wigan", 0, TypeOrganisation},
		{"LEEDS", 0, TypePlace}, {"Leeds", 0, TypePlace}, {"Reading", 1, TypePlace},
		{"France", 0, TypePlace}, {"Wales", 0, TypePlace}, {"Paris", 0, TypePlace},
	} {
		if got := typeOf(ss, text, c.quote, nthIndex(text, c.quote, c.nth)); got != c.want {
			t.Errorf("mention %d of %q in sports copy: %q, want %q", c.nth, c.quote, got, c.want)
		}
	}
	// a story's sports words count also where a sentence opens with one
	// ("Striker", "Goalkeeper"), as the model's own cue counts them
	report := "Rochdale climbed to fourth on Saturday with a 2-1 win over Barnsley.\n" +
		"Striker Owen Kells scored both goals, and Barnsley have not won since August.\n" +
		"Goalkeeper Sam Ritter said the season was long.\n"
	rs := Default().Suggest(Document{Text: report})
	for n := range 2 {
		if got := typeOf(rs, report, "Barnsley", nthIndex(report, "Barnsley", n)); got != TypeOrganisation {
			t.Errorf("mention %d of %q in a match report: %q, want organisation", n, "Barnsley", got)
		}
	}
	// no sports story: a town that "won" a prize is the town
	prose := "Barnsley won the award for the best market town on Friday, the council said.\n"
	if got := typeOf(Default().Suggest(Document{Text: prose}), prose, "Barnsley", 0); got == TypeOrganisation {
		t.Errorf("%q outside sports copy: an organisation", "Barnsley")
	}
}
