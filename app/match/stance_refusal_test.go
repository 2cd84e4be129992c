package match

import "testing"

// A mention that only refuses what was said before it ("The council denies that.") takes
// the opposite stance of what it refuses. Articles written for this test (invented events).
func TestReadStanceInTextRefusal(t *testing.T) {
	const article = `Dam gates opened, villages flooded

The water board opened all six gates of the dam on Sunday, residents said. The board denies that.

Farmers say the board gave no warning. The board rejects this, saying sirens sounded for an hour.

The mayor says the spillway was never inspected; the board disputes it.

"We never opened the gates," a board engineer said. Villagers do not accept that.

The board's chairman did not deny it.`
	const opened = "The water board opened all six gates of the dam"
	const noWarning = "The board gave no warning before opening the gates"
	cases := []struct{ statement, mention, want string }{
		// refusing an assertion of the statement denies it
		{opened, "The board denies that.", StanceDenies},
		// refusing a denial of the statement (here: a negative statement asserted) ...
		{noWarning, "The board rejects this", StanceDenies},
		// ... the words before it in its sentence are what it refuses
		{"The spillway was never inspected", "the board disputes it", StanceDenies},
		// refusing a denial of the statement asserts it
		{opened, "Villagers do not accept that.", StanceAsserts},
		// not refusing is no denial
		{opened, "The board's chairman did not deny it.", StanceAsserts},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, article, c.mention)
		if got, cue := ReadStanceInText(c.statement, article, s, e); got != c.want {
			t.Errorf("%q toward %q: %s (%q), want %s", c.mention, c.statement, got, cue, c.want)
		}
	}
}

// Saying the opposite denies a negative statement too. Phrases written for this test.
func TestReadStanceDisagreementWithANegativeStatement(t *testing.T) {
	const negative = "The guards did not carry weapons"
	for _, c := range []struct{ mention, want string }{
		{"The prisoners' families say the opposite", StanceDenies},
		{"The union sees it differently", StanceDenies},
		{"The guards carried no weapons at all", StanceAsserts},
	} {
		if got, cue := ReadStance(negative, c.mention); got != c.want {
			t.Errorf("%q: %s (%q), want %s", c.mention, got, cue, c.want)
		}
	}
}

// Talks that ended "without" the agreement deny it; "without" that says how something was
// done denies nothing. Phrases written for this test.
func TestReadStanceEndedWithout(t *testing.T) {
	const signed = "The two unions signed a wage agreement with the port"
	for _, c := range []struct{ mention, want string }{
		{"the talks at the port ended without an agreement", StanceDenies},
		{"The meeting broke up without a signed agreement", StanceDenies},
		{"The unions signed the agreement without delay", StanceAsserts},
	} {
		if got, cue := ReadStance(signed, c.mention); got != c.want {
			t.Errorf("%q: %s (%q), want %s", c.mention, got, cue, c.want)
		}
	}
}
