package suggest

import "testing"

// A one-word name that "said its" profit or "said it would" is a company,
// not a person, when no person of that family name is in the story.
func TestCompanySaidIts(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Copper rose on Wednesday after Tarvanto said output at its northern mine had fallen for a third month.\n", "Tarvanto"},
		{"Freight rates climbed after Kelsund said its ships would keep avoiding the strait.\n", "Kelsund"},
	} {
		if got := typeOf(Default().Suggest(Document{Text: c.text}), c.text, c.quote, 0); got != TypeOrganisation {
			t.Errorf("%q in %q: %q, want organisation", c.quote, c.text, got)
		}
	}
	// a person's family name keeps the person
	text := "Coach Maria Ostrander praised the squad. Ostrander said its defence had won the title.\n"
	if got := typeOf(Default().Suggest(Document{Text: text}), text, "Ostrander", 40); got != TypePerson {
		t.Errorf("%q: %q, want person", "Ostrander", got)
	}
}
