package suggest

import "testing"

// A diary of the week ahead lists companies by what they publish or hold:
// the names before "results", "shareholders", "traffic" or "deal" on a line
// that opens with a day are companies, lists of them too; a place, a
// person and a central bank on the same lines stay what they are.
func TestCompaniesInDiary(t *testing.T) {
	text := "BUSINESS DIARY\n" +
		"Monday: Tarnholt results; Skyvara traffic figures.\n" +
		"Tuesday: Velmora, Quessant and Dorrigan results; Bank of Canada rate decision.\n" +
		"Wednesday: Hollbrand shareholders vote on the Brixley deal in Geneva.\n" +
		"Friday: Ilse Marwood sworn in as mayor of Bergen.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, c := range []struct{ quote, want string }{
		{"Tarnholt", TypeOrganisation}, {"Skyvara", TypeOrganisation},
		{"Velmora", TypeOrganisation}, {"Quessant", TypeOrganisation}, {"Dorrigan", TypeOrganisation},
		{"Hollbrand", TypeOrganisation}, {"Brixley", TypeOrganisation},
		{"Bank of Canada", TypeOrganisation}, {"Geneva", TypePlace},
		{"Ilse Marwood", TypePerson}, {"Bergen", TypePlace},
	} {
		if got := typeOf(ss, text, c.quote, 0); got != c.want {
			t.Errorf("%q in the diary: %q, want %q", c.quote, got, c.want)
		}
	}
	// prose is not a diary: a season's word before "results" is no company
	prose := "Quarterly results lifted the shares. Semifinal results follow below.\n"
	for _, s := range Default().Suggest(Document{Text: prose}) {
		if s.Type == TypeOrganisation {
			t.Errorf("%q in prose: an organisation", s.Quote)
		}
	}
}
