package suggest

import "testing"

// A dateline's town in capitals that the gazetteer does not list is the
// place, not an acronym: "MINOT, North Dakota, Sept 2", "TROMSO, Norway".
func TestDatelineTownIsNoAcronym(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"MINOT, North Dakota, Sept 2 (Reuters) - A federal judge on Tuesday blocked a plan.\n", "MINOT"},
		{"BODO, Norway, June 9 - The ferry to the islands was cancelled because of high winds.\n", "BODO"},
	} {
		if got := typeOf(Default().Suggest(Document{Text: c.text}), c.text, c.quote, 0); got != TypePlace {
			t.Errorf("%q in %q: %q, want place", c.quote, c.text, got)
		}
	}
	// an acronym opening a sentence stays an organisation
	text := "NATO, the alliance, met in Brussels on Monday.\n"
	if got := typeOf(Default().Suggest(Document{Text: text}), text, "NATO", 0); got != TypeOrganisation {
		t.Errorf("%q: %q, want organisation", "NATO", got)
	}
}

// The agency in a dateline's brackets ("TARVOS, March 3 (Eastmere Wire) -")
// is an organisation, as "(Reuters)" is, also when its name is not listed.
func TestDatelineAgencyIsAnOrganisation(t *testing.T) {
	text := "TARVOS, March 3 (Eastmere Wire) - Rescuers reached 40 miners trapped at a copper pit north of the capital, Ormeny.\n" +
		"The pit's operator said its crews had been on shift since dawn. Governor Halic told KSTV.\n" +
		"Eastmere Wire said the figures came from the interior ministry.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, skip := range []int{0, 100} {
		if got := typeOf(ss, text, "Eastmere Wire", skip); got != TypeOrganisation {
			t.Errorf("%q after %d: %q, want organisation", "Eastmere Wire", skip, got)
		}
	}
}
