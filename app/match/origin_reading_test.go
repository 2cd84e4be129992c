package match

import (
	"strings"
	"testing"
)

// An article written for this test: a wire agency's copy with a dateline, a government
// speaking through a spokesman, a relay ("citing"), "state media", pronouns and an
// unattributed lead.
const originArticle = `HAVANA, May 2 (Reuters) - The port of Mariel will close for repairs next month.

The closure will last six weeks, Cuba's transport ministry said on Friday.

It will cost about 40 million dollars, the ministry added.

Interfax, citing the Kremlin, said Russian tankers would use another port.

Officials in Moscow said the tankers were already at sea.

Russian state media said the repairs had been planned for years. They said the work was overdue.

Cuba's transport minister, Eduardo Rivas, arrived later. Rivas told reporters the port would reopen in July. He said no jobs would be lost.`

func TestReadOrigin(t *testing.T) {
	at := func(needle string) (int, int) { return offsetsOf(t, originArticle, needle) }
	cases := []struct{ needle, root, channel string }{
		{"The port of Mariel will close for repairs next month", "Reuters", ""}, // a wire agency's own lead
		{"The closure will last six weeks", GovernmentName("Cuba"), ""},
		{"It will cost about 40 million dollars", GovernmentName("Cuba"), ""},
		{"Russian tankers would use another port", GovernmentName("Russia"), "Interfax"},
		{"the tankers were already at sea", GovernmentName("Russia"), ""},
		{"the work was overdue", "TASS", ""}, // "they" after "Russian state media said"
		{"the port would reopen in July", GovernmentName("Cuba"), ""},
		{"no jobs would be lost", GovernmentName("Cuba"), ""},
	}
	for _, c := range cases {
		s, e := at(c.needle)
		o := ReadOrigin(originArticle, s, e, "Reuters")
		if o.Root != c.root || o.Channel != c.channel {
			t.Errorf("%q: root %q via %q (cue %q), want %q via %q", c.needle, o.Root, o.Channel, o.Cue, c.root, c.channel)
		}
	}
}

// An article written for this test: an attribution carries to the sentences that go on
// with its statement (same paragraph, a pronoun subject, a quote going on, the speaker's
// "our", a block after "the following statement:"), and not to a paragraph of the
// outlet's own; an office with no country speaks for the government whose office last
// spoke, not for a capital used as a voice.
const inheritArticle = `LIMA (AFP) - Peru's fisheries ministry said on Monday that the anchovy season would open late. The delay follows a warm current.

Quito says the boats it seized were fishing illegally.

The boats carried about 40 tonnes of catch, the coast guard said.

Peru has long been the world's largest producer of fishmeal.

A spokesman for the Ecuadorian navy issued the following statement:

The vessels entered our waters without permission.

They will be returned once fines are paid.`

