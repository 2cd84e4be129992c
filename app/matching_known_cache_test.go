package app

import (
	"strings"
	"testing"
)

// What the matcher knows of who takes part (the workspace's names, aliases, and the bodies
// people speak for) is kept between proposals while the workspace is unchanged, and every
// change to it is seen by the next proposal: a link to a body made, the body renamed, the
// link undone, an alias filed and removed. Texts written for this test; the people and
// outlets are invented; the title alone ("the transport minister") names no one.
func TestMatchSeesEachChangeToWhoTakesPart(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	gov, brannock := governmentAndMinister(t, svc)
	mine := "The Uruguayan government announced on Monday that trucks may cross again."
	d := pastedClaim(t, svc, PastedArticle{Title: "Bridge reopens", Outlet: "Ostrel Daily", PublishedAt: "2026-06-01", Body: mine + "\n"}, mine, "The Uruguayan government announced that trucks may cross again")
	named := "Minister Ilse Brannock announced on Monday that trucks may cross again."
	titled := "The transport minister announced on Monday that trucks may cross again."
	pasteOne(t, svc, PastedArticle{Title: "Trucks back", Outlet: "Valden Post", PublishedAt: "2026-06-02", Body: named + "\n"}, named)
	pasteOne(t, svc, PastedArticle{Title: "Queue at the bridge", Outlet: "Marrow Courier", PublishedAt: "2026-06-02", Body: titled + "\n"}, titled)
	expect := func(step, sentence string, proposed bool, explanation string) {
		t.Helper()
		c, got, found := proposedOrWeaker(t, svc, d.ID, sentence)
		if got != proposed {
			t.Errorf("%s: %q proposed %v, want %v (found %v, %.3f: %s)", step, sentence, got, proposed, found, c.Score, c.Explanation)
		} else if proposed && !strings.Contains(c.Explanation, explanation) {
			t.Errorf("%s: %q: the explanation does not name %q: %s", step, sentence, explanation, c.Explanation)
		}
	}
	// the title alone names no one: proposed on the words both tell, the body unnamed
	unnamed := func(step string) {
		t.Helper()
		c, got, _ := proposedOrWeaker(t, svc, d.ID, titled)
		if !got || strings.Contains(c.Explanation, "Uruguay") {
			t.Errorf("%s: %q proposed %v, want true without the body: %s", step, titled, got, c.Explanation)
		}
	}
	expect("no link yet", named, false, "")

	if _, err := svc.Entities.SetSpeaksFor(brannock.ID, gov.ID); err != nil {
		t.Fatal(err)
	}
	expect("linked to the government", named, true, "Government of Uruguay")

	renamed := "Uruguayan Government"
	if _, err := svc.Sources.Update(gov.ID, SourcePatch{Name: &renamed}); err != nil {
		t.Fatal(err)
	}
	expect("the body renamed", named, true, renamed)

	unnamed("no alias yet")
	if _, err := svc.Entities.AddAlias(brannock.ID, "transport minister"); err != nil {
		t.Fatal(err)
	}
	expect("an alias filed", titled, true, renamed)
	if _, err := svc.Entities.RemoveAlias(brannock.ID, "transport minister"); err != nil {
		t.Fatal(err)
	}
	unnamed("the alias removed")

	if _, err := svc.Entities.SetSpeaksFor(brannock.ID, 0); err != nil {
		t.Fatal(err)
	}
	expect("unlinked", named, false, "")
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	expect("the unlinking undone", named, true, renamed)
}

// governmentAndMinister files the Government of Uruguay as a source and Ilse Brannock as
// a person (not yet linked).
func governmentAndMinister(t *testing.T, svc *Services) (Source, EntityDetail) {
	t.Helper()
	gov, err := svc.Sources.Create(SourceInput{Name: "Government of Uruguay", Kind: "government", Reliability: "C"})
	if err != nil {
		t.Fatal(err)
	}
	brannock, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilse Brannock"})
	if err != nil {
		t.Fatal(err)
	}
	return gov, brannock
}
