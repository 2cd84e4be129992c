package geo

import "testing"

func TestEveryStateHasACapitalAndAnAdjective(t *testing.T) {
	states := 0
	for _, c := range Countries() {
		if !c.Sovereign {
			continue
		}
		states++
		if len(c.Capitals) == 0 {
			t.Errorf("%s (%s) has no capital", c.Name, c.Code)
		}
		if len(c.Demonyms) == 0 {
			t.Errorf("%s (%s) has no adjective", c.Name, c.Code)
		}
	}
	// 193 UN members, 2 observer states, Taiwan, Kosovo
	if states != 197 {
		t.Errorf("%d states, want 197", states)
	}
}

func TestLookups(t *testing.T) {
	cases := []struct{ got, want string }{
		{CountryOfCapital("Budapest"), "Hungary"},
		{CountryOfCapital("Bucharest"), "Romania"},
		{CountryOfCapital("Ulaanbaatar"), "Mongolia"},
		{CountryOfCapital("Ulan Bator"), "Mongolia"},
		{CountryOfCapital("Washington"), "United States"},
		{CountryOfCapital("Pyongyang"), "North Korea"},
		{CountryOfCapital("Kiev"), "Ukraine"},
		{CountryOfCapital("Hamilton"), ""}, // Bermuda is a territory: a name, not a government
		{CountryOfCapital("Victoria"), ""}, // a first name more often than the Seychelles
		{CountryOfDemonym("Hungarian"), "Hungary"},
		{CountryOfDemonym("North Korean"), "North Korea"},
		{CountryOfDemonym("Congolese"), ""}, // two states
		{CountryNamed("DPRK"), "North Korea"},
		{CountryNamed("Russian Federation"), "Russia"},
		{CountryNamed("Türkiye"), "Turkey"},
		{CountryNamed("Atlantis"), ""},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestCitiesLoaded(t *testing.T) {
	if n := len(Cities()); n < 1000 {
		t.Fatalf("%d cities", n)
	}
}
