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
