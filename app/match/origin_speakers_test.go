package match

import (
	"strings"
	"testing"
)

// Articles written for these tests (invented events, companies and people).

// A newspaper piece: a company by its bare name and in apposition, a legal form, a
// person's title after the name, a private person and "he", a statement's "the
// statement said", a relative clause and a compound in the speaker, counts, beliefs.
const speakersArticle = `Ferry blaze leaves questions in Valparaiso

By A. Writer
March 3, 2027

VALPARAISO — The fire broke out on the car deck on Monday.

Tomas Herrera, a 52-year-old fisherman from Quintero, watched it from his boat. He is sure of one thing: the ferry was overloaded. "There were cars in the corridors. Nobody stopped them," he said.

The operator, PT Kelana Samudra, disputes that account. In a statement, the company said the crew followed every rule. Its captain had done nothing wrong, the statement said.

Two ships of Andes Coastal Lines were sent to San Antonio instead, the Santiago-based company said.

Marinor said in a note that its own ferries would keep sailing. The ferries of Marinor leave from Quintero.

Witnesses said the smoke was visible from the shore.

Paula Vidal, head of the Pacific Ferry Owners' Association, spoke to reporters. The route is safe, Vidal said.

Chilean officials count 9 dead. The Peruvian agency that carried out much of the rescue says 12 bodies have been found.

Chile's search and rescue service put the number of missing at 4, the Spanish agency EFE reported.

Officer Ruiz, a Peruvian, said initial information from the Chilean navy showed the fire had started in a truck.

The union has called a further strike from April 2, according to Vidal, who asked Santiago to step in.

The union says most members stayed home; the port authority counted fewer than half.

Union officials say two dockers were hurt.

Ruiz declined to comment on the cause. Exports declined to 40 tonnes.`

func TestReadOriginSpeakers(t *testing.T) {
	at := func(needle string) (int, int) { return offsetsOf(t, speakersArticle, needle) }
	cases := []struct{ needle, root, channel, vague string }{
		{"the ferry was overloaded", "Tomas Herrera", "", ""},               // "He is sure" after a private person named
		{"There were cars in the corridors.", "Tomas Herrera", "", ""},      // a quote whose speaker follows in the next sentence
		{"the crew followed every rule", "PT Kelana Samudra", "", ""},       // "the company" = the operator in apposition
		{"Its captain had done nothing wrong", "PT Kelana Samudra", "", ""}, // "the statement said"
		{"Two ships of Andes Coastal Lines were sent", "Andes Coastal Lines", "", ""},
		{"its own ferries would keep sailing", "Marinor", "", "name"}, // a bare name speaks for itself
		{"The route is safe", "Pacific Ferry Owners' Association", "", ""},
		{"Chilean officials count 9 dead", GovernmentName("Chile"), "", ""},
		{"12 bodies have been found", GovernmentName("Peru"), "", ""}, // the agency the relative clause describes
		{"Chile's search and rescue service put the number of missing at 4", GovernmentName("Chile"), "EFE", ""},
		{"the fire had started in a truck", GovernmentName("Chile"), "", ""},
		// the whole sentence marked: the later speaker is nearer the content, a medium relays
		{"Officer Ruiz, a Peruvian, said initial information from the Chilean navy showed the fire had started in a truck.", GovernmentName("Chile"), "", ""},
		{"Chile's search and rescue service put the number of missing at 4, the Spanish agency EFE reported.", GovernmentName("Chile"), "EFE", ""},
		{"The union has called a further strike from April 2", "Pacific Ferry Owners' Association", "", ""}, // according to Vidal
		{"most members stayed home", "union", "", "union"}, // not the port authority across the semicolon
		{"two dockers were hurt", "union", "", "union"},    // union officials speak for the union, not a government
		{"Ruiz declined to comment on the cause", GovernmentName("Chile"), "", ""},
	}
	for _, c := range cases {
		s, e := at(c.needle)
		o := ReadOrigin(speakersArticle, s, e, "")
		if o.Root != c.root || o.Channel != c.channel || o.Vague != c.vague {
			t.Errorf("%q: root %q via %q vague %q (cue %q), want %q via %q vague %q", c.needle, o.Root, o.Channel, o.Vague, o.Cue, c.root, c.channel, c.vague)
		}
	}
	// refusals: a sentence's first word is no name; "declined" without "to" is no speech
	for _, needle := range []string{"the smoke was visible from the shore", "Exports declined to 40 tonnes"} {
		s, e := at(needle)
		if o := ReadOrigin(speakersArticle, s, e, ""); o.Root == "Witnesses" || o.Root == "Exports" {
			t.Errorf("%q: read %q as a speaker", needle, o.Root)
		}
	}
}

