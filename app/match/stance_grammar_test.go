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

// Hearsay no one is named for is unconfirmed ("there were reports that", "rumours of",
// "word is that"); denied hearsay is still a denial.
func TestReadStanceHearsay(t *testing.T) {
	const closure = "The sawmill will close at the end of the year"
	checkStances(t, []stanceCase{
		{"there were reports", closure, "There were reports that the sawmill will close at the end of the year", StanceUnconfirmed},
		{"rumours of", closure, "Rumours of the sawmill closing at the end of the year unsettled the town", StanceUnconfirmed},
		{"word is that", closure, "Word among the workers is that the sawmill will close at the end of the year", StanceUnconfirmed},
		{"dismissed rumours", closure, "The owners dismissed rumours that the sawmill will close at the end of the year", StanceDenies},
		{"reported, with a source", closure, "The county paper reported that the sawmill will close at the end of the year", StanceAsserts},
	})
}

// A mention marked without the words around it is read with them: the frame its sentence
// opens it with ("AFP could not verify the claim that <mention>") and the sentence right
// after it that says the report could not be confirmed.
func TestReadStanceInTextAround(t *testing.T) {
	const text = "Villagers said the river had burst its banks at two places. The Tidewater Post could not independently verify their account. " +
		"The agency was unable to confirm the claim that 40 homes had been swept away. Word in the valley is that the dam gate jammed. " +
		"Engineers said the levee held. Officials said the road to the valley was closed. They said it would reopen on Monday. " +
		"It was not clear whether the ferry had sailed."
	cases := []struct{ needle, statement, want string }{
		{"the river had burst its banks at two places", "The river burst its banks.", StanceUnconfirmed},
		{"the claim that 40 homes had been swept away", "40 homes were swept away.", StanceUnconfirmed},
		{"the dam gate jammed", "The dam gate jammed.", StanceUnconfirmed},
		{"the levee held", "The levee held.", StanceAsserts},
		{"the road to the valley was closed", "The road to the valley was closed.", StanceAsserts},
		{"the ferry had sailed", "The ferry sailed.", StanceDoubts},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.needle)
		if got, cue := ReadStanceInText(c.statement, text, s, e); got != c.want {
			t.Errorf("%q: %s (%q), want %s", c.needle, got, cue, c.want)
		}
	}
}
