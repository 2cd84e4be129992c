package match

import (
	"strings"
	"testing"
)

// Who did it keeps two events of one kind apart; the same event told with other words
// and another word order meets.
func TestRolesTellActorsApart(t *testing.T) {
	ctx := "North Korea and South Korea traded fire."
	south := Roles("South Korea's navy fired about a dozen warning shots", ctx)["v:fire"]
	north := Roles("The North's own navy, it said, fired warning shots to chase them off", ctx)["v:fire"]
	kpa := Roles("The KPA navy fired warning shots", ctx)["v:fire"]
	if c := south.Conflict(north); c == "" {
		t.Fatalf("south %+v vs north %+v: no conflict", south, north)
	}
	if c := north.Conflict(kpa); c != "" {
		t.Fatalf("the North and the KPA are one side: %s", c)
	}
	// a speaker is no actor: "officials in Seoul say North Korean vessels crossed"
	cross := Roles("Officials in Seoul say two North Korean vessels crossed the line", ctx)["v:cross"]
	if _, ok := cross.Actors["c:South Korea"]; ok || cross.Actors["c:North Korea"] == "" {
		t.Fatalf("actors %+v", cross.Actors)
	}
	// where to: a visit to Moscow is not an arrival in Ulaanbaatar
	a := Roles("Viktor Orlov arrived in Ulaanbaatar on Thursday", "")["v:visit"]
	b := Roles("Enkhbayar accepted an invitation from Orlov to visit Moscow in November", "")["v:visit"]
	if a.Conflict(b) == "" {
		t.Fatalf("arrival %+v vs visit %+v", a, b)
	}
	// directions: withdrew north vs fled south
	if Roles("The boats withdrew north of the line", "")["v:withdraw"].Conflict(Roles("The warships then fled south", "")["v:withdraw"]) == "" {
		t.Fatal("north vs south")
	}
}

func TestEventClassesMeetParaphrases(t *testing.T) {
	for _, pair := range [][2]string{
		{"Two boats crossed the line", "its vessels intruded into the waters"},
		{"No one was hurt", "no injuries were reported"},
		{"The North did not answer the message", "The North did not pick up"},
		{"Orlov arrived in the capital", "Orlov flew in for talks"},
		{"The agreement is signed.", "no final agreement had been reached"},
	} {
		a, b := MainEvent(pair[0]), MainEvent(pair[1])
		if a == "" || a != b {
			t.Errorf("%q (%s) and %q (%s)", pair[0], a, pair[1], b)
		}
	}
	// stance words are left out: a denial and an affirmation share their terms
	if got := CanonTerms("Pyongyang denied the claim, calling it a sheer fabrication"); len(got) != 2 {
		t.Errorf("terms %q", got)
	}
}

func TestAliasesAndAcronyms(t *testing.T) {
	if got := Countries("Pyongyang denied that the DPRK's boats crossed", ""); len(got) != 1 || got[0] != "c:North Korea" {
		t.Errorf("countries %q", got)
	}
	ctx := "Boats crossed the Northern Limit Line, the Joint Chiefs of Staff said."
	if got := Expansions("They crossed the NLL, the JCS said.", ctx); len(got) != 2 || got[0] != "Northern Limit Line" || got[1] != "Joint Chiefs of Staff" {
		t.Errorf("expansions %q", got)
	}
}

// Who took part: a participle clause's subject, a statement's first word, "the visit
// of X", a passive's "by X", the words after a verb and before an event noun.
func TestRolesReadParticipants(t *testing.T) {
	ctx := "The minister said Rivas and Okafor both travelled. It was Rivas who spoke."
	arriving := Roles("Rivas led a trade delegation to Lagos, arriving on Monday", ctx)["v:visit"]
	if arriving.Actors["p:rivas"] == "" {
		t.Errorf("participle: actors %v", arriving.Actors)
	}
	typed := Roles("Okafor arrived in Lagos on Monday", "")["v:visit"]
	if typed.Actors["p:okafor"] == "" {
		t.Errorf("a typed statement's subject: actors %v", typed.Actors)
	}
	if arriving.Conflict(typed) == "" {
		t.Errorf("Rivas's arrival and Okafor's are two: %v vs %v", arriving.Actors, typed.Actors)
	}
	of := Roles("The visit of Rivas to Lagos was short", ctx)["v:visit"]
	if of.Actors["p:rivas"] == "" {
		t.Errorf("the visit of X: actors %v", of.Actors)
	}
	by := Roles("The accord was signed by Okafor on Monday", ctx)["v:deal"]
	if by.Actors["p:okafor"] == "" {
		t.Errorf("passive: actors %v", by.Actors)
	}
	obj := Roles("Both sides signed a grain export agreement on rail freight", "")["v:deal"]
	for _, want := range []string{"grain", "rail", "freig"} {
		if obj.Objects[want] == "" {
			t.Errorf("objects %v: want %s", obj.Objects, want)
		}
	}
	// counts and spans of time take no part: "a ten-year deal", "for ten years"
	if o := Roles("They signed a ten-year deal", "")["v:deal"].Objects; len(o) != 0 {
		t.Errorf("a ten-year deal: objects %v", o)
	}
	// "in the North" is the country the context names "North ...", not a direction
	north := Roles("The delegation arrived in the North on Monday", "North Korea and Russia")["v:visit"]
	if north.Goals["c:North Korea"] == "" {
		t.Errorf("goals %v", north.Goals)
	}
}

