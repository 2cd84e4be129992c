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
