package suggest

import (
	"strings"
	"testing"
)

// An election's results list parties: in brackets after each candidate
// with the votes, and as the rows of a table of seats. A country in
// brackets after a runner stays a place, and so does a district in a table
// of results by district.
func TestPartiesInElectionResults(t *testing.T) {
	text := "ELECTION - RESULT IN DUNFERMLINE\n" +
		"Votes for each candidate:\n" +
		"Morag Lindsay ( Scottish Greens ) 12,310\n" +
		"Alasdair Keir ( Labour ) 10,944\n" +
		"Petra Halloran ( Alba ) 2,087\n" +
		"Seats in the regional assembly:\n" +
		"Social Liberals   21   ( 18 )\n" +
		"Heimat   9   ( 12 )\n" +
		"Kinross   4,120   ( 61.2 )\n" +
		"Alasdair Keir   10,944\n" +
		"Turnout: 58.1 percent.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, c := range []struct{ quote, want string }{
		{"Scottish Greens", TypeOrganisation}, {"Labour", TypeOrganisation}, {"Alba", TypeOrganisation},
		{"Social Liberals", TypeOrganisation}, {"Heimat", TypeOrganisation},
		{"Alasdair Keir", TypePerson}, {"Kinross", TypePlace},
	} {
		if got := typeOf(ss, text, c.quote, 0); got != c.want {
			t.Errorf("%q in election results: %q, want %q", c.quote, got, c.want)
		}
	}
	if got := typeOf(ss, text, "Alasdair Keir", strings.LastIndex(text, "Alasdair Keir")); got == TypeOrganisation {
		t.Errorf("%q opening a table row: an organisation", "Alasdair Keir")
	}
	// a race's results are no election
	race := "ATHLETICS - RESULTS\n1. Ruth Kamau ( Kenya ) 2:21:09\n2. Alba Ferrer ( Spain ) 2:22:40\n"
	if got := typeOf(Default().Suggest(Document{Text: race}), race, "Kenya", 0); got != TypePlace {
		t.Errorf("%q after a runner: %q, want place", "Kenya", got)
	}
}
