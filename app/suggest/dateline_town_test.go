package suggest

import "testing"

// A dateline's town in capitals is a place whatever its length, under a
// headline too (the wire of the Corvale walk: "TALLINGER, April 16, 2026
// (Brightwater Newswire) —" missed), and the agency in its brackets before a
// dash of any length is the organisation.
func TestALongDatelineTownIsAPlace(t *testing.T) {
	for _, text := range []string{
		"BRANDSHOLT, June 2, 2026 (Eastmere Wire) - Ostrava Metals reported a loss for the year.\n",
		"Metals maker reports loss\n\nBRANDSHOLT, June 2, 2026 (Eastmere Wire) — Ostrava Metals reported a loss for the year.\n",
	} {
		ss := Default().Suggest(Document{Text: text})
		if got := typeOf(ss, text, "BRANDSHOLT", 0); got != TypePlace {
			t.Errorf("%q in %q: %q, want place", "BRANDSHOLT", text, got)
		}
		if got := typeOf(ss, text, "Eastmere Wire", 0); got != TypeOrganisation {
			t.Errorf("%q in %q: %q, want organisation", "Eastmere Wire", text, got)
		}
	}
}

// A dateline with no date, a town in capitals and a dash before a sentence
// (the Halvard report of the Drevna walk), names a place, not an acronym's
// organisation; a sports line in capitals before a dash is no dateline.
func TestAnUndatedDatelineTownIsAPlace(t *testing.T) {
	for _, text := range []string{
		"Ferry sinks in the bay\n\nMORVIKEN — Divers searched the harbour for a second day on Friday.\n",
		"MORVIKEN - Divers searched the harbour for a second day on Friday.\n",
	} {
		ss := Default().Suggest(Document{Text: text})
		if got := typeOf(ss, text, "MORVIKEN", 0); got != TypePlace {
			t.Errorf("%q in %q: %q, want place", "MORVIKEN", text, got)
		}
	}
	sports := "ROWING - HOLM WINS SINGLE SCULLS\n\nThe Norwegian won by two lengths.\n"
	if got := typeOf(Default().Suggest(Document{Text: sports}), sports, "ROWING", 0); got == TypePlace {
		t.Errorf("%q in %q: a place", "ROWING", sports)
	}
}