// A national agency writes its own country's officials without the country; a global
// wire names it, so there a bare title speaks for the government that last spoke.
func TestReadOriginHomeOfficial(t *testing.T) {
	const national = `MADRID, June 3 (EFE) - Portugal's navy found the trawler on Monday, Lisbon said.

Madrid has offered Lisbon two patrol boats, Interior Minister Carla Robles said.`
	const global = `MADRID, June 3 (Reuters) - Portugal's navy found the trawler on Monday, Lisbon said.

Madrid has offered Lisbon two patrol boats, Interior Minister Carla Robles said.`
	for _, c := range []struct{ text, outlet, root string }{
		{national, "Agencia EFE", GovernmentName("Spain")},
		{global, "Reuters", GovernmentName("Portugal")},
	} {
		s, e := offsetsOf(t, c.text, "Madrid has offered Lisbon two patrol boats")
		if o := ReadOrigin(c.text, s, e, c.outlet); o.Root != c.root {
			t.Errorf("%s: root %q (cue %q), want %q", c.outlet, o.Root, o.Cue, c.root)
		}
	}
}

// A vague root is read in another article of the claim: the one union it names, the words
// an acronym stands for; nothing when the other article does not say.
func TestResolveVague(t *testing.T) {
	other := `LIMA, May 2 (Reuters) - Dockers of the SUTRAP port workers' union walked out on Monday, the National Maritime Safety Directorate (Dinamar) said.`
	cases := []struct {
		o          OriginReading
		root, kind string
		ok         bool
	}{
		{OriginReading{Root: "union", Vague: "union"}, "SUTRAP", "organisation", true},
		{OriginReading{Root: "Dinamar", Vague: "name"}, GovernmentName("Peru"), "government", true},
		{OriginReading{Root: "chamber of commerce", Vague: "chamber"}, "", "", false},
		{OriginReading{Root: "Marinor", Vague: "name"}, "", "", false},
		{OriginReading{Root: "Reuters"}, "", "", false}, // not vague: nothing to resolve
	}
	for _, c := range cases {
		root, kind, ok := ResolveVague(other, "Reuters", c.o)
		if root != c.root || kind != c.kind || ok != c.ok {
			t.Errorf("%+v: %q %q %v, want %q %q %v", c.o, root, kind, ok, c.root, c.kind, c.ok)
		}
	}
}

// A quotation that opens a paragraph is the words of whoever the sentence closing it
// names, not of the speaker of the paragraph before.
func TestReadOriginQuoteCloser(t *testing.T) {
	const text = `ARICA, May 9 (Reuters) - The bus left the road at dawn, Chile's transport ministry said.

"We were lucky. Nobody on our side was hurt," said Ana Soto, a passenger from Tacna.

"The driver was tired. He told us so."`
	s, e := offsetsOf(t, text, "We were lucky.")
	if o := ReadOrigin(text, s, e, "Reuters"); o.Root != "Ana Soto" {
		t.Errorf("root %q (cue %q), want Ana Soto", o.Root, o.Cue)
	}
	// a paragraph that opens a quotation and names no one goes on with the quote before
	s, e = offsetsOf(t, text, "The driver was tired.")
	if o := ReadOrigin(text, s, e, "Reuters"); o.Root != "Ana Soto" {
		t.Errorf("root %q (cue %q), want Ana Soto going on", o.Root, o.Cue)
	}
}

