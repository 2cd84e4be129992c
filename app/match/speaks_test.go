package match

import (
	"strings"
	"testing"
)

// A name right after a reporting verb is whom the report is about when a verb of its own
// follows it ("a spokesman says Okafor has left": reported speech without "that"); it is
// who speaks when the sentence ends or goes on without one ("..., said Mensah.") (r14prec).
func TestSpeaksNotTheSubjectOfReportedSpeech(t *testing.T) {
	for text, want := range map[string]bool{
		"A spokesman says Okafor has left the club.":             false,
		"Her agent said Okafor was arrested on Tuesday.":         false,
		"Police say Okafor arrested two men near the depot.":     false,
		"The club will appeal, said Okafor.":                     true,
		"The club will appeal, says Okafor, who joined in 2019.": true,
		"The club will appeal, according to Okafor.":             true,
	} {
		rs := []rune(text)
		i := strings.Index(text, "Okafor")
		s := len([]rune(text[:i]))
		if got := Speaks(rs, s, s+len("Okafor")); got != want {
			t.Errorf("%q: Speaks(Okafor) = %v, want %v", text, got, want)
		}
	}
}
