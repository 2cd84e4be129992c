package suggest

import "testing"

// A player's position or an officer's rank before the name is not part of
// it, at a sentence's start ("Goalkeeper Tom Brannigan saved") or as a
// title ("Inspector Mair Howells said"); a one-word name after such a word
// keeps it (a Korean family name "Son" is a name).
func TestRoleWordsLeaveThePersonsName(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Goalkeeper Tom Brannigan saved two penalties on Sunday.\n", "Tom Brannigan"},
		{"Winger Callum Ferrie scored twice for the visitors.\n", "Callum Ferrie"},
		{"The road reopened at noon. Inspector Mair Howells said no one was hurt.\n", "Mair Howells"},
		{"Sheriff Wade Pickett said the stolen trailers were found in a barn.\n", "Wade Pickett"},
	} {
		if got := typeOf(Default().Suggest(Document{Text: c.text}), c.text, c.quote, 0); got != TypePerson {
			t.Errorf("%q in %q: %q, want person", c.quote, c.text, got)
		}
	}
	text := "Son Heung-min scored the winner.\n"
	if got := typeOf(Default().Suggest(Document{Text: text}), text, "Son Heung-min", 0); got != TypePerson {
		t.Errorf("%q: %q, want person", "Son Heung-min", got)
	}
}