// Who speaks is not whom a statement is about.
func TestSpeaks(t *testing.T) {
	text := []rune("Rivas told reporters that Okafor had left, according to Mensah. Ekwueme, the spokesman, said so.")
	at := func(name string) (int, int) {
		i := strings.Index(string(text), name)
		s := len([]rune(string(text)[:i]))
		return s, s + len([]rune(name))
	}
	for name, want := range map[string]bool{"Rivas": true, "Okafor": false, "Mensah": true, "Ekwueme": true} {
		if s, e := at(name); Speaks(text, s, e) != want {
			t.Errorf("Speaks(%s) = %v, want %v", name, !want, want)
		}
	}
}

// A shared kind of event counts only with a shared participant; people come before
// countries; a statement about one person is kept apart from one about another.
func TestSharedEventNeedsParticipant(t *testing.T) {
	feat := func(text string, people ...string) Features {
		f := NewFeatures(text, nil)
		f.Roles = Roles(text, "")
		for _, p := range people {
			f.AddPerson(p)
		}
		for _, c := range Countries(text, "") {
			f.Terms[c] = 1
		}
		return f
	}
	ref := feat("Kenya and Uganda signed a rail freight agreement on Monday")
	same := feat("Uganda has signed the rail deal with Kenya, officials said")
	other := feat("Ghana and Togo signed a fisheries accord last year")
	ix := NewIndex([]Features{ref, same, other, feat("Markets were calm on Monday"), feat("Rain fell in the capital")})
	if !ix.shareParticipant(ref, same, "v:deal") {
		t.Error("the same agreement: no shared participant")
	}
	if ix.shareParticipant(ref, other, "v:deal") {
		t.Error("another agreement shares a participant")
	}
	if r := ix.Compare(ref, other); r.SharedEvent || r.Score >= ix.Compare(ref, same).Score {
		t.Errorf("another agreement scores %.3f (shared event %v)", r.Score, r.SharedEvent)
	}
	// people first: two Kenyan ministers' visits are two visits
	a := feat("Kenyan minister Achieng Otieno arrived in Kampala", "Achieng Otieno")
	b := feat("Kenyan minister Wanjiru Kamau arrived in Kampala", "Wanjiru Kamau")
	if ix.shareParticipant(a, b, "v:visit") {
		t.Error("two people's arrivals share a participant")
	}
	if r := ix.Compare(a, b); !r.OtherPeople && r.RoleConflict == "" {
		t.Errorf("two people's arrivals: %+v", r)
	}
	// a side that names no one is not judged
	if !ix.shareParticipant(ref, feat("The agreement is signed."), "v:deal") {
		t.Error("a bare statement was judged")
	}
}

// A dateline is where the copy was filed, no participant: "KAMPALA, March 3 (Xinhua) -"
// opening a sentence is neither its subject nor a country it is about.
func TestRolesSkipDateline(t *testing.T) {
	ctx := "NAIROBI, March 3 (Reuters) - Kenya signed a rail deal. Officials in Nairobi said so."
	for _, text := range []string{
		"NAIROBI, March 3 (Reuters) - Kenya signed a rail freight agreement with Uganda",
		"NAIROBI — Kenya signed a rail freight agreement with Uganda",
		"NAIROBI, Kenya, March 3 (AP) — Kenya signed a rail freight agreement with Uganda",
	} {
		deal := Roles(text, ctx)["v:deal"]
		if _, ok := deal.Actors["p:nairobi"]; ok || deal.Actors["c:Kenya"] == "" {
			t.Errorf("%q: actors %v", text, deal.Actors)
		}
	}
	// the region after the city is where it was filed, not a country the sentence names
	if got := Countries("ARUSHA, Tanzania, March 3 (AP) — Kenya signed the deal", ""); len(got) != 1 || got[0] != "c:Kenya" {
		t.Errorf("countries %q", got)
	}
	// a sentence that opens with a name is no dateline
	if a := Roles("Okafor signed the accord on Monday", "")["v:deal"].Actors; a["p:okafor"] == "" {
		t.Errorf("a name opening a sentence: actors %v", a)
	}
}

