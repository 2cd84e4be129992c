package match

import "testing"

// A wire story written for this test (an invented flood, company and people): bodies
// named and then described in apposition, a name that runs past its kind word, a
// relative clause between a subject and its verb.
const appositionsArticle = `Dam operator denies warning failed

LUSAKA, May 2 (Reuters) - Flood water reached three villages on the Kafue on Friday.

Orwen Hydro, the Norwegian company that runs the Itezhi dam, said in a statement that the sirens had sounded at dusk. The company said all six gates were opened in stages.

Saltmarsh Analytics, a British river monitoring firm, said the gauge at Kafue Hook rose by two metres in an hour. The firm said its sensors were working.

Zambezi Gas Transit (ZGT), which carries the dam's electricity to the Copperbelt, said supply would be back by Sunday. ZGT expects no further cuts, Zambezi Gas Transit said.

Namibia, which buys power from the dam, said it would draw more from its own plants.

Meanwhile, the company said no worker had been hurt.`

func TestReadOriginAppositions(t *testing.T) {
	cases := []struct{ needle, root string }{
		{"the sirens had sounded at dusk", "Orwen Hydro"},                     // name, then "the ... company that ...", said
		{"all six gates were opened in stages", "Orwen Hydro"},                // "The company" = the body named before
		{"the gauge at Kafue Hook rose by two metres", "Saltmarsh Analytics"}, // name, "a ... firm,", said
		{"its sensors were working", "Saltmarsh Analytics"},                   // "The firm" = the firm described last
		{"supply would be back by Sunday", "Zambezi Gas Transit"},             // "which carries ..." is no speaker; the name goes on past "Gas"
		{"ZGT expects no further cuts", "Zambezi Gas Transit"},
		{"it would draw more from its own plants", GovernmentName("Namibia")}, // the subject before "which buys power from the dam"
	}
	for _, c := range cases {
		s, e := offsetsOf(t, appositionsArticle, c.needle)
		if o := ReadOrigin(appositionsArticle, s, e, "Reuters"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
	// a sentence's opening word before a comma names no body
	s, e := offsetsOf(t, appositionsArticle, "no worker had been hurt")
	if o := ReadOrigin(appositionsArticle, s, e, "Reuters"); o.Root == "Meanwhile" {
		t.Errorf("read %q as a body", o.Root)
	}
	if got := orgIn("the Aurum Mining Chief Executive"); got != "Aurum Mining" {
		t.Errorf("orgIn ran into a title: %q", got)
	}
}

// A feature written for this test (an invented flood): a relative clause of more than
// eight words, "by X's reckoning", and a body named shortly here and in full elsewhere.
const reckoningArticle = `Counting the drowned fields

By A. Writer

The count is disputed. The Green Cross, whose volunteers went from one flooded farm to the next by boat, counts nine dead.

By the Green Cross's reckoning, some 4,000 homes were damaged, and most wells were spoiled.`

func TestReadOriginLongRelativeAndReckoning(t *testing.T) {
	for _, c := range []struct{ needle, root string }{
		{"counts nine dead", "Green Cross"},
		{"some 4,000 homes were damaged", "Green Cross"},
		{"most wells were spoiled", "Green Cross"},
	} {
		s, e := offsetsOf(t, reckoningArticle, c.needle)
		if o := ReadOrigin(reckoningArticle, s, e, ""); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
	other := "GENEVA (Reuters) - Nine people died, the Zambian Green Cross Society said."
	if got := LongerBodyIn(other, "Green Cross"); got != "Zambian Green Cross Society" {
		t.Errorf("LongerBodyIn = %q", got)
	}
	if got := LongerBodyIn(other, "Cross Society Fund"); got != "" {
		t.Errorf("LongerBodyIn found %q for words not in order", got)
	}
}
