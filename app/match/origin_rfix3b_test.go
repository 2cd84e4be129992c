package match

import "testing"

// Readings of who a mention comes from that an analyst's walk through an invented dam
// story (frontend/e2e/fixtures/orrin) found wrong; each article here is written for its
// test, in other words than the walk's.

// "the company" names the firm an earlier sentence opens with even when a relative
// clause stands between the name and its verb ("Tallow Grid, which runs the line,
// denied ..."): the firm, not a vague "company" the claim counts as an origin apart.
func TestReadOriginFirmBeforeARelativeClause(t *testing.T) {
	cases := []rootCase{
		{"Tallow Grid, which runs the power line, said on Friday that the pylon was sound. In a statement, the company said the sparks came from a faulty lamp.",
			"the sparks came from a faulty lamp", "The Fenmoor Gazette", "Tallow Grid"},
		{"Brisk Ferries, who own the vessel, rejected the report. The firm said the ramp had been checked in May.",
			"the ramp had been checked in May", "The Fenmoor Gazette", "Brisk Ferries"},
	}
	checkRoots(t, cases)
}
