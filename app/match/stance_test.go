package match

import "testing"

// Phrases written for this test (not from any gold story).
func TestReadStance(t *testing.T) {
	const claim = "The ministry approved the new pipeline route"
	cases := []struct{ statement, mention, want string }{
		{claim, "The ministry approved the new pipeline route on Tuesday", StanceAsserts},
		{claim, "Officials denied that the ministry had approved any pipeline route", StanceDenies},
		{claim, "The ministry has not approved the pipeline route", StanceDenies},
		{claim, "The ministry never approved a route for the pipeline", StanceDenies},
		{claim, "Reports that the ministry approved the route are a fabrication", StanceDenies},
		{claim, "It is unclear whether the ministry approved the route", StanceDoubts},
		{claim, "The approval could not be independently verified", StanceUnconfirmed},
		// a negation about something else is no denial of the claim
		{claim, "The ministry approved the pipeline route, and no protests were held", StanceAsserts},
		// a negative claim is asserted by a negative mention
		{"No agreement was reached on the tariff", "No agreement on the tariff was reached after talks", StanceAsserts},
		{claim, "Nobody at the ministry doubts the decision was sound; it approved the route", StanceAsserts},
		// a denial that names the claim's kind of event in other words ("signed" / "concluded")
		{"The two firms signed a merger agreement in May", "The board rejected reports that any deal had been concluded", StanceDenies},
		// a negation after the verb it denies
		{"The council accepted the new budget plan", "\"We have accepted nothing,\" the mayor said", StanceDenies},
		// an open question is a doubt
		{claim, "Whether the ministry has approved the route remains an open question", StanceDoubts},
	}
	for _, c := range cases {
		if got, cue := ReadStance(c.statement, c.mention); got != c.want {
			t.Errorf("%q: %s (%q), want %s", c.mention, got, cue, c.want)
		}
	}
	if !Opposed(StanceAsserts, StanceDenies) || Opposed(StanceAsserts, StanceDoubts) || !IsStance("unconfirmed") || IsStance("disputes") {
		t.Error("vocabulary")
	}
}
