package suggest

import "testing"

func TestDemonymsFromGeo(t *testing.T) {
	for _, w := range []string{"Hungarian", "Burkinabe", "Korean", "African", "Americans", "Israelis", "Welsh", "Soviet", "Arabs"} {
		if !demonyms[w] {
			t.Errorf("%q should be a nationality word", w)
		}
	}
	// state names written as adjectives, the second word of a name, and words
	// that are not adjectives stay out
	for _, w := range []string{"Myanmar", "Vatican", "Zealand", "Rican", "Islander", "Swisss", "Korea"} {
		if demonyms[w] {
			t.Errorf("%q should not be a nationality word", w)
		}
	}
}

// A plural made from an adjective that names a place is the place: "Laos" (Lao) and
// "the Balkans" (Balkan) are proposed as places, not skipped as nationality words.
func TestPluralThatNamesAPlace(t *testing.T) {
	for _, w := range []string{"Laos", "Balkans"} {
		if demonyms[w] {
			t.Errorf("%q is read as a nationality word", w)
		}
	}
	text := "Floods in Laos displaced thousands, and aid agencies working across the Balkans sent teams."
	found := map[string]string{}
	for _, s := range Default().Suggest(Document{Text: text}) {
		found[s.Quote] = s.Type
	}
	for _, w := range []string{"Laos", "Balkans"} {
		if found[w] != "place" {
			t.Errorf("%q suggested as %q; want place (all: %v)", w, found[w], found)
		}
	}
}
