package match

import "testing"

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
