package match

import "testing"

// Stories written for this test (invented events): a dateline the reading core does not
// take whole, and a village report that names no country, whose offices the claim's other
// articles place.
const capitalsDatelineArticle = `Power line restored after storm

NAIROBI, Kenya, June 3. Power returned to the Rift Valley on Tuesday, the Ministry of Energy told reporters.

Crews will finish the repairs today, the ministry said.`

const noCountryArticle = `After the storm, a village counts its roofs

By A. Writer

MOLO — The storm came at night. The authorities declared the road open on Wednesday. Mary Wanjiru does not believe it.

"Nothing has moved," she said. A spokeswoman said she could not comment.`

func TestReadOriginCountryOfTheStory(t *testing.T) {
	s, e := offsetsOf(t, capitalsDatelineArticle, "Power returned to the Rift Valley on Tuesday")
	if o := ReadOrigin(capitalsDatelineArticle, s, e, ""); o.Root != GovernmentName("Kenya") {
		t.Errorf("ministry in a NAIROBI-datelined story: root %q, want %q", o.Root, GovernmentName("Kenya"))
	}
	s, e = offsetsOf(t, capitalsDatelineArticle, "Crews will finish the repairs today")
	if o := ReadOrigin(capitalsDatelineArticle, s, e, ""); o.Root != GovernmentName("Kenya") {
		t.Errorf("'the ministry said': root %q, want %q", o.Root, GovernmentName("Kenya"))
	}
	if got := capitalsPlace("ABU DHABI, 14th April, 2026 (WAM) -- The"); got != "Abu Dhabi" {
		t.Errorf("capitalsPlace = %q", got)
	}
	if got := capitalsPlace("Power returned, the ministry said"); got != "" {
		t.Errorf("capitalsPlace read %q in a sentence", got)
	}
	// no country named: the office is a vague government, never "Government of "
	s, e = offsetsOf(t, noCountryArticle, "The authorities declared the road open on Wednesday.")
	o := ReadOrigin(noCountryArticle, s, e, "")
	if o.Vague != "government" || o.RootKind != "government" {
		t.Fatalf("authorities with no country: %+v, want a vague government", o)
	}
	// another article of the claim places it
	root, kind, ok := ResolveVague(capitalsDatelineArticle, "", o)
	if !ok || root != GovernmentName("Kenya") || kind != "government" {
		t.Errorf("ResolveVague = %q %q %v, want %q", root, kind, ok, GovernmentName("Kenya"))
	}
	s, e = offsetsOf(t, noCountryArticle, "she could not comment")
	if o := ReadOrigin(noCountryArticle, s, e, ""); o.Root == "Government of " || o.Vague != "government" {
		t.Errorf("a spokeswoman with no country: %+v", o)
	}
}

// Stories written for this test (invented events): wire copy from a bureau abroad. An
// office the text gives no country speaks for the country the dateline places the story
// in, not for the agency's home, and not for another country the copy names once.
const bureauAvalancheArticle = `Avalanche buries mountain road, two buses trapped

VIENNA (AFP) - An avalanche buried a mountain road in western Austria on Sunday, trapping two buses, police said.

Three of the passengers were from Slovenia, Ljubljana said.

Rescuers reached the second bus after four hours, the interior ministry said.`

const bureauStrikeArticle = `Teachers end strike after pay offer

Lima, Mar 2 (EFE).- Teachers in southern Peru ended a two-week strike on Monday after the government offered a 9% rise, Education Minister Rosa Quillahuaman told a press conference.

Quillahuaman said that classes would resume on Wednesday.`

func TestReadOriginOfficeAbroadSpeaksForTheDatelineCountry(t *testing.T) {
	for _, c := range []struct{ text, outlet, quote, want string }{
		{bureauAvalancheArticle, "Agence France-Presse", "An avalanche buried a mountain road in western Austria on Sunday", GovernmentName("Austria")},
		{bureauAvalancheArticle, "Agence France-Presse", "Three of the passengers were from Slovenia", GovernmentName("Slovenia")},
		{bureauAvalancheArticle, "Agence France-Presse", "Rescuers reached the second bus after four hours", GovernmentName("Austria")},
		{bureauStrikeArticle, "EFE", "classes would resume on Wednesday", GovernmentName("Peru")},
	} {
		s, e := offsetsOf(t, c.text, c.quote)
		if o := ReadOrigin(c.text, s, e, c.outlet); o.Root != c.want {
			t.Errorf("%q (%s): root %q, want %q", c.quote, c.outlet, o.Root, c.want)
		}
	}
}

// The same bureau copy with the minister first named by title and name: a national agency
// abroad (EFE in La Paz) writes the host country's officials without their country; they
// are not the agency's home government.
const bureauMinisterArticle = `Farmers lift road blockade

La Paz, Jun 9 (EFE).- Farmers lifted a blockade of the road to Copacabana on Tuesday, the Government reported.

Rural Development Minister Ernesto Vaca Tola told reporters in La Paz that 40 trucks had been stuck for three days.`

func TestReadOriginNewOfficialOfTheHostCountry(t *testing.T) {
	s, e := offsetsOf(t, bureauMinisterArticle, "40 trucks had been stuck for three days")
	if o := ReadOrigin(bureauMinisterArticle, s, e, "EFE"); o.Root != GovernmentName("Bolivia") {
		t.Errorf("a minister in EFE copy from La Paz: root %q, want %q", o.Root, GovernmentName("Bolivia"))
	}
}

// "The authorities" in a village report that names no country are the government a bare
// office of the claim's other article speaks for: in bureau copy from Vienna that quotes
// Ljubljana once, Austria's.
func TestResolveVagueGovernmentByTheOtherArticlesOffices(t *testing.T) {
	s, e := offsetsOf(t, noCountryArticle, "The authorities declared the road open on Wednesday.")
	o := ReadOrigin(noCountryArticle, s, e, "")
	root, _, ok := ResolveVague(bureauAvalancheArticle, "Agence France-Presse", o)
	if !ok || root != GovernmentName("Austria") {
		t.Errorf("ResolveVague = %q %v, want %q", root, ok, GovernmentName("Austria"))
	}
}
