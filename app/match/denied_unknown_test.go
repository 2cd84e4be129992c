package match

import "testing"

// A claim whose event the lexicon does not know ("The airline raised its fares") is
// denied by a sentence that negates what it says with its own words ("has not raised its
// fares"), or by a denial verb that takes it ("denies dumping"). A negation of the verb
// with another object, or of something else, is no denial of it. Sentences written for
// this test (r14deny3).
func TestDeniedEventTheLexiconDoesNotKnow(t *testing.T) {
	for _, c := range []struct {
		claim, cand, want string
	}{
		{"The airline raised its fares in March", "The airline has not raised its fares this year, its chief executive said", StanceDenies},
		{"The new software will cost the bank 40 jobs", "The software will not cost the bank a single job, its owners insist", StanceDenies},
		{"The tenants' association accepted the landlord's offer", "We have accepted nothing, the association's chairwoman said", StanceDenies},
		{"Guards used tear gas against the crowd outside the prison", "No tear gas was used, the prison service said", StanceDenies},
		{"Residents said the mill dumped waste into the river", "The mill denies dumping anything into the river", StanceDenies},
		{"The airline raised its fares in March", "The airline has not raised its baggage allowance", ""},              // another object
		{"The ministry published the audit in May", "The ministry has not published the budget", ""},                   // another object
		{"Guards used tear gas against the crowd outside the prison", "No one was hurt when guards used tear gas", ""}, // another event, of the lexicon
		{"The airline raised its fares in March", "The airline raised its fares again in June", ""},                    // no denial
		{"The mill dumped waste into the river", "The mill did not dump waste into the river, Sweden says", ""},        // names a country the claim does not
	} {
		ix := NewIndex(nil)
		got, _ := ix.DeniedGate(withCountries(c.claim), withCountries(c.cand))
		if got != c.want {
			t.Errorf("%q / %q: %q, want %q", c.claim, c.cand, got, c.want)
		}
	}
}

// withCountries is NewFeatures with the countries the text names as terms, as the app
// reads a sentence (featuresWith).
func withCountries(text string) Features {
	f := NewFeatures(text, nil)
	for _, c := range Countries(text, text) {
		f.Terms[c] = 1
	}
	return f
}
