package suggest

import (
	"strings"
	"testing"
)

// TestNameEdgesHoldNoQualifiers: an adjective made with a name before a
// firm, and "of <place>" after its legal form, are not part of its name;
// the place stays a place (own sentences).
func TestNameEdgesHoldNoQualifiers(t *testing.T) {
	cases := []struct{ text, want, typ, notIn string }{
		{"Denver-based Halvorsen Freight Inc said on Monday it would hire 200 drivers.", "Halvorsen Freight Inc", TypeOrganisation, "Denver-based"},
		{"Family-owned Marlowe & Tisch, which makes garden tools, fell 4 percent.", "Marlowe & Tisch", TypeOrganisation, "Family-owned"},
		{"The mill belongs to Brannock Paper Corp of New Zealand, which bought it in 2019.", "Brannock Paper Corp", TypeOrganisation, "of New Zealand"},
		{"The mill belongs to Brannock Paper Corp of New Zealand, which bought it in 2019.", "New Zealand", TypePlace, ""},
		{"Bank of America Corp said its profit rose.", "Bank of America Corp", TypeOrganisation, ""},
	}
	for _, c := range cases {
		got := Default().Suggest(Document{Text: c.text})
		rs := []rune(c.text)
		found := false
		for _, s := range got {
			span := string(rs[s.Start:s.End])
			if span == c.want && s.Type == c.typ {
				found = true
			}
			if c.notIn != "" && isPersonOrgPlace(s.Type) && span != c.notIn && strings.Contains(span, c.notIn) {
				t.Errorf("%q: %s %q holds %q", c.text, s.Type, span, c.notIn)
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.want, got)
		}
	}
}