func TestOriginInheritance(t *testing.T) {
	at := func(needle string) (int, int) { return offsetsOf(t, inheritArticle, needle) }
	cases := []struct{ needle, root string }{
		{"The delay follows a warm current", GovernmentName("Peru")},                     // same paragraph
		{"The boats carried about 40 tonnes", GovernmentName("Peru")},                    // the office that last spoke, not "Quito says"
		{"Peru has long been the world's largest producer", "Agence France-Presse"},      // a paragraph of the agency's own
		{"The vessels entered our waters without permission", GovernmentName("Ecuador")}, // the statement that follows
		{"They will be returned once fines are paid", GovernmentName("Ecuador")},         // a pronoun subject
	}
	for _, c := range cases {
		s, e := at(c.needle)
		if o := ReadOrigin(inheritArticle, s, e, "Agence France-Presse"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
	// a newspaper: its lead before any source is unattributed; a later paragraph of its own
	// is its own reporting
	paper := "Fishermen in Paita are angry about the delay.\n\nPeru's fisheries ministry said the season would open late.\n\nThe harbour was quiet on Sunday."
	s := strings.Index(paper, "Fishermen")
	if o := ReadOrigin(paper, s, s+9, "The Paita Gazette"); o.Root != "" {
		t.Errorf("a newspaper's lead: %+v", o)
	}
	s = len([]rune(paper[:strings.Index(paper, "The harbour")]))
	if o := ReadOrigin(paper, s, s+11, "The Paita Gazette"); o.RootKind != "outlet" {
		t.Errorf("a newspaper's own paragraph: %+v", o)
	}
	// a speaker not named before: an apposition says who they are; the statement before
	// "the Joint Staff said" does not
	appos := "Ecuador's deputy fisheries minister, Rosa Quispe, told AFP the fines were fair."
	s = len([]rune(appos[:strings.Index(appos, "the fines")]))
	if o := ReadOrigin(appos, s, s+19, "Agence France-Presse"); o.Root != GovernmentName("Ecuador") {
		t.Errorf("apposition: %+v", o)
	}
	joint := "Peru's navy said it had seen the boats. Ecuadorian boats left the area within an hour, the Joint Command said."
	s = len([]rune(joint[:strings.Index(joint, "Ecuadorian")]))
	if o := ReadOrigin(joint, s, s+40, "Agence France-Presse"); o.Root != GovernmentName("Peru") {
		t.Errorf("an office after the statement: %+v", o)
	}
}

// A company that speaks is its own origin, by name or as "the company" after it was
// named; a country's ministry still speaks for its government (invented article).
func TestOriginOfABody(t *testing.T) {
	text := `BUCHAREST, 13 May /Agerpres/ - A tailings pond at the Valea Rosie mine gave way overnight, the operator Carpat Metals Group said.

The company said no one was hurt.

Romania's environment ministry said the spill was being measured.

The Danube Protection Council said fish had died downstream.`
	at := func(needle string) (int, int) { return offsetsOf(t, text, needle) }
	for _, c := range []struct{ needle, root, kind string }{
		{"A tailings pond at the Valea Rosie mine gave way overnight", "Carpat Metals Group", "organisation"},
		{"no one was hurt", "Carpat Metals Group", "organisation"},
		{"the spill was being measured", GovernmentName("Romania"), "government"},
		{"fish had died downstream", "Danube Protection Council", "organisation"},
	} {
		s, e := at(c.needle)
		if o := ReadOrigin(text, s, e, "Agerpres"); o.Root != c.root || o.RootKind != c.kind {
			t.Errorf("%q: %q (%s, cue %q), want %q (%s)", c.needle, o.Root, o.RootKind, o.Cue, c.root, c.kind)
		}
	}
}

// Speakers wire copy names in ways the reader missed (sentences written for this test):
// an office with no country in a story whose dateline is the only place named; a body
// after "said"; government bodies called directorate, prefect, bureau; "a spokesman for
// the mine" after the mine's operator was named.
func TestOriginOfOtherSpeakers(t *testing.T) {
	for _, c := range []struct{ outlet, text, needle, root string }{
		{"Associated Press", "BEIJING (AP) — The dam is safe, local officials said.", "The dam is safe", GovernmentName("China")},
		{"Reuters", "BEIJING, Nov 7 (Reuters) - The dam was safe, the Ministry of Emergency Management said in a statement.", "The dam was safe", GovernmentName("China")},
		{"Xinhua", "XINING, Nov. 6 (Xinhua) -- The dam is safe, said an official with the Qinghai provincial water resources department.", "The dam is safe", "Government of Qinghai"},
		{"MTI", "Budapest, May 14 (MTI) – The water reached the border on Tuesday, the National Directorate General for Water Management said.", "The water reached the border", GovernmentName("Hungary")},
		{"Agerpres", "Baia Mare, May 13 /Agerpres/ - The dam gave way overnight, the prefect of Maramures county said.", "The dam gave way overnight", GovernmentName("Romania")},
		{"Yonhap", "BUSAN, May 3 (Yonhap) -- Twelve fishermen were pulled from the sea overnight, said its Busan and Ulsan regional director, Kim Min-jun.", "Twelve fishermen were pulled from the sea", GovernmentName("South Korea")},
		{"Agerpres", "Baia Mare, May 13 /Agerpres/ - The Valea Rosie mine is run by Carpat Metals Group.\n\nThe dam gave way overnight, a spokesman for the mine said.", "The dam gave way overnight", "Carpat Metals Group"},
	} {
		i := strings.Index(c.text, c.needle)
		s := len([]rune(c.text[:i]))
		if o := ReadOrigin(c.text, s, s+len([]rune(c.needle)), c.outlet); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.text, o.Root, o.Cue, c.root)
		}
	}
}

