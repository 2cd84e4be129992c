package app

import (
	"strings"
	"testing"
)

// uxwalk5: "The NIPH said last Thursday …" two sentences after "the National Institute of
// Public Health"; the analyst accepted both suggestions and had two entities, with no
// "Possible duplicates" between them. An acronym that spells the other name's initials is
// proposed; an acronym of other words, a one-word name and another type are not.
func TestProposeMergesOfAnAcronymAndTheNameItStandsFor(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	mk := func(typ, name string) int64 {
		t.Helper()
		e, err := svc.Entities.Create(EntityInput{Type: typ, Name: name})
		if err != nil {
			t.Fatal(err)
		}
		return e.ID
	}
	full := mk("organisation", "National Institute of Public Health")
	acr := mk("organisation", "NIPH")
	mk("organisation", "NIH")                              // not all of the words' initials
	mk("organisation", "Northern Iron and Power Holdings") // other words, the same initials: proposed too, the analyst decides
	mk("place", "NP")                                      // another type
	mk("person", "Nora Ipsen")

	props, err := svc.Entities.ProposeMerges(10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	found := false
	for _, p := range props {
		got = append(got, p.A.Name+" / "+p.B.Name+": "+p.Reason)
		if (p.A.ID == full && p.B.ID == acr) || (p.A.ID == acr && p.B.ID == full) {
			found = p.Score >= 0.8 && strings.Contains(p.Reason, "initials")
		}
		if p.A.Name == "NIH" || p.B.Name == "NIH" || p.A.Type != p.B.Type {
			t.Fatalf("proposed: %s", strings.Join(got, "; "))
		}
	}
	if !found || len(props) != 2 {
		t.Fatalf("proposals: %q", got)
	}
	if err := svc.Entities.Judge(full, acr, "different"); err != nil {
		t.Fatal(err)
	}
	if props, _ := svc.Entities.ProposeMerges(10); len(props) != 1 {
		t.Fatalf("a pair judged different is proposed again: %+v", props)
	}
}
