package app

import "testing"

// ratk15: a name that is another source's name plus a group word is that source only when
// both name a body that can be one: a person quoted by surname ("Sinclair", an official)
// is not the company "Sinclair Group", and a state's government ("Texas") is not its
// attorney general ("Texas AG", "AG" being also a legal form). Before, the group-word rule
// joined them and the company's (or the AG's) claim rested silently on the other source.
func TestGroupWordJoinsNoPersonOrGovernment(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	for _, s := range []SourceInput{{Name: "Sinclair", Kind: "official", Reliability: "B"}, {Name: "Texas", Kind: "government", Reliability: "B"}} {
		if _, err := svc.Sources.Create(s); err != nil {
			t.Fatal(err)
		}
	}
	a := importText(t, svc, "mills.txt", "Mills to close\n\nSinclair Group said on Tuesday that it would close three paper mills in the spring.\n\nThe Texas AG said on Monday that the refinery had broken fourteen permits.")
	for _, c := range []struct{ quote, notOn string }{
		{"Sinclair Group said on Tuesday that it would close three paper mills in the spring.", "Sinclair"},
		{"The Texas AG said on Monday that the refinery had broken fourteen permits.", "Texas"},
	} {
		d := markSentence(t, svc, a, 0, c.quote)
		for _, m := range d.Mentions {
			t.Logf("%q: origin %q chain %s", m.Quote, m.OriginName, chainText(m.OriginChain))
			if m.OriginName == c.notOn {
				t.Errorf("%q rests on the source %q", c.quote, c.notOn)
			}
		}
	}
}
