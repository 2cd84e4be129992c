package suggest

import "testing"

// The radio copy of the Corvale walk (docs/ux-walks.md, uxwalk4 finding 5), in
// other words: a headline "Hallbrook spokesman: ..." makes "Hallbrook" a
// person, and the alias rule then cut "Hallbrook Dairies" down to that
// person. A one-word name that is the first word of an organisation the same
// article names is that organisation; a person of that family name keeps it.
func TestFirstWordOfAnOrganisationIsIt(t *testing.T) {
	const text = "Hallbrook spokesman: \"every invoice was paid\"\n\n" +
		"Hallbrook Dairies has rejected claims that it underpaid farmers. \"We paid every invoice on time,\" spokesman Piet Olsen said on Monday.\n\n" +
		"Update, May 5: Hallbrook said on Tuesday that Mr Olsen had spoken too soon. Hallbrook will publish the invoices.\n"
	ss := Default().Suggest(Document{Text: text})
	if got := typeOf(ss, text, "Hallbrook Dairies", 0); got != TypeOrganisation {
		t.Errorf("%q: %q, want organisation", "Hallbrook Dairies", got)
	}
	for _, n := range []int{0, 2, 3} {
		if got := typeOf(ss, text, "Hallbrook", nthIndex(text, "Hallbrook", n)); got != TypeOrganisation {
			t.Errorf("mention %d of %q: %q, want organisation", n, "Hallbrook", got)
		}
	}
	// the founder's family name stays the founder
	const founder = "Greta Marwick founded Marwick Textiles in 1990. Marwick said on Monday that she would retire.\n"
	if got := typeOf(Default().Suggest(Document{Text: founder}), founder, "Marwick", nthIndex(founder, "Marwick", 2)); got != TypePerson {
		t.Errorf("%q after %q: %q, want person", "Marwick", "Greta Marwick", got)
	}
}
