package match

import "testing"

// A report whose attribution follows it in its sentence ("<report>, the agency said.") is
// the one the next sentence says could not be confirmed, as a report that ends its
// sentence is; a sentence after it that speaks of something else leaves it asserted.
func TestReadStanceUnconfirmedAfterAttributedReport(t *testing.T) {
	const text = "Rebels shot down an army helicopter near the border, a rebel website claimed on Sunday. Reuters could not independently verify the claim. " +
		"The army said two soldiers were hurt in a separate clash, citing a field commander. The clash began at dawn. " +
		"The navy moved three ships to the strait, a navy spokesman said. Reuters could not verify the claim that a fourth ship sank. " +
		"The port reopened on Monday, the port authority said.\n\nThe figure could not be verified."
	cases := []struct{ needle, statement, want string }{
		{"Rebels shot down an army helicopter near the border", "Rebels shot down an army helicopter.", StanceUnconfirmed},
		{"two soldiers were hurt in a separate clash", "Two soldiers were hurt.", StanceAsserts},
		// the next sentence tells another claim it could not verify
		{"The navy moved three ships to the strait", "The navy moved three ships.", StanceAsserts},
		// the next paragraph is another matter
		{"The port reopened on Monday", "The port reopened.", StanceAsserts},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.needle)
		if got, cue := ReadStanceInText(c.statement, text, s, e); got != c.want {
			t.Errorf("%q: %s (%q), want %s", c.needle, got, cue, c.want)
		}
	}
}
