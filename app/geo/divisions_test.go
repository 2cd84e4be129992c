package geo

import "testing"

func TestDivisions(t *testing.T) {
	for name, want := range map[string]string{
		"West Bengal": "India", "Bavaria": "Germany", "Bavarian": "Germany", "Texas": "United States",
		"Sindh": "Pakistan", "Tatarstan": "Russia", "Chechnya": "Russia", "Quebec": "Canada",
		"New South Wales": "Australia", "Jalisco": "Mexico", "Sichuan": "China", "Lagos": "Nigeria",
		"Baden-Württemberg": "Germany", "baden württemberg": "Germany", "Rio Grande do Sul": "Brazil",
	} {
		if d := DivisionNamed(name); len(d) != 1 || d[0].Country != want {
			t.Errorf("DivisionNamed(%q) = %+v, want one of %s", name, d, want)
		}
	}
	// a country, a national capital or a common word keeps its own reading
	for _, name := range []string{"Georgia", "Niger", "Berlin", "Delhi", "Beijing", "Washington", "Delta", "Rivers", "Taiwan", "Mexico City", "Bengali"} {
		if d := DivisionNamed(name); len(d) != 0 {
			t.Errorf("DivisionNamed(%q) = %+v, want none", name, d)
		}
	}
	if d := DivisionNamed("Punjab"); len(d) != 2 {
		t.Errorf("Punjab: %+v, want India's and Pakistan's", d)
	}
	// the table covers the federations asked for
	per := map[string]int{}
	for _, d := range Divisions() {
		per[d.Country]++
	}
	for country, least := range map[string]int{"India": 36, "United States": 51, "Germany": 16, "Brazil": 27,
		"Nigeria": 37, "Pakistan": 7, "Russia": 21, "China": 33, "Canada": 13, "Australia": 8, "Mexico": 32} {
		if per[country] < least {
			t.Errorf("%s: %d divisions, want at least %d", country, per[country], least)
		}
	}
	// the capitals and countries read as before
	if CountryOfCapital("Berlin") != "Germany" || CountryNamed("Georgia") != "Georgia" {
		t.Error("capitals and countries changed")
	}
}