// More speakers, in sentences written for this test: a relay in a relative clause, an
// estimate's source ("put ... at"), the outlet's own "could not be independently
// confirmed", private people (a survivor, a trader), an embassy in another country's
// capital, a quotation before "said", a union named by its acronym, "estimated".
func TestOriginOfRelaysPeopleAndBodies(t *testing.T) {
	text := `MANILA, May 4 (Reuters) - The landslide buried 40 homes, according to PNA, which cited the provincial disaster office.

Regional police put the number of missing at 27. The figure could not be independently confirmed.

A survivor, Maria Santos Reyes, 52, from Tacloban, said the hillside had cracked days before.

Jun Dela Cruz, a 33-year-old fisherman, told reporters the road was closed.

Two Korean workers were rescued, the South Korean Embassy in Manila said.

"The pumps were never repaired," said the regional director, Elena Bautista.

Workers belong to the PSMU miners' union. The union said its members had warned of cracks.

The Philippine Chamber of Mines estimated the damage at 3 million dollars.`
	at := func(needle string) (int, int) { return offsetsOf(t, text, needle) }
	for _, c := range []struct{ needle, root, kind string }{
		{"The landslide buried 40 homes", GovernmentName("Philippines"), "government"},
		{"the number of missing at 27", GovernmentName("Philippines"), "government"},
		{"The figure could not be independently confirmed", "Reuters", "outlet"},
		{"the hillside had cracked days before", "Maria Santos Reyes", "person"},
		{"the road was closed", "Jun Dela Cruz", "person"},
		{"Two Korean workers were rescued", GovernmentName("South Korea"), "government"},
		{"The pumps were never repaired", GovernmentName("Philippines"), "government"},
		{"its members had warned of cracks", "PSMU", "organisation"},
		{"the damage at 3 million dollars", "Philippine Chamber of Mines", "organisation"},
	} {
		s, e := at(c.needle)
		if o := ReadOrigin(text, s, e, "Reuters"); o.Root != c.root || o.RootKind != c.kind {
			t.Errorf("%q: %q (%s, cue %q), want %q (%s)", c.needle, o.Root, o.RootKind, o.Cue, c.root, c.kind)
		}
	}
}

// offsetsOf is the code-point span of needle in text.
func offsetsOf(t *testing.T, text, needle string) (int, int) {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("%q not in the text", needle)
	}
	s := len([]rune(text[:i]))
	return s, s + len([]rune(needle))
}

// A body speaks through the title of its people (sentences written for this test): an
// acronym before a title, a company's chief executive, and the same person later by name;
// a country's spokesman stays its government's.
func TestOriginOfATitledSpeaker(t *testing.T) {
	text := `GDANSK, June 2 (PAP) - Shipyard welders began a strike on Monday, said OZZS secretary Marek Wolny.

Baltmar's chief executive, Anna Lis, said the yard would stay open.

The strike will last a week, Wolny said.

Poland's government spokesman said talks would begin on Friday.`
	for _, c := range []struct{ needle, root string }{
		{"Shipyard welders began a strike on Monday", "OZZS"},
		{"the yard would stay open", "Baltmar"},
		{"The strike will last a week", "OZZS"},
		{"talks would begin on Friday", GovernmentName("Poland")},
	} {
		s, e := offsetsOf(t, text, c.needle)
		if o := ReadOrigin(text, s, e, "Polish Press Agency"); o.Root != c.root {
			t.Errorf("%q: root %q (%s, cue %q), want %q", c.needle, o.Root, o.RootKind, o.Cue, c.root)
		}
	}
}

