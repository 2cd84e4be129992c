package suggest

import "testing"

// Own sentences, written for this test.

// TestCapitalsTakeTheBodysName: a name in a headline in capitals that the
// tagger left out is found when the body writes it in title case.
func TestCapitalsTakeTheBodysName(t *testing.T) {
	text := "TENNIS - VARGAS-LLOSETA FIGHTS BACK TO REACH FINAL\n" +
		"Ines Vargas-Lloseta saved three match points before winning 4-6 7-6 6-2 on Saturday.\n" +
		"Vargas-Lloseta will meet the top seed in Sunday's final."
	got := namesQuoted(text)
	n := 0
	for _, s := range Default().Suggest(Document{Text: text}) {
		if s.Type == TypePerson && s.Quote == "VARGAS-LLOSETA" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the headline's VARGAS-LLOSETA is not a person: %v", got)
	}
}

// TestFamilyNameOfAPersonIsThePerson: a listed place that the document
// writes as a person's family name ("Fiona Jordan", then "Jordan said") is
// that person wherever it stands alone; a country named in another document
// stays a place.
func TestFamilyNameOfAPersonIsThePerson(t *testing.T) {
	text := "Cork-born Fiona Jordan says her new film took six years to finish.\n" +
		"\"I rewrote the ending four times,\" Jordan said on Sunday.\n" +
		"The film was shot near the harbour, and Jordan hired the town's fishermen as extras."
	got := namesQuoted(text)
	for _, s := range Default().Suggest(Document{Text: text}) {
		if s.Quote == "Jordan" && s.Type != TypePerson {
			t.Errorf("Jordan at %d is %s, not the person Fiona Jordan: %v", s.Start, s.Type, got)
		}
	}
	place := "Jordan said on Sunday it would reopen its border crossing with Iraq next week."
	for _, s := range Default().Suggest(Document{Text: place}) {
		if s.Quote == "Jordan" && s.Type != TypePlace {
			t.Errorf("the country Jordan is %s: %v", s.Type, namesQuoted(place))
		}
	}
}
