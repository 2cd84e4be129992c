package reading

import (
	"strings"
	"testing"
)

// MoreWordsThan agrees with len(strings.Fields(s)) > n, which it replaces.
func TestMoreWordsThanAgreesWithFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", " one two ", "a\tb\nc\vd\fe\rf", "non\u00a0breaking space\u2003em\u0085nel",
		"By Jane Doe | Reuters", strings.Repeat("word ", 12), strings.Repeat("word ", 13), "\xffbad\xfe utf8",
	} {
		for _, n := range []int{0, 1, 2, 5, 12} {
			if got, want := MoreWordsThan(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("MoreWordsThan(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
