package suggest

import "testing"

// TestRuneStringSlicesAsConversion: a token's text sliced from the whole
// string is what converting its runes would give, for multi-byte and invalid
// runes too.
func TestRuneStringSlicesAsConversion(t *testing.T) {
	text := []rune("Ünal Çelik visited Zürich\u2019s 東京 office \U0001F600 ok")
	text = append(text, 0xD800, 'x', -1, 0x110000, 'Z')
	whole, offs := runeString(text)
	for a := 0; a <= len(text); a++ {
		for b := a; b <= len(text); b++ {
			if got, want := whole[offs[a]:offs[b]], string(text[a:b]); got != want {
				t.Fatalf("runes [%d,%d): %q, want %q", a, b, got, want)
			}
		}
	}
}
