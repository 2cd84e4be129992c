package match

import "testing"

// Origins the uxwalk3 walk (the Drevna story) read wrong; each article here is written for
// its test, in other words than the walk's.

// "A <body> official, <Name>, said": an official of a named non-government body (a union,
// a firm, a club, a hospital) speaks for that body, not for a government.
func TestReadOriginOfficialOfABody(t *testing.T) {
	cases := []rootCase{
		{"TARNBY, June 4 (Baltic Wire) - The dockers will walk out on Monday, a port workers' union official, Ivo Sarn, told reporters.",
			"The dockers will walk out on Monday", "Baltic Wire", "port workers union"},
		{"A hospital official, Dana Kiel, said the ward had run out of oxygen twice.",
			"the ward had run out of oxygen twice", "Reuters", "hospital"},
		{"Harvik Steel will close its rolling mill. A company official, Per Lund, said 200 jobs would go.",
			"200 jobs would go", "Reuters", "Harvik Steel"},
		// a government's official stays the government's
		{"OSLO, April 2 (Reuters) - A government official, Kari Lund, said the cut would be 20%.",
			"the cut would be 20%", "Reuters", GovernmentName("Norway")},
	}
	checkRoots(t, cases)
}

// A body the sentence names by what it is, in lower case ("a notice the union posted"),
// is the one of that kind the article names by its proper name, even further down
// ("Mara Voss of the Lindqvist Dockers' Union"): not a source called "union".
func TestReadOriginBodyNamedFurtherDown(t *testing.T) {
	text := "Forty families slept in the school hall on Sunday, according to a notice the union posted on the door. " +
		"Mara Voss of the Lindqvist Dockers' Union said the harbour board had been warned in May."
	cases := []rootCase{
		{text, "Forty families slept in the school hall on Sunday", "The Harbour Post", "Lindqvist Dockers' Union"},
		// two unions named further down: the text does not say which, so the body stays as written
		{text + " The Tarn Pilots' Union agreed.", "Forty families slept in the school hall on Sunday", "The Harbour Post", "union"},
	}
	checkRoots(t, cases)
}

// A medium the text first describes ("the state news agency VNRA") and then names bare
// ("VNRA reported") is that medium both times, not an office: what it cites is read
// through it.
func TestReadOriginMediumNamedBareAfterItsDescription(t *testing.T) {
	text := "Two ferries collided off the island overnight, according to the state news agency VNRA. " +
		"Eleven passengers were hurt, VNRA reported, citing the Lanmark Ferry Company."
	cases := []chainCase{
		{text, "Eleven passengers were hurt", "The Harbour Post", "Lanmark Ferry Company", "VNRA"},
		// the statement before stays the medium's: a source it cites in the next sentence
		// is that sentence's (the dev story teesta's AFP report: "..., the state-run BSS
		// news agency said. ..., the agency said, citing the district administration.")
		{text, "Two ferries collided off the island overnight", "The Harbour Post", "VNRA", ""},
	}
	checkChains(t, cases)
}
