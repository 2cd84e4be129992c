package suggest

import "testing"

// A one-word name the model reads as a person is the organisation the
// workspace knows by a name it begins ("Ostmark" of "Ostmark Quarrying
// Company", filed by the analyst in another article), as in the Drevna
// walk's Observer, which never names the operator in full. A person the
// workspace knows by that family name keeps the person, and so does a
// person named in full in the article.
func TestAWordOfAKnownOrganisationIsIt(t *testing.T) {
	known := []KnownEntity{{ID: 7, Type: TypeOrganisation, Name: "Ostmark Quarrying Company", Aliases: []string{"OQC"}}}
	const text = "Quarry blast cracks school windows\n\n" +
		"Windows cracked at a primary school on Monday after a blast at the quarry above the village. Parents said they had warned the council twice.\n\n" +
		"Ostmark, the quarry's owner, rejected claims that it had ignored complaints. \"We followed every rule,\" a company spokeswoman, Hanne Rask, told the Gazette.\n"
	before := typeOf(Default().Suggest(Document{Text: text}), text, "Ostmark", 0)
	ss := Default().Suggest(Document{Text: text, Known: known})
	got := ""
	for _, s := range ss {
		if s.Quote == "Ostmark" {
			got = s.Type
			if s.EntityID != 7 {
				t.Errorf("%q: entity %d, want the known organisation 7", "Ostmark", s.EntityID)
			}
		}
	}
	if got != TypeOrganisation {
		t.Errorf("%q with %q known (without: %q): %q, want organisation", "Ostmark", known[0].Name, before, got)
	}
	const founder = "Ostmark said on Monday that she would sell her shares. Lena Ostmark founded the firm in 1990.\n"
	if got := typeOf(Default().Suggest(Document{Text: founder, Known: known}), founder, "Ostmark", 0); got != TypePerson {
		t.Errorf("%q in %q: %q, want person", "Ostmark", founder, got)
	}
}

// Two known organisations that begin with the word: the model's reading stays.
func TestAWordOfTwoKnownOrganisationsIsLeftAlone(t *testing.T) {
	known := []KnownEntity{
		{ID: 7, Type: TypeOrganisation, Name: "Ostmark Quarrying Company"},
		{ID: 8, Type: TypeOrganisation, Name: "Ostmark Savings Bank", Aliases: []string{"Ostmark Bank"}},
	}
	const text = "Quarry blast cracks school windows\n\n" +
		"Ostmark, the quarry's owner, rejected claims that it had ignored complaints. \"We followed every rule,\" a company spokeswoman, Hanne Rask, told the Gazette.\n"
	for _, s := range Default().Suggest(Document{Text: text, Known: known}) {
		if s.Quote == "Ostmark" && s.EntityID != 0 {
			t.Errorf("%q: entity %d of two that begin with it", "Ostmark", s.EntityID)
		}
	}
}

// The word filed as the organisation's alias is the organisation too.
func TestAKnownOrganisationsOneWordAliasIsIt(t *testing.T) {
	known := []KnownEntity{{ID: 7, Type: TypeOrganisation, Name: "Ostmark Quarrying Company", Aliases: []string{"Ostmark"}}}
	const text = "Quarry blast cracks school windows\n\n" +
		"Ostmark, the quarry's owner, rejected claims that it had ignored complaints. \"We followed every rule,\" a company spokeswoman, Hanne Rask, told the Gazette.\n"
	ss := Default().Suggest(Document{Text: text, Known: known})
	if got := typeOf(ss, text, "Ostmark", 0); got != TypeOrganisation {
		t.Errorf("%q filed as an alias: %q, want organisation", "Ostmark", got)
	}
}
