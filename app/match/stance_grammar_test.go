package match

import "testing"

// Readings of the grammar of stance that the attribution bench (testdata/attribution-bench)
// found wrong, on sentences written for this test.

// A denial negated asserts; so does a negation of a negation; an inverted "Never before
// had ..." says it happened, for the first time.
func TestReadStanceNegatedNegations(t *testing.T) {
	const strike = "The dockers went on strike at the container terminal"
	const talks = "The two sides reached an agreement on grain prices"
	checkStances(t, []stanceCase{
		{"did not dispute", strike, "The port operator did not dispute that the dockers went on strike", StanceAsserts},
		{"has not contested", strike, "The operator has not contested the union's report of a strike at the terminal", StanceAsserts},
		{"not true that no", talks, "It is not true that no agreement on grain prices was reached", StanceAsserts},
		{"not the case that no", talks, "It is not the case that the two sides reached no agreement on grain prices", StanceAsserts},
		{"never before had", strike, "Never before had the dockers gone on strike at the container terminal", StanceAsserts},
		{"not since had", strike, "Not since 1998 had dockers gone on strike at the container terminal", StanceAsserts},
		// still denials
		{"disputed that", strike, "The operator disputed that the dockers went on strike", StanceDenies},
		{"not true that", talks, "It is not true that the two sides reached an agreement on grain prices", StanceDenies},
		{"no agreement", talks, "No agreement on grain prices was reached", StanceDenies},
		{"never went", strike, "The dockers never went on strike at the container terminal", StanceDenies},
		{"not true and no", talks, "The minister said the report was not true and that no agreement on grain prices was reached", StanceDenies},
	})
}
