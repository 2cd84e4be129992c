package match

import "testing"

// Stance readings two stories written blind found missing (r14s11), on sentences written
// for this test (an invented ferry breakdown and storm).
func TestReadStanceCorrectionVerdictAndOpenCause(t *testing.T) {
	cases := []struct{ statement, mention, want string }{
		// a figure corrected with ", not <figure>" states the claim with another figure; it
		// does not deny that it happened
		{"About 300 passengers were stranded on the island", "At least 450 passengers were stranded, not 300", StanceAsserts},
		{"One crew member was injured in the storm", "two crew members were injured, not one", StanceAsserts},
		{"About 2 million households lost power in the storm", "At least 3 million households lost power, not 2 million", StanceAsserts},
		// a plain "not" before a figure still denies: "not 300 but none"
		{"About 300 passengers were stranded on the island", "Not a single passenger was stranded", StanceDenies},
		// the cause not established holds a claim about the cause open
		{"A cracked fuel pipe caused the engine fire", "The cause of the fire has not yet been established.", StanceDoubts},
		{"A cracked fuel pipe caused the engine fire", "What caused the fire has not been determined", StanceDoubts},
	}
	for _, c := range cases {
		got, cue := ReadStanceInText(c.statement, c.mention, 0, len([]rune(c.mention)))
		if got != c.want {
			t.Errorf("%q toward %q: %s (cue %q), want %s", c.mention, c.statement, got, cue, c.want)
		}
	}
}

// A verdict on what was said before, by a pronoun ("The operator calls that a lie."),
// refuses it, as "denies that." does.
func TestReadStanceVerdictByPronoun(t *testing.T) {
	const text = `Crew members say the engine had not been serviced for a year. The operator calls that a lie. Its owner called it nonsense, too. The harbour master does not call it a lie.`
	const statement = "The ferry's engine had not been serviced for a year"
	cases := []struct{ mention, want string }{
		{"calls that a lie", StanceDenies},
		{"called it nonsense", StanceDenies},
		{"does not call it a lie", StanceAsserts}, // not refusing is no denial
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.mention)
		if got, cue := ReadStanceInText(statement, text, s, e); got != c.want {
			t.Errorf("%q: %s (cue %q), want %s", c.mention, got, cue, c.want)
		}
	}
}