// An acronym the article spells out as a body speaks for that body; one spelled out as a
// state office does not.
func TestReadOriginDefinedAcronym(t *testing.T) {
	const text = `OSLO, Feb 2 (Reuters) - Shippers lost about 3 million crowns a day, the Norwegian Shipowners Association (NSA) said.

Some 20 sailings were cancelled, NSA transport adviser Kari Lund told Reuters.

The frigate turned back, the Joint Chiefs of Staff (JCS) said. Two more ships were seen, JCS spokesman Ola Berg said.

The Norwegian Seafarers Union called a strike. Ferries will stop on Friday, NSU leader Per Dahl told Reuters.`
	cases := []struct{ needle, root string }{
		{"Some 20 sailings were cancelled", "Norwegian Shipowners Association"},
		{"Two more ships were seen", GovernmentName("Norway")},
		{"Ferries will stop on Friday", "Norwegian Seafarers Union"}, // initials of a body named in full
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.needle)
		if o := ReadOrigin(text, s, e, "Reuters"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
}

// A newspaper's lead names no one and adds no origin; a later paragraph of its own is its
// reporting even before it names its sources; a byline and a date are no lead.
func TestReadOriginAfterTheLead(t *testing.T) {
	const paper = "By A. Writer | 04.05.2027\n\nFishermen in Paita are angry about the late season this year.\n\nThe boats had left Paita at half past five that morning.\n\nPeru's fisheries ministry said the season would open late."
	for _, c := range []struct{ needle, kind string }{
		{"Fishermen in Paita are angry", ""},
		{"The boats had left Paita at half past five", "outlet"},
	} {
		s, e := offsetsOf(t, paper, c.needle)
		if o := ReadOrigin(paper, s, e, "The Paita Gazette"); o.RootKind != c.kind {
			t.Errorf("%q: %+v, want kind %q", c.needle, o, c.kind)
		}
	}
}

// A document or figure "published by" a source is that source's; "by" after another verb
// names no source.
func TestReadOriginReleasedBy(t *testing.T) {
	const text = `LIMA, May 2 (Reuters) - Peru's navy found the trawler on Monday, Lima said.

The list published by the coast guard office names 31 crew.

The trawler was hit by a wave on Sunday night.`
	s, e := offsetsOf(t, text, "The list published by the coast guard office names 31 crew")
	if o := ReadOrigin(text, s, e, "Reuters"); o.Root != GovernmentName("Peru") {
		t.Errorf("published by: root %q (cue %q), want Peru's government", o.Root, o.Cue)
	}
	s, e = offsetsOf(t, text, "The trawler was hit by a wave on Sunday night")
	if o := ReadOrigin(text, s, e, "Reuters"); o.Root != "Reuters" {
		t.Errorf("hit by a wave: root %q (cue %q), want the agency's own reporting", o.Root, o.Cue)
	}
}

// A passive participle names no speaker ("Russian performers are expected"), and a
// summary's bullet points go with the lead: neither is anyone's nor the paper's own.
func TestReadOriginPassiveAndBullets(t *testing.T) {
	const paper = "- Chilean dancers are expected in Lima next week.\n- The ferry route reopens on Monday.\nFerries and festivals\nThe Lima festival opens its doors to foreign troupes on Friday evening this year."
	s, e := offsetsOf(t, paper, "The ferry route reopens on Monday")
	if o := ReadOrigin(paper, s, e, "The Lima Gazette"); o.Root != "" || o.RootKind != "" {
		t.Errorf("a bullet after \"are expected\": %+v, want unattributed", o)
	}
}

// A ministry's portfolio is no body ("State Minister for Water Resources"); a relative
// clause whose own subject speaks ("a dam that officials in Quito say burst") keeps that
// speaker; a relief society is its own origin.
func TestReadOriginPortfoliosAndRelatives(t *testing.T) {
	const text = `QUITO (AFP) - Ecuador protested over a release of water from a Peruvian dam that officials in Quito say flooded six villages.

At least five people died, the Ecuadorian Red Cross Society said.

"Nobody warned us," State Minister for Water Resources Lucia Paredes told AFP.`
	cases := []struct{ needle, root string }{
		{"flooded six villages", GovernmentName("Ecuador")},
		{"At least five people died", "Ecuadorian Red Cross Society"},
		{"Nobody warned us", GovernmentName("Ecuador")},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.needle)
		if o := ReadOrigin(text, s, e, "Agence France-Presse"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
}

// An agency's initials where a speaker stands are that agency ("PTI reported"), its own
// voice; the article's own outlet is never its origin.
func TestReadOriginAgencyInitials(t *testing.T) {
	const text = `DHAKA (AFP) - Engineers opened the gates overnight, PTI reported.`
	s, e := offsetsOf(t, text, "Engineers opened the gates overnight")
	if o := ReadOrigin(text, s, e, "Agence France-Presse"); o.Root != "Press Trust of India" || o.RootKind != "agency" {
		t.Errorf("root %q (%s, cue %q), want the Press Trust of India", o.Root, o.RootKind, o.Cue)
	}
}

// "disputes" speaks ("Dhaka disputes that."); a participle after an article does not
// ("crossed the disputed border").
func TestReadOriginDisputes(t *testing.T) {
	const text = `DHAKA (AFP) - New Delhi says it warned its neighbour in good time.

Dhaka disputes that.

Bangladeshi boats had crossed the disputed border at dawn.`
	cases := []struct{ needle, root string }{
		{"Dhaka disputes that.", GovernmentName("Bangladesh")},
		{"Bangladeshi boats had crossed the disputed border at dawn", "Agence France-Presse"}, // the agency's own
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.needle)
		if o := ReadOrigin(text, s, e, "Agence France-Presse"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
}

// A statutory board is a state body, named ("the Nepal Electricity Board") or as "the
// country's water board" after the country is named; "on board" is no one.
func TestReadOriginBoards(t *testing.T) {
	const text = `KATHMANDU (AFP) - The river rose 2 metres overnight, the Nepal Electricity Board said.

At Birgunj, just inside Nepal, the water stood at 80 centimetres, the country's water development board said.

The number of people on board could not be independently confirmed.`
	cases := []struct{ needle, root string }{
		{"The river rose 2 metres overnight", GovernmentName("Nepal")},
		{"the water stood at 80 centimetres", GovernmentName("Nepal")},
		{"The number of people on board could not be independently confirmed.", "Agence France-Presse"},
	}
	for _, c := range cases {
		s, e := offsetsOf(t, text, c.needle)
		if o := ReadOrigin(text, s, e, "Agence France-Presse"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
}

// A statement passed on from unnamed reports ("reportedly") adds no origin, not even the
// paper's own, where a paragraph of its own would.
func TestReadOriginHearsay(t *testing.T) {
	const paper = "Fishermen in Paita are angry about the late season this year.\n\nPeruvian boats have reportedly crossed into Ecuadorian waters.\n\nThe boats had left Paita at half past five that morning."
	for _, c := range []struct{ needle, kind string }{
		{"Peruvian boats have reportedly crossed into Ecuadorian waters", ""},
		{"The boats had left Paita at half past five", "outlet"},
	} {
		s, e := offsetsOf(t, paper, c.needle)
		if o := ReadOrigin(paper, s, e, "The Paita Gazette"); o.RootKind != c.kind {
			t.Errorf("%q: %+v, want kind %q", c.needle, o, c.kind)
		}
	}
}

// Initials that also name a party are the agency only as the subject of what agencies do.
func TestReadOriginInitialsSaidIsNoAgency(t *testing.T) {
	const text = `ISLAMABAD (Reuters) - The march will go ahead on Friday, PTI said.`
	s, e := offsetsOf(t, text, "The march will go ahead on Friday")
	if o := ReadOrigin(text, s, e, "Reuters"); o.Root == "Press Trust of India" {
		t.Errorf("root %q (%s, cue %q): 'PTI said' read as the Indian agency", o.Root, o.RootKind, o.Cue)
	}
}

// A quotation that runs over two sentences names its speaker after it closes; a reporting
// verb inside the quotation ("what the mayor promised") is what is quoted. Written for this
// test.
func TestReadOriginQuoteCloserAfterTheQuote(t *testing.T) {
	const text = `Bus drivers reject pay deal

SANTIAGO (AP) — The city said it had agreed a pay rise with bus drivers. "There is no deal. What the mayor promised is not on paper," union leader Rosa Tapia said.`
	s, e := offsetsOf(t, text, "There is no deal.")
	o := ReadOrigin(text, s, e, "Associated Press")
	if o.Cue == "" || strings.Contains(o.Cue, "mayor") {
		t.Errorf("root %q (cue %q): want the one who closes the quotation, not the mayor inside it", o.Root, o.Cue)
	}
}
