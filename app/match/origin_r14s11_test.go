package match

import "testing"

// Readings of who speaks that two stories written blind found missing (r14s11), each on
// text written for this test: an invented storm on the island of Veldra, its ferry
// operator, its power company and its people.

// A statement told over two sentences, the speaker named at the end of the second ("The
// engine failed at noon. It was towed back within two hours, Kestrel Lines said."), is the
// speaker's as a whole, not the outlet's own reporting for its first half.
func TestReadOriginStatementOverTwoSentences(t *testing.T) {
	const text = `Ferry towed back to Veldra

VELDRA, 3 March (Norvak) - The ferry's engine failed at noon. It was towed back to port within two hours, Kestrel Lines said.

The island's only clinic stayed open. It ran on its own generator all night, the clinic's director, Anna Rees, said.`
	cases := []struct{ span, root string }{
		{"The ferry's engine failed at noon. It was towed back to port within two hours", "Kestrel Lines"},
		{"The ferry's engine failed at noon.", ""}, // the first sentence alone names no one: a lead, unattributed
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.span)
		if o := ReadOrigin(text, s, e, "Norvak"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.span, o.Root, o.Cue, c.root)
		}
	}
}
