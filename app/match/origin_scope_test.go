package match

import "testing"

// A wire story written for this test (an invented mine collapse, company and people):
// attributions that reach only part of their sentence, a speaker's own description,
// "according to" inside another speaker's words, and the outlet saying nobody could
// confirm a statement.
const scopeArticle = `Chilean miners trapped after collapse

SANTIAGO (AP) — A tunnel collapsed at a copper mine in northern Chile late on Monday, trapping nine miners, in what the mining ministry said on Tuesday was the worst accident in a decade.

Chile's mining police on Tuesday closed the access road to the Cerro Alto mine, accusing its owner of ignoring two warnings.

Interior Minister Paula Reyes, who flew over the site on Tuesday morning, told reporters the rescue would take days.

According to the mine's operator, all nine are alive, Reyes said. The operator, Cordillera Metals Group, has not spoken to the families.

The miners were seen on a camera, the ministry said. Nobody outside the ministry has been able to confirm it.

The rescue team found air in the shaft, the ministry said, adding that a drill was on its way.`

func TestReadOriginScope(t *testing.T) {
	cases := []struct{ needle, root string }{
		{"A tunnel collapsed at a copper mine in northern Chile late on Monday", "Associated Press"}, // "in what X said was" reaches only what follows
		{"was the worst accident in a decade", GovernmentName("Chile")},
		{"closed the access road to the Cerro Alto mine", "Associated Press"},    // the participle reaches only what follows
		{"accusing its owner of ignoring two warnings", GovernmentName("Chile")}, // the subject accuses
		{"who flew over the site on Tuesday morning", "Associated Press"},        // the minister's description is the outlet's
		{"the rescue would take days", GovernmentName("Chile")},
		{"all nine are alive", "Cordillera Metals Group"}, // according to the operator (named later), Reyes said: the operator is the root
		{"Nobody outside the ministry has been able to confirm it.", "Associated Press"},
		{"a drill was on its way", GovernmentName("Chile")}, // "said, adding": the speaker before
	}
	for _, c := range cases {
		s, e := offsetsOf(t, scopeArticle, c.needle)
		if o := ReadOrigin(scopeArticle, s, e, "Associated Press"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
}

// A newspaper analysis written for this test (an invented rate decision): a minister
// named bare, a wire citing an unnamed source across a semicolon, "he said" after the
// bare name, people by what they are, and a party that has not commented.
const feature = `A rate rise, a disputed vote

By A. Writer

ACCRA — When Kofi Mensah walked into the briefing, the outcome was priced in.

Then there is the vote. Mensah told reporters the board was unanimous; Reuters, citing a person familiar with the meeting, reported that two members had dissented. The bank has not commented on the report.

Asked about the currency, he said there was no plan to devalue. Traders in Makola are not convinced: the street rate has drifted all month.`

func TestReadOriginFeatureSpeakers(t *testing.T) {
	at := func(needle string) OriginReading {
		s, e := offsetsOf(t, feature, needle)
		return ReadOrigin(feature, s, e, "")
	}
	if o := at("the board was unanimous"); o.Root != "Kofi Mensah" || o.Vague != "name" {
		t.Errorf("bare name: %+v, want Kofi Mensah, vague", o)
	}
	if o := at("two members had dissented"); o.Root != "Reuters" {
		t.Errorf("Reuters citing an unnamed source across the semicolon: %+v", o)
	}
	if o := at("The bank has not commented on the report."); o.RootKind != "outlet" {
		t.Errorf("has not commented: %+v, want the outlet's own", o)
	}
	if o := at("there was no plan to devalue"); o.Root != "Kofi Mensah" || o.Vague != "name" {
		t.Errorf("'he said' after the bare name: %+v, want still vague", o)
	}
	if o := at("the street rate has drifted all month"); o.Root == "Kofi Mensah" {
		t.Errorf("traders are not convinced: read as the speaker before (%+v)", o)
	}
	// another article of the claim says who the bare name is
	other := "ACCRA, March 3 (Reuters) - Ghana's Finance Minister Kofi Mensah said on Tuesday the board had voted."
	root, _, ok := ResolveVague(other, "Reuters", OriginReading{Root: "Kofi Mensah", RootKind: "organisation", Vague: "name"})
	if !ok || root != GovernmentName("Ghana") {
		t.Errorf("ResolveVague of a bare name = %q %v, want %q", root, ok, GovernmentName("Ghana"))
	}
}
