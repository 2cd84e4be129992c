package match

import "testing"

// Articles written for this test (invented events and people). An article that names one
// country, by its name or adjective only (no capital, no officials of a capital, no state
// medium, no dateline), is about that country: a lone "the minister", "the ministry" or
// "the government" there speaks for its government, as "officials in <capital>" does,
// whatever the outlet's home. An article naming two countries, or none, leaves the office
// to the claim's other articles (a vague government).
func TestReadOriginOfficeInAnArticleAboutOneCountry(t *testing.T) {
	const oneCountry = `Miners end strike after pay deal

Miners at the Qallu pits ended their strike on Friday after talks in the Bolivian capital.

The agreement that the minister announced raises the pay of shift workers by 12 percent.

The pits will reopen on Monday, the ministry said. The government said the deal would cost 40 million bolivianos.`
	const twoCountries = `Miners end strike after pay deal

Miners at the Qallu pits ended their strike on Friday after talks in the Bolivian capital. Chilean buyers of the ore had pressed for a quick deal.

The pits will reopen on Monday, the ministry said.`
	const noCountry = `Miners end strike after pay deal

Miners at the Qallu pits ended their strike on Friday after talks in the capital.

The pits will reopen on Monday, the ministry said.`
	bolivia := GovernmentName("Bolivia")
	for _, outlet := range []string{"", "Reuters", "Valden Post"} {
		for _, quote := range []string{"raises the pay of shift workers by 12 percent", "The pits will reopen on Monday", "the deal would cost 40 million bolivianos"} {
			s, e := offsetsOf(t, oneCountry, quote)
			if o := ReadOrigin(oneCountry, s, e, outlet); o.Root != bolivia || o.Vague != "" {
				t.Errorf("outlet %q, %q: %+v, want %q", outlet, quote, o, bolivia)
			}
		}
	}
	for name, text := range map[string]string{"two countries": twoCountries, "no country": noCountry} {
		s, e := offsetsOf(t, text, "The pits will reopen on Monday")
		if o := ReadOrigin(text, s, e, "Valden Post"); o.Vague != "government" {
			t.Errorf("%s: %+v, want a vague government", name, o)
		}
	}
}
