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
