// Package names normalises entity names so that spellings of one name meet:
// "Kim Jong-un", "Kim Jong Un" and "kim  jong un" share the key "kim jong un";
// "Lyubimová" and "Lyubimova" share "lyubimova".
package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key is the normalised form of a name: case folded, diacritics removed, hyphens,
// dots, apostrophes and other punctuation turned into word breaks, spaces collapsed.
func Key(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining mark: the diacritic of the letter before
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// Clean trims a name for display: surrounding white space off, inner runs collapsed.
func Clean(name string) string { return strings.Join(strings.Fields(name), " ") }