// The subject of a passive is what was done to it; the actor is the "by" phrase.
func TestRolesPassive(t *testing.T) {
	informed := Roles("Kenya had been informed of the release in advance", "")["v:notify"]
	if len(informed.Actors) != 0 || informed.Objects["c:Kenya"] == "" {
		t.Errorf("had been informed: actors %v objects %v", informed.Actors, informed.Objects)
	}
	// "Uganda informed Kenya" and "Kenya was informed" can be one event; Tanzania's is another
	active := Roles("Uganda informed Kenya of the release on Monday", "")["v:notify"]
	if c := informed.Conflict(active); c != "" {
		t.Errorf("the passive and the active tell one event: %s", c)
	}
	by := Roles("Kenya was not informed by Tanzania", "")["v:notify"]
	if by.Actors["c:Tanzania"] == "" || by.Actors["c:Kenya"] != "" {
		t.Errorf("by-phrase: actors %v", by.Actors)
	}
	if by.Conflict(active) == "" {
		t.Errorf("informed by Tanzania and by Uganda are two: %v vs %v", by.Actors, active.Actors)
	}
	rescued := Roles("The Ghanaian crew were later rescued by Togolese fishermen", "")["v:rescue"]
	if rescued.Actors["c:Togo"] == "" || rescued.Actors["c:Ghana"] != "" {
		t.Errorf("were later rescued by: actors %v", rescued.Actors)
	}
	// a progressive is active: "is visiting"
	if a := Roles("Kenya is visiting Uganda this week", "")["v:visit"].Actors; a["c:Kenya"] == "" {
		t.Errorf("is visiting: actors %v", a)
	}
	// a statement whose first word is a name, in the passive, names no actor
	if a := Roles("Okafor was arrested on Monday", "")["v:arrest"].Actors; len(a) != 0 {
		t.Errorf("was arrested: actors %v", a)
	}
}

// Two people a passive names are two events, though neither acted.
func TestRolesPassivePatients(t *testing.T) {
	ix := NewIndex(nil)
	feat := func(text string) Features {
		f := NewFeatures(text, nil)
		f.Roles = Roles(text, "")
		return f
	}
	a, b := feat("Okafor was arrested in Lagos on Monday"), feat("Mensah was arrested in Lagos on Monday")
	if a.Roles["v:arrest"].Patients["p:okafor"] == "" {
		t.Fatalf("patients %v", a.Roles["v:arrest"].Patients)
	}
	if ix.shareParticipant(a, b, "v:arrest") {
		t.Error("two people's arrests share a participant")
	}
	if !ix.shareParticipant(a, feat("Police said Okafor had been arrested in Lagos"), "v:arrest") {
		t.Error("one arrest told twice shares no participant")
	}
}

// "our" is the speaker's side, never another country the sentence names.
func TestRolesOurIsNoOtherCountry(t *testing.T) {
	a := Roles("The claim of the Ugandan army that our trucks crossed the border is false", "Kenya denied it.")["v:cross"]
	if a.Actors["c:Uganda"] != "" {
		t.Errorf("our after the Ugandan army: actors %v", a.Actors)
	}
}

