package match

import "testing"

// Readings of who speaks that two stories written blind found missing (r14s11), each on
// text written for this test: an invented storm on the island of Veldra, its ferry
// operator, its power company and its people.

// A statement told over two sentences, the speaker named at the end of the second ("The
// engine failed at noon. It was towed back within two hours, Kestrel Lines said."), is the
// speaker's as a whole, not the outlet's own reporting for its first half.
func TestReadOriginStatementOverTwoSentences(t *testing.T) {
	const text = `Ferry towed back to Veldra

VELDRA, 3 March (Norvak) - The ferry's engine failed at noon. It was towed back to port within two hours, Kestrel Lines said.

The island's only clinic stayed open. It ran on its own generator all night, the clinic's director, Anna Rees, said.`
	cases := []struct{ span, root string }{
		{"The ferry's engine failed at noon. It was towed back to port within two hours", "Kestrel Lines"},
		{"The ferry's engine failed at noon.", ""}, // the first sentence alone names no one: a lead, unattributed
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.span)
		if o := ReadOrigin(text, s, e, "Norvak"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.span, o.Root, o.Cue, c.root)
		}
	}
}

// A person introduced by a title before their name ("The head of the Harbour Office, Piet
// Lund, told", "Kestrel Lines' operations manager, Ola Berg, says", "Mayor Siri Dahl said",
// "its director, Kari Moe, said") speaks for the body the title names, there and later by
// surname or pronoun; a person the text ties to no body speaks for themself.
func TestReadOriginTitleBeforeTheName(t *testing.T) {
	const text = `Storm closes Oslo harbour

OSLO, 3 March (Norvak) - The storm closed the harbour overnight. The head of the Harbour Office, Piet Lund, told Norvak that the main quay had been shut at midnight.

Lund said the breakwater had held.

Kestrel Lines' operations manager, Ola Berg, says the ferry's engine had been serviced in May. "The crew did everything right," he said. Berg also said the ferry would sail again on Friday.

Mayor Siri Dahl said the schools would stay closed on Tuesday. Dahl said the sports hall would open as a shelter.

The Coastal Administration said two fishing boats had sunk at their moorings. Its director, Kari Moe, said the lighthouse had lost power for an hour.

Brannvik's general manager, Eva Lie, said the fuel depot had passed its inspection. She said the tanks had not leaked.

Jon Vik, a fisherman, said his boat had been torn from the pier.`
	norway := GovernmentName("Norway")
	cases := []struct{ span, root string }{
		{"the main quay had been shut at midnight", norway},
		{"the breakwater had held", norway},
		{"the ferry's engine had been serviced in May", "Kestrel Lines"},
		{"The crew did everything right", "Kestrel Lines"},
		{"the ferry would sail again on Friday", "Kestrel Lines"},
		{"the schools would stay closed on Tuesday", "Local government of Oslo"},
		{"the sports hall would open as a shelter", "Local government of Oslo"},
		{"the lighthouse had lost power for an hour", norway},
		{"the fuel depot had passed its inspection", "Brannvik"},
		{"the tanks had not leaked", "Brannvik"},
		{"his boat had been torn from the pier", "Jon Vik"},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.span)
		if o := ReadOrigin(text, s, e, "Norvak"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.span, o.Root, o.Cue, c.root)
		}
	}
}

// A union described with its initials and where it works ("who leads the harbour workers'
// union HAVFO at the port") is read by its initials, as "the union" after it; another
// article that names it in full with the initials in parentheses ("the Harbour Workers'
// Federation (HAVFO)") gives the fuller name the claim's origins rest on (LongerBodyIn).
func TestReadOriginUnionByItsInitials(t *testing.T) {
	const feature = `The strike nobody wanted

By A. Writer
5 March

Per Holm, who leads the harbour workers' union HAVFO at the port, says the cranes were never safe. The union counts 40 members on strike.`
	cases := []struct{ span, root string }{
		{"the cranes were never safe", "HAVFO"},
		{"40 members on strike", "HAVFO"},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, feature, c.span)
		if o := ReadOrigin(feature, s, e, "The Harbour Weekly"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.span, o.Root, o.Cue, c.root)
		}
	}
	const wire = `Dockers walk out

BERGEN, 3 March (Norvak) - Dockers walked out on Monday. The Harbour Workers' Federation (HAVFO) said the strike would go on until Friday.`
	if got := LongerBodyIn(wire, "HAVFO"); got != "Harbour Workers' Federation" {
		t.Errorf("LongerBodyIn(wire, HAVFO) = %q, want the name before the parentheses", got)
	}
	if got := LongerBodyIn(wire, "HAF"); got != "" {
		t.Errorf("LongerBodyIn(wire, HAF) = %q, want none: no body goes by that name", got)
	}
}

// Who blames a cause states it ("The owner, Brannvik, blamed a faulty valve") and holds
// only what follows the verb ("Police say four tanks burned; the company blames a valve");
// "blamed each other for" gives the blame, and what follows, to neither.
func TestReadOriginBlames(t *testing.T) {
	const text = `Depot fire in Oslo

By A. Writer
5 March

The fuel depot burned for six hours on Monday. The depot's owner, Brannvik, blamed a faulty valve.

Police say four tanks burned; the company blames a worn seal.

The town and the company blamed each other for a fire that closed the harbour.`
	cases := []struct{ span, root string }{
		{"blamed a faulty valve", "Brannvik"},
		{"four tanks burned", GovernmentName("Norway")},          // the speaker before it, not the one after the semicolon
		{"a fire that closed the harbour", "The Harbour Weekly"}, // blamed on each other: neither holds the fire (the paper's own)
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.span)
		if o := ReadOrigin(text, s, e, "The Harbour Weekly"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.span, o.Root, o.Cue, c.root)
		}
	}
}

// "The company" is the company named before, not a union named after it: "Brannvik ... the
// Harbour Workers' Union (HWU) said ... The company says two tanks were damaged".
func TestReadOriginTheCompanyIsNoUnion(t *testing.T) {
	const text = `Depot fire in Oslo

By A. Writer
5 March

The depot's owner, Brannvik, blamed a faulty valve. But the Harbour Workers' Union (HWU) said the alarms had been switched off, a charge the company denied. The company says two tanks were damaged.`
	cases := []struct{ span, root string }{
		{"two tanks were damaged", "Brannvik"},
		{"the alarms had been switched off", "Harbour Workers' Union"},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.span)
		if o := ReadOrigin(text, s, e, "The Harbour Weekly"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.span, o.Root, o.Cue, c.root)
		}
	}
}
