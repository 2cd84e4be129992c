package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// A name its acronym spells is read whole, across "of", "for" and "in"; a
// name that already spells it, or an acronym of other letters, is left as it
// was. The texts are written for this test.
func TestNameWidenedToItsAcronym(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string // quote -> type
		not  []string          // quotes that must not be suggested as names
	}{
		{"The Council for Maritime Safety and Navigation in Africa ( CMSNA ) said on Monday that ships must report their cargo.",
			map[string]string{"Council for Maritime Safety and Navigation in Africa": TypeOrganisation, "CMSNA": TypeOrganisation},
			[]string{"Council for Maritime Safety and Navigation", "Africa"}},
		{"The Board of Grain Traders of Manitoba ( BGTM ) cut its forecast for the third time.",
			map[string]string{"Board of Grain Traders of Manitoba": TypeOrganisation},
			[]string{"Board of Grain Traders", "Manitoba"}},
		{"A spokesman for the Office for Rural Water Supply and Sanitation ( ORWSS ) said the wells were dry.",
			map[string]string{"Office for Rural Water Supply and Sanitation": TypeOrganisation}, nil},
		{"Trade unions in Norway ( NO ) and the Pension Fund of Bergen ( PFX ) met.",
			map[string]string{"Norway": TypePlace}, []string{"Trade unions in Norway"}},
	}
	for _, c := range cases {
		got := suggestedTypes(c.text)
		for q, typ := range c.want {
			if got[q] != typ {
				t.Errorf("%q: got %q, want %s (all: %v)", q, got[q], typ, got)
			}
		}
		for _, q := range c.not {
			if isPersonOrgPlace(got[q]) {
				t.Errorf("%q suggested as %s (all: %v)", q, got[q], got)
			}
		}
	}
}

// BenchmarkAcronymLine reads one line of 1,000 and of 4,000 names each followed by its
// acronym: the second should take about four times the first. Widening with a pass over
// every candidate for each acronym made it about sixteen.
func BenchmarkAcronymLine(b *testing.B) {
	eng := Default()
	for _, n := range []int{1000, 4000} {
		text := strings.Repeat("Korean Central News Agency (KCNA) ", n)
		b.Run(fmt.Sprintf("acronyms=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				eng.Suggest(Document{Text: text})
			}
		})
	}
}