// A possessive before the subject makes its possessor the actor.
func TestRolesPossessiveActors(t *testing.T) {
	// "its": the country named before it in the sentence
	its := Roles("Nairobi denied that its trucks had crossed the border", "")["v:cross"]
	if its.Actors["c:Kenya"] == "" {
		t.Errorf("its: actors %v", its.Actors)
	}
	// "our": the speaker's side, beside the reporting verb, wherever it stands
	ours := Roles("Our patrol boats never crossed into Ugandan waters, the Kenyan navy said", "")["v:cross"]
	if ours.Actors["c:Kenya"] == "" || ours.Actors["c:Uganda"] != "" {
		t.Errorf("our: actors %v", ours.Actors)
	}
	if Roles("Kampala said our boats entered Kenyan waters", "")["v:cross"].Actors["c:Uganda"] == "" {
		t.Error("Kampala said our boats: no Uganda")
	}
	// told apart from the other side's crossing
	other := Roles("Ugandan boats crossed into Kenyan waters", "")["v:cross"]
	if ours.Conflict(other) == "" {
		t.Errorf("our boats (Kenya) and Ugandan boats: no conflict, %v vs %v", ours.Actors, other.Actors)
	}
	// with no country in the sentence, "its" is the country named last before it
	ctx := "Tanzania's fisheries ministry spoke on Monday. Its vessels entered the lake at dawn."
	if a := Roles("Its vessels entered the lake at dawn.", ctx)["v:cross"].Actors; a["c:Tanzania"] == "" {
		t.Errorf("its after Tanzania: actors %v", a)
	}
	// "their" of people names no country from the context
	ctx = "Kenya closed the port. The crew said their boat sank near the shore."
	if a := Roles("The crew said their boat sank near the shore.", ctx)["v:sink"].Actors; len(a) != 0 {
		t.Errorf("their boat: actors %v", a)
	}
	// after a preposition a possessive is no subject: "with its partners"
	if a := Roles("Officials met with their partners and signed the accord", "")["v:deal"].Actors; len(a) != 0 {
		t.Errorf("with their partners: actors %v", a)
	}
}

func TestRolesOurAfterSaid(t *testing.T) {
	if a := Roles("Our boats never entered Ugandan waters, said the Kenyan navy", "")["v:cross"].Actors; a["c:Kenya"] == "" || a["c:Uganda"] != "" {
		t.Errorf("our ..., said the Kenyan navy: actors %v", a)
	}
}

// A sentence's first word is capitalised whatever it is: read as who acted only when the
// article writes it as a name inside a sentence too, it sets no role conflict ("Delegates
// arrived" is not someone else's arrival than Okafor's); a name of two words read there is
// its last word, as elsewhere ("Ada Okafor arrived" is Okafor's).
func TestRoleConflictNeedsAName(t *testing.T) {
	ctx := "Ministers met in Lagos. Officials said Ada Okafor arrived late. Delegates gathered at the hall."
	delegates := Roles("Delegates arrived in Lagos on Monday", ctx)["v:visit"]
	okafor := Roles("Okafor arrived in Lagos on Monday", ctx)["v:visit"]
	if c := delegates.Conflict(okafor); c != "" {
		t.Errorf("a capitalised first word that is no name: %s (%v vs %v)", c, delegates.Actors, okafor.Actors)
	}
	full := Roles("Ada Okafor arrived in Lagos on Monday", ctx)["v:visit"]
	if full.Actors["p:okafor"] == "" {
		t.Errorf("a two-word name: actors %v", full.Actors)
	}
	if c := full.Conflict(okafor); c != "" {
		t.Errorf("Ada Okafor and Okafor: %s", c)
	}
	// a name the article writes inside a sentence still tells two arrivals apart
	rivas := Roles("Rivas arrived in Lagos on Monday", ctx+" It was Rivas who spoke.")["v:visit"]
	if rivas.Conflict(okafor) == "" {
		t.Errorf("Rivas's arrival and Okafor's are two: %v vs %v", rivas.Actors, okafor.Actors)
	}
}

// A headline in title case capitalises every word, so a capitalised word there says
// nothing of a name: "Harbour Pilot Who Raised The Alarm, Dies At 80" names no one called
// Alarm, and sets no role conflict with the pilot's death told in a sentence; a
// sentence in ordinary case still does.
func TestRoleConflictTitleCase(t *testing.T) {
	ctx := "Harbour Pilot Who Raised The Alarm, Dies At 80\n\nThe pilot Brann Quist died on Friday. Ostrow died in May. The harbour named Ostrow and Quist in May."
	headline := Roles("Harbour Pilot Who Raised The Alarm, Dies At 80", ctx)["v:die"]
	body := Roles("The pilot Brann Quist died on Friday", ctx)["v:die"]
	if len(body.Actors) == 0 {
		t.Fatalf("no actors read in the sentence: %v", body.Actors)
	}
	if c := headline.Conflict(body); c != "" || len(headline.Actors) == 0 {
		t.Errorf("a title-case headline's capitalised word: %s (%v vs %v)", c, headline.Actors, body.Actors)
	}
	other := Roles("Ostrow died in May", ctx)["v:die"]
	if body.Conflict(other) == "" {
		t.Errorf("Quist's death and Ostrow's are two: %v vs %v", body.Actors, other.Actors)
	}
}
