package suggest

import "testing"

// An institution named "X of <place>" is the institution: its head word is
// the one before "of", not the place's last word ("Town" of "Cape Town"),
// also after "at", where a name ending in a venue's head word is the venue.
func TestHeadWordBeforeOfNamesTheInstitution(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"The University of Cape Town said on Monday it would shut its medical school for a week.", "University of Cape Town"},
		{"Geologists at the University of Cape Town dated the bones.", "University of Cape Town"},
		{"The Transit Authority of Salt Lake City raised fares on Friday.", "Transit Authority of Salt Lake City"},
	} {
		ss := Default().Suggest(Document{Text: c.text})
		if got := typeOf(ss, c.text, c.quote, 0); got != TypeOrganisation {
			t.Errorf("%q in %q: %q, want organisation", c.quote, c.text, got)
		}
	}
}
