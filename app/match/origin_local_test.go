package match

import "testing"

// An article written for this test: a town's own bodies speak for its local government,
// not for the state; a place named in the phrase is theirs, else the dateline's town.
const localArticle = `VESTRUP, Denmark (Lantern Wire) - The ring road around Vestrup will stay shut until Friday, local authorities said on Sunday.

The municipality said repairs would cost about 2 million crowns.

Holmby town hall said its school would open as a shelter.

The county council said buses would run on the old road.

Regional officials said the ferry to the islands was cancelled.

Denmark's transport ministry said the national rail line was not affected.`

func TestReadOriginLocalGovernment(t *testing.T) {
	cases := []struct{ needle, root string }{
		{"will stay shut until Friday", LocalGovernmentName("Vestrup")},
		{"repairs would cost about 2 million crowns", LocalGovernmentName("Vestrup")},
		{"its school would open as a shelter", LocalGovernmentName("Holmby")},
		{"buses would run on the old road", LocalGovernmentName("Vestrup")},
		{"the ferry to the islands was cancelled", UnnamedRegionalGovernment},
		{"the national rail line was not affected", GovernmentName("Denmark")},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, localArticle, c.needle)
		o := ReadOrigin(localArticle, s, e, "Lantern Wire")
		if o.Root != c.root || o.RootKind != "government" {
			t.Errorf("%q: root %q (%s, cue %q), want %q", c.needle, o.Root, o.RootKind, o.Cue, c.root)
		}
	}
	// a bureau in a state's capital: "local officials" are the host country's, as before
	text := "OSLO (Lantern Wire) - The road will stay shut until Friday, local officials said."
	s, e := offsetsOf(t, text, "The road will stay shut")
	if o := ReadOrigin(text, s, e, "Lantern Wire"); o.Root != GovernmentName("Norway") {
		t.Errorf("a capital's dateline: root %q (%s)", o.Root, o.RootKind)
	}
	// no dateline and no place named: an unnamed local body, not the state
	text = "The road will stay shut until Friday, local officials said."
	s, e = offsetsOf(t, text, "The road will stay shut")
	if o := ReadOrigin(text, s, e, "Lantern Wire"); o.Root != UnnamedLocalGovernment {
		t.Errorf("no place: root %q (%s)", o.Root, o.RootKind)
	}
}

// ratk6: the local body must be who speaks, not whom the speaker is set against or was:
// "the former mayor", "a candidate for mayor", "the ex-mayor", "critics of the mayor",
// "the mayor's opponents", "an opposition member of the town council" each became the
// local government, so a critic's word and the town hall's counted as one origin.
func TestReadOriginLocalGovernmentNotItsCritics(t *testing.T) {
	const lead = "VESTRUP (Lantern Wire) - The ring road will stay shut until Friday, "
	for _, who := range []string{"the former mayor", "a candidate for mayor", "the ex-mayor", "critics of the mayor",
		"the mayor's opponents", "an opposition member of the town council", "rivals of the town hall"} {
		text := lead + who + " said."
		s, e := offsetsOf(t, text, "The ring road will stay shut")
		if o := ReadOrigin(text, s, e, "Lantern Wire"); o.Root == LocalGovernmentName("Vestrup") {
			t.Errorf("%q: root %q, the town's own government", who, o.Root)
		}
	}
	for _, who := range []string{"the mayor", "the mayor's office", "the mayor's spokeswoman", "the deputy mayor", "the town council"} {
		text := lead + who + " said."
		s, e := offsetsOf(t, text, "The ring road will stay shut")
		if o := ReadOrigin(text, s, e, "Lantern Wire"); o.Root != LocalGovernmentName("Vestrup") {
			t.Errorf("%q: root %q (%s), want the local government", who, o.Root, o.RootKind)
		}
	}
}
