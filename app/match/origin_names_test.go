package match

import "testing"

// An article written for these tests: bodies whose names hold "and" speak whole, after
// a reporting verb, after "according to", and when they give a figure ("puts the toll at",
// "gives a figure of", "estimates", "counts", "tallies", "reckons").
const namedBodiesArticle = `HARLSTED, Denmark (Lantern Wire) - A storm flooded the lower town of Harlsted overnight, and crews from Brekke Valley Fire and Rescue pumped out cellars until dawn.

Forty homes were left without power, Brekke Valley Fire and Rescue said on Tuesday.

Two bridges on the coast road were closed, according to Brekke Valley Fire and Rescue.

Brekke Valley Fire and Rescue puts the number of people taken to hospital at three.

The Office of Roads and Bridges gives a figure of 12 roads still under water.

The Harlsted Farmers' Union estimates that 200 sheep drowned.

The Harlsted Farmers' Union counts 14 farms cut off by the water.

The Harlsted Farmers' Union tallies the lost hay at 80 bales.

The Harlsted Farmers' Union reckons the damage will take a month to repair.`

func TestReadOriginBodyNamesWithAnd(t *testing.T) {
	const fire = "Brekke Valley Fire and Rescue"
	cases := []struct{ needle, root string }{
		{"Forty homes were left without power", fire},
		{"Two bridges on the coast road were closed", fire},
		{"the number of people taken to hospital at three", fire},
		{"200 sheep drowned", "Harlsted Farmers' Union"},
		{"14 farms cut off by the water", "Harlsted Farmers' Union"},
		{"the lost hay at 80 bales", "Harlsted Farmers' Union"},
		{"the damage will take a month to repair", "Harlsted Farmers' Union"},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, namedBodiesArticle, c.needle)
		o := ReadOrigin(namedBodiesArticle, s, e, "Lantern Wire")
		if o.Root != c.root || o.RootKind != "organisation" || o.Vague != "" && o.Vague != "name" {
			t.Errorf("%q: root %q (%s, cue %q), want %q", c.needle, o.Root, o.RootKind, o.Cue, c.root)
		}
	}
	// an office of the state whose name holds "and" is read whole: its cue is not cut at "and"
	s, e := offsetsOf(t, namedBodiesArticle, "12 roads still under water")
	if o := ReadOrigin(namedBodiesArticle, s, e, "Lantern Wire"); o.RootKind != "government" || o.Cue != "The Office of Roads and Bridges gives" {
		t.Errorf("a state office: root %q (%s), cue %q", o.Root, o.RootKind, o.Cue)
	}
}

// Two people joined by "and" are not read as one body: the phrase stops at "and" as before.
func TestReadOriginTwoPeopleStayApart(t *testing.T) {
	text := "OSLO (Lantern Wire) - Ingrid Solberg met Per Aune on Monday. Ingrid Solberg and Per Aune said the ferry would run again in May."
	s, e := offsetsOf(t, text, "the ferry would run again in May")
	if o := ReadOrigin(text, s, e, "Lantern Wire"); o.Root == "Ingrid Solberg and Per Aune" {
		t.Errorf("two people read as one origin: %+v", o)
	}
}

// Suggest attribution (Attribute) finds the body that gives a figure as its speaker, and
// its cue holds the body's whole name, not the word after its "and".
func TestAttributeFigureGivers(t *testing.T) {
	const body = "Brekke Valley Fire and Rescue"
	for _, verb := range []string{"said", "puts the number of people taken to hospital at", "gives a figure of", "estimates", "counts", "tallies", "reckons"} {
		text := body + " " + verb + " three injured people in the lower town."
		names := []Name{{Start: 0, End: len([]rune(body)), Name: body, Type: "organisation"}}
		s, e := offsetsOf(t, text, "three injured people")
		a := Attribute(text, s, e, names, nil)
		if a.SpeakerName != body {
			t.Errorf("%q: speaker %q (cue %q), want %q", verb, a.SpeakerName, a.Cue, body)
		}
		if verb == "said" && a.Cue != body+" said" {
			t.Errorf("the cue reads %q", a.Cue)
		}
	}
	// "put" that gives no figure ("put up barriers") names no speaker
	text := body + " put up barriers on the coast road."
	names := []Name{{Start: 0, End: len([]rune(body)), Name: body, Type: "organisation"}}
	s, e := offsetsOf(t, text, "barriers on the coast road")
	if a := Attribute(text, s, e, names, nil); a.SpeakerName != "" {
		t.Errorf("put up barriers: speaker %q", a.SpeakerName)
	}
}
