package suggest

import (
	"strings"
	"testing"
)

// A source's employer is an organisation: the name after "a strategist at",
// "analysts at", a person's full name and "of", or a speaker who "told" it
// at the end of a quoted sentence (a newspaper or a broadcaster), whatever
// the model read there; a person's country after "of" stays a place.
func TestSourcesEmployersAreOrganisations(t *testing.T) {
	for _, c := range []struct{ text, quote, want string }{
		{"\"Demand is patchy,\" said Omar Haddad, a strategist at Veldkamp in Amsterdam.", "Veldkamp", TypeOrganisation},
		{"\"Nobody is buying,\" said Lucia Ferri of Brancati Rossi.", "Brancati Rossi", TypeOrganisation},
		{"Prices should ease by March, said Tom Reyes of Culvane.", "Culvane", TypeOrganisation},
		{"Analysts at Strandby expect a cut. A dealer at Morwen said the same.", "Morwen", TypeOrganisation},
		{"\"We want the line built by 2030,\" Duarte told Velorio.", "Velorio", TypeOrganisation},
		{"Colin Baird of Scotland won the first heat.", "Scotland", TypePlace},
		{"The judge told Dwyer he would be sentenced in May.", "Dwyer", TypePerson},
	} {
		ss := Default().Suggest(Document{Text: c.text})
		if got := typeOf(ss, c.text, c.quote, 0); got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.quote, c.text, got, c.want)
		}
	}
}

// An executive's firm ("chief executive of X", "general manager of X") is an
// organisation where the model read a place, and its other mentions follow
// (own sentences).
func TestExecutivesFirmIsAnOrganisation(t *testing.T) {
	text := "Ulrike Brandt, chief executive of Vesterholm, said the plant in Aalborg would close.\n" +
		"The general manager of Tarnvik, Ole Sund, resigned on Monday. Tarnvik has lost money for three years.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, c := range []struct {
		quote string
		skip  int
	}{{"Vesterholm", 0}, {"Tarnvik", 0}, {"Tarnvik", strings.Index(text, "resigned")}} {
		if got := typeOf(ss, text, c.quote, c.skip); got != TypeOrganisation {
			t.Errorf("%q after %d: %q, want organisation", c.quote, c.skip, got)
		}
	}
	if got := typeOf(ss, text, "Aalborg", 0); got != TypePlace {
		t.Errorf("Aalborg: %q, want place", got)
	}
}
