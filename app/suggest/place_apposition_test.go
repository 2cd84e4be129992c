package suggest

import "testing"

// A name in apposition to what kind of place it is ("the capital, X", "the
// port of X") is that place; a full name after "the capital," stays a person.
func TestANameTheCopyCallsATownIsAPlace(t *testing.T) {
	text := "Floods close mountain roads\n\nHeavy rain closed two mountain roads on Sunday. The worst damage was about 200 kilometres west of the capital, Ostrelin.\n\n" +
		"The mayor of the capital, Ilse Varga, said the roads would reopen on Tuesday.\n"
	ss := Default().Suggest(Document{Text: text})
	if got := typeOf(ss, text, "Ostrelin", 0); got != TypePlace {
		t.Errorf("%q: %q, want place", "Ostrelin", got)
	}
	if got := typeOf(ss, text, "Ilse Varga", 0); got != TypePerson {
		t.Errorf("%q: %q, want person", "Ilse Varga", got)
	}
}
