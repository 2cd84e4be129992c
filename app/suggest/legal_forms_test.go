package suggest

import "testing"

// Own sentences, written for this test: a firm's legal form makes it an
// organisation, its abbreviation's full stop stays inside the name, and a
// capitalised ordinal in mid-sentence starts a bank's name.
func TestLegalForms(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Shares of Tavelmor SpA rose on Monday after the results.", "Tavelmor SpA"},
		{"The deal values Korvane Brothers Inc. at $2 billion, analysts said.", "Korvane Brothers Inc."},
		{"Analysts at Brisk Valley Corp. expect a cut.", "Brisk Valley Corp."},
		{"The loan came from First Dunmore Bank Corp in March.", "First Dunmore Bank Corp"},
		{"Orvelo Ltd said it would close two plants.", "Orvelo Ltd"},
	}
	for _, c := range cases {
		found := false
		for _, s := range Default().Suggest(Document{Text: c.text}) {
			if s.Type == TypeOrganisation && s.Quote == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no organisation %q in %v", c.text, c.want, namesQuoted(c.text))
		}
	}
}

func namesQuoted(text string) []string {
	var out []string
	for _, s := range Default().Suggest(Document{Text: text}) {
		out = append(out, s.Type+":"+s.Quote)
	}
	return out
}

// Own sentences, written for this test: an ampersand between capitalised
// words joins one firm's name, with or without a legal form after it; a
// listed country written with an ampersand stays a place; "AT&T" and
// "R&D", written without spaces, are left to the other rules.
func TestAmpersandJoinsFirmName(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"Shares in Hollis & Brandt fell 4 percent on Tuesday.", TypeOrganisation, "Hollis & Brandt"},
		{"Analysts at Garrow & Pike Co said the deal would close in March.", TypeOrganisation, "Garrow & Pike Co"},
		{"The merger with Tenby & Sons Ltd was approved.", TypeOrganisation, "Tenby & Sons Ltd"},
		{"Marta Ruiz, a partner at Keller & Voss, said the price was fair.", TypeOrganisation, "Keller & Voss"},
		{"Flights to Trinidad & Tobago resumed on Friday.", TypePlace, "Trinidad & Tobago"},
	}
	for _, c := range cases {
		found := false
		for _, s := range Default().Suggest(Document{Text: c.text}) {
			if s.Type == c.typ && s.Quote == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.want, namesQuoted(c.text))
		}
	}
}
