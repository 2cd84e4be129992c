package suggest

import "testing"

// The desk that filed a wire story is an organisation, whole, not the town
// it is named after (own lines).
func TestNewsDeskIsAnOrganisation(t *testing.T) {
	text := "Copper output at the Kessel mine rose 4 percent in March.\n" +
		"-- Marta Lindqvist , Oslo Newsroom +47 22 555 0101\n" +
		"-- Lima Metals Desk Tel+51 1 555 0199\n"
	ss := Default().Suggest(Document{Text: text})
	for _, q := range []string{"Oslo Newsroom", "Lima Metals Desk"} {
		if got := typeOf(ss, text, q, 0); got != TypeOrganisation {
			t.Errorf("%q: %q, want organisation", q, got)
		}
	}
	if got := typeOf(ss, text, "Marta Lindqvist", 0); got != TypePerson {
		t.Errorf("the reporter: %q, want person", got)
	}
}
