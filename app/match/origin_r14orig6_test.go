package match

import "testing"

// Origins the uxwalk5 walk (the Velmark story) read wrong; each article here is written for
// its test, in other words than the walk's (invented countries, bodies and figures).

// A government office owned by a country ("Tessaly's transport ministry", "the Tessalian
// transport ministry") speaks for that country's government, also when the geography table
// does not know the country: the possessive before a ministry names a country.
func TestReadOriginPossessiveCountryOffice(t *testing.T) {
	cases := []rootCase{
		{"Tessaly's transport ministry raised its count of ferry passengers to 90,000 on Monday.",
			"raised its count of ferry passengers", "Harbour Wire", GovernmentName("Tessaly")},
		{"BRUNNHOLT, May 3 (Harbour Wire) - Tessaly's transport ministry raised its count of ferry passengers to 90,000 on Monday, after a strike.",
			"raised its count of ferry passengers", "Harbour Wire", GovernmentName("Tessaly")},
		{"Norway's fisheries ministry said its quota for cod would fall by a tenth.",
			"its quota for cod would fall", "Harbour Wire", GovernmentName("Norway")},
		{"The Tessalian transport ministry said on Monday that ferry passengers would fall to 90,000.\n\nTessaly's transport ministry gave no reason.",
			"ferry passengers would fall to 90,000", "Harbour Wire", GovernmentName("Tessaly")},
	}
	checkRoots(t, cases)
}

// A broadcaster citing an agency that cites a body ("..., the Orlan Press Agency reported,
// citing the Bureau of Water Safety"; "according to the Orlan Press Agency, which quoted
// the Bureau of Water Safety"): the body is the root and the agency the channel; the
// bare office earlier in the sentence is the subject of the statement, not its source.
func TestReadOriginAgencyCitingABody(t *testing.T) {
	cases := []chainCase{
		{"The water ministry has lowered its count of open wells to 14, the Orlan Press Agency reported, citing the Bureau of Water Safety.",
			"its count of open wells to 14", "Radio Kestel", "Bureau of Water Safety", "Orlan Press Agency"},
		{"The water ministry has lowered its count of open wells to 14, according to the Orlan Press Agency, which quoted the Bureau of Water Safety.",
			"its count of open wells to 14", "Radio Kestel", "Bureau of Water Safety", "Orlan Press Agency"},
		{"The water ministry has closed 14 wells near Ambrun, according to the Orlan Press Agency, which quoted the Bureau of Water Safety.",
			"has closed 14 wells near Ambrun", "Radio Kestel", "Bureau of Water Safety", "Orlan Press Agency"},
	}
	checkChains(t, cases)
}

// "the harbours ministry" in one report is the "Ministry of Harbours" another names in
// full; a ministry of another remit, or a name that is no office, is not.
func TestCueNamesOffice(t *testing.T) {
	for _, c := range []struct {
		cue, name string
		want      bool
	}{
		{"Tessaly's harbours ministry said", "Ministry of Harbours", true},
		{"the Tessalian harbours ministry cut its forecast", "Ministry of Harbours", true},
		{"Tessaly's transport ministry said", "Ministry of Harbours", false},
		{"the harbours board said", "Ministry of Harbours", false},
		{"Tessaly's harbours ministry said", "Harbour Users Forum", false},
	} {
		if got := CueNamesOffice(c.cue, c.name); got != c.want {
			t.Errorf("CueNamesOffice(%q, %q) = %v, want %v", c.cue, c.name, got, c.want)
		}
	}
}
