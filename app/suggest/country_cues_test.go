package suggest

import (
	"strings"
	"testing"
)

// A country the story itself presents as one ("Dunmark's transport
// ministry", "the government of Dunmark", "in Dunmark's capital",
// "Dunmarkian farmers") is a place at every mention of its name alone, though
// the model, never having seen the name, reads an organisation (uxwalk5
// finding 8, "Velmark's health ministry"). A longer name that begins with
// it ("the Dunmark Rail Company") stays the organisation.
func TestACountryTheStoryPresentsAsOneIsAPlace(t *testing.T) {
	for _, text := range []string{
		"Dunmark's transport ministry said on Monday that train fares would rise by a tenth in March.\n",
		"The government of Dunmark said on Monday that train fares would rise. Dunmark has not raised them since 2019.\n",
		"Crowds gathered in Dunmark's capital on Sunday. Dunmark has seen three weeks of protests over fuel prices.\n",
		"Dunmarkian farmers blocked the roads again. Dunmark said the blockade was unlawful and cost the Dunmark Rail Company a week of freight.\n",
	} {
		ss := Default().Suggest(Document{Text: text})
		for n := 0; n < strings.Count(text, "Dunmark"); n++ {
			at := nthIndex(text, "Dunmark", n)
			at += strings.Index(text[at:], "Dunmark")
			if strings.HasPrefix(text[at:], "Dunmarkian") || strings.HasPrefix(text[at:], "Dunmark Rail") {
				continue
			}
			if got := typeOf(ss, text, "Dunmark", at); got != TypePlace {
				t.Errorf("%q: mention %d of Dunmark is %q, want place", text, n, got)
			}
		}
		if at := strings.Index(text, "Dunmark Rail Company"); at >= 0 {
			if got := typeOf(ss, text, "Dunmark Rail Company", at); got != TypeOrganisation {
				t.Errorf("%q: the Dunmark Rail Company is %q, want organisation", text, got)
			}
		}
	}
}

// A guard: a person's government is theirs ("Prime Minister Edda Tarrow ...
// Tarrow's government") and keeps the person.
func TestAPersonsGovernmentKeepsThePerson(t *testing.T) {
	const text = "Prime Minister Edda Tarrow called an early vote on Monday. Tarrow's government lost a budget vote last week.\n"
	ss := Default().Suggest(Document{Text: text})
	if got := typeOf(ss, text, "Tarrow", nthIndex(text, "Tarrow", 1)); got != TypePerson {
		t.Errorf("Tarrow of Tarrow's government: %q, want person", got)
	}
}

// A firm's own "headquarters" or "chief executive" is no cue: "Corlune's
// chief executive" keeps Corlune whatever the model read.
func TestAFirmsPossessiveIsNoCountryCue(t *testing.T) {
	const text = "Corlune's chief executive said the airline would cut twelve routes. Corlune flies from four airports.\n"
	ss := Default().Suggest(Document{Text: text})
	if got := typeOf(ss, text, "Corlune", nthIndex(text, "Corlune", 1)); got == TypePlace {
		t.Errorf("Corlune is a place; a firm's chief executive says nothing of a country")
	}
}
