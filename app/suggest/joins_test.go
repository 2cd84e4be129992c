package suggest

import "testing"

// A name and an organisation's name written against it make one
// organisation: a school or college after its namesake ("Garfield High
// School"), and two capitalised parts joined by a hyphen ("Brenner-Lago",
// a team named after two sponsors or a club after two towns).
func TestJoinedNames(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Schools to be rebuilt:\n- Garfield High School, Eastmoor\n- Lincoln High School, Westfield\n", "Garfield High School"},
		{"Schools to be rebuilt:\n- Garfield High School, Eastmoor\n- Lincoln High School, Westfield\n", "Lincoln High School"},
		{"Pupils at Carver Middle School raised money for the flood relief fund.\n", "Carver Middle School"},
		{"CYCLING - STAGE RESULTS\n1. Joris Aalbers ( Netherlands ) Brenner-Lago 3:58:12\n2. Piet Koster ( Belgium ) Vandorn-Rix same time\n", "Brenner-Lago"},
		{"RUGBY - RESULTS\nMarsac-Lerin 24 Toulon 17\nBrive 30 Agen 12\n", "Marsac-Lerin"},
		{"Born in Leeds, she studied at the Royal College of Music before moving to Vienna.\n", "Royal College of Music"},
	} {
		if got := typeOf(Default().Suggest(Document{Text: c.text}), c.text, c.quote, 0); got != TypeOrganisation {
			t.Errorf("%q in %q: %q, want organisation", c.quote, c.text, got)
		}
	}
	// a hyphen joins the parts whatever their type
	text := "CYCLING - STAGE RESULTS\n2. Piet Koster ( Belgium ) Vandorn-Rix same time\n"
	if typeOf(Default().Suggest(Document{Text: text}), text, "Vandorn-Rix", 0) == "" {
		t.Errorf("no name %q in %q", "Vandorn-Rix", text)
	}
}

// A full stop that ends the sentence is not part of the name before it
// ("at HKX." ), an abbreviation's is ("Holt Corp.").
func TestNameBeforeFullStop(t *testing.T) {
	text := "\"Demand is the story this year,\" said Mei Chen, an analyst at HKX. Shipping rates climbed too.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, s := range ss {
		if s.Type == TypeOrganisation && s.Quote == "HKX." {
			t.Errorf("%q: the sentence's full stop read into the name", s.Quote)
		}
	}
	if typeOf(ss, text, "HKX", 0) != TypeOrganisation {
		t.Errorf("no organisation %q in %q", "HKX", text)
	}
}

// Two places joined by a hyphen are a route or a pair ("the Lisbon-Porto
// line", "Korea-Russia talks"), not one place: they stay two.
func TestPlacesJoinedByHyphenStayTwo(t *testing.T) {
	text := "Trains on the Lisbon-Porto line were cancelled on Monday after a storm in Portugal.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, s := range ss {
		if s.Quote == "Lisbon-Porto" {
			t.Errorf("%q read as one %s", s.Quote, s.Type)
		}
	}
	if typeOf(ss, text, "Porto", 0) != TypePlace {
		t.Errorf("%q: want a place", "Porto")
	}
}