// A state's or province's office speaks for that government, not the country's; a
// country, a capital and an office in a city keep their reading. Sentences written for
// this test.
func TestOriginOfSubnationalGovernments(t *testing.T) {
	for _, c := range []struct{ outlet, text, needle, root string }{
		{"Reuters", "KOLKATA, June 2 (Reuters) - Six sluice gates were opened late on Sunday, the Odisha irrigation department said.", "Six sluice gates were opened", "Government of Odisha"},
		{"Reuters", "MUNICH, June 2 (Reuters) - The border checks will go on, the Bavarian interior ministry said.", "The border checks will go on", "Government of Bavaria"},
		{"Associated Press", "AUSTIN (AP) — The wells were capped on Friday, Texas officials said.", "The wells were capped on Friday", "Government of Texas"},
		{"Dawn", "KARACHI: The canal was breached in two places, the Sindh government said on Monday.", "The canal was breached in two places", "Government of Sindh"},
		{"Reuters", "OTTAWA, June 2 (Reuters) - The pipeline will be inspected, a spokeswoman for the Alberta energy ministry said.", "The pipeline will be inspected", "Government of Alberta"},
		// the state's name in full before "state officials"
		{"Reuters", "The river crested overnight, West Bengal state officials said.", "The river crested overnight", "Government of West Bengal"},
		// the name the app gives a state's government, written out ("the Government of X",
		// "the state government of X"), is that government, not the outlet's country's
		{"Reuters", "The dam will be closed, the Government of Bavaria said.", "The dam will be closed", "Government of Bavaria"},
		{"Reuters", "LAHORE, June 2 (Reuters) - Floods killed 12 people, the government of Sindh said.", "Floods killed 12 people", "Government of Sindh"},
		{"Reuters", "The bridge reopens on Monday, the state government of West Bengal said.", "The bridge reopens on Monday", "Government of West Bengal"},
		{"Reuters", "The bridge reopens on Monday, the Government of India said.", "The bridge reopens on Monday", GovernmentName("India")},
		// a name two federations give a division ("Punjab") is named with the country the
		// dateline, else the story, places it in: two governments, not one source
		{"Reuters", "LAHORE, Aug 26 (Reuters) - India released water from the Madhopur headworks, Punjab government officials said.", "India released water", "Government of Punjab (Pakistan)"},
		{"Reuters", "CHANDIGARH, Aug 26 (Reuters) - Water was released from the Madhopur headworks, Punjab government officials said.", "Water was released", "Government of Punjab (India)"},
		{"Reuters", "AMRITSAR, Aug 26 (Reuters) - Water was released from the headworks, the Punjab irrigation department said.", "Water was released", "Government of Punjab (India)"},
		// Mexico State is the state, however it is written, never the country
		{"Associated Press", "TOLUCA, Mexico (AP) — Floods closed the highway, the government of Mexico state said.", "Floods closed the highway", "Government of Mexico State"},
		{"Associated Press", "TOLUCA, Mexico (AP) — Floods closed the highway, Mexico state officials said.", "Floods closed the highway", "Government of Mexico State"},
		// a state a country also names is the state in a story datelined in one of its
		// country's state capitals, and the country elsewhere
		{"Reuters", "ATLANTA, Aug 26 (Reuters) - Floods closed the highway, Georgia officials said.", "Floods closed the highway", "Government of Georgia (United States)"},
		{"Associated Press", "ATLANTA (AP) — Floods closed the highway, the Georgia Department of Transportation said.", "Floods closed the highway", "Government of Georgia (United States)"},
		{"Reuters", "TBILISI, Aug 26 (Reuters) - Floods closed the highway, Georgian officials said.", "Floods closed the highway", GovernmentName("Georgia")},
		{"Associated Press", "SAVANNAH, Ga. (AP) — Floods closed the highway, Georgia state officials said.", "Floods closed the highway", "Government of Georgia (United States)"},
		{"Reuters", "WASHINGTON, Aug 26 (Reuters) - The talks will go on, Georgia's foreign ministry said.", "The talks will go on", GovernmentName("Georgia")},
		// a state's government is no default for the bare offices after it
		{"Reuters", "BHUBANESWAR, June 2 (Reuters) - Six gates were opened, the Odisha irrigation department said. India's water ministry issued a flood alert.\n\nThe neighbours were warned in advance, a ministry official said.", "The neighbours were warned", GovernmentName("India")},
		// the country's offices and capitals as before
		{"Reuters", "NEW DELHI, June 2 (Reuters) - The gates were opened on schedule, India's water ministry said.", "The gates were opened on schedule", GovernmentName("India")},
		{"Reuters", "The checks will end, Berlin said on Monday.", "The checks will end", GovernmentName("Germany")},
		{"Reuters", "The border stays open, Georgian officials said.", "The border stays open", GovernmentName("Georgia")},
	} {
		i := strings.Index(c.text, c.needle)
		s := len([]rune(c.text[:i]))
		if o := ReadOrigin(c.text, s, s+len([]rune(c.needle)), c.outlet); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.text, o.Root, o.Cue, c.root)
		}
	}
}
