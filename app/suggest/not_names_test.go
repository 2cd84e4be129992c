package suggest

import (
	"slices"
	"testing"
)

// Own sentences, written for these tests.

// TestPeopleWordsAreNoNames: words for peoples, faiths and members, and
// adjectives made with a name, are not proposed as people, organisations or
// places; a people's word that is also a state stays a place, and a family
// name that is also a people's word stays a person after the full name.
func TestPeopleWordsAreNoNames(t *testing.T) {
	no := []struct{ text, quote string }{
		{"Hundreds of Tutsi families crossed the border on Monday, aid workers said.", "Tutsi"},
		{"Kurds and Turkmens held separate rallies in the town square.", "Kurds"},
		{"Kurds and Turkmens held separate rallies in the town square.", "Turkmens"},
		{"The Catholics of the parish raised money for a new roof.", "Catholics"},
		{"A Toronto-based lender agreed to buy the insurer for $2 billion.", "Toronto-based"},
		{"Two Bosnian Serbs were detained near the bridge, police said.", "Bosnian Serbs"},
	}
	for _, c := range no {
		for _, s := range Default().Suggest(Document{Text: c.text}) {
			if s.Quote == c.quote && (s.Type == TypePerson || s.Type == TypeOrganisation || s.Type == TypePlace) {
				t.Errorf("%q: %s %q proposed; a people's word is no name", c.text, s.Type, c.quote)
			}
		}
	}
	yes := []struct{ text, typ, quote string }{
		{"Farmers in Missouri expect a smaller harvest after the dry summer.", TypePlace, "Missouri"},
		{"Spinner Damien Brolly took four wickets. Brolly said the pitch turned early.", TypePerson, "Brolly"},
	}
	for _, c := range yes {
		if got := namesQuoted(c.text); !slices.Contains(got, c.typ+":"+c.quote) {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.quote, got)
		}
	}
}

// TestNoNamesInsideEvents: a name inside an event's name ("the Lisbon
// Open") is not proposed on its own, nor is the event as a person or an
// organisation; the same place outside it stays a place.
func TestNoNamesInsideEvents(t *testing.T) {
	text := "Marta Ruiz reached the semifinals of the Lisbon Open on Friday.\nShe flies back to Lisbon next week for the Corvara Cup."
	got := namesQuoted(text)
	for _, bad := range []string{"place:Lisbon Open", "organisation:Lisbon Open", "organisation:Corvara Cup", "place:Corvara", "person:Corvara Cup"} {
		if slices.Contains(got, bad) {
			t.Errorf("%s proposed inside an event's name: %v", bad, got)
		}
	}
	n := 0
	for _, s := range Default().Suggest(Document{Text: text}) {
		if s.Type == TypePlace && s.Quote == "Lisbon" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one place \"Lisbon\" (the second line's, not the event's), got %d: %v", n, got)
	}
}
