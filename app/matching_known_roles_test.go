package app

import "testing"

// A body the analyst filed under an alias that a sentence names as the one who acted ("...
// was ordered on Tuesday by Hydrel.", "by Hydrel officials") did what the claim says the
// body did under its full name ("The Ministry of Water Resources ordered ..."): the role
// guard read "done by Hydrel, not Ministry of Water Resources" and zeroed the pair, though
// the participant gate knew the two names for one body (r14alias). A body the workspace
// does not know by that name stays another actor. Texts written for this test; the names
// are invented.
func TestRoleGuardReadsTheWorkspacesAlias(t *testing.T) {
	byAlias := "The evacuation of Dravik was ordered on Tuesday by Hydrel."
	byOfficials := "The evacuation of Dravik was ordered on Tuesday by Hydrel officials."
	other := "The evacuation of Dravik was ordered on Tuesday by Korvane."
	svc, ministry, d := ministryOrder(t, byAlias, byOfficials, other)
	if _, err := svc.Entities.AddAlias(ministry.ID, "Hydrel"); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{byAlias, byOfficials} {
		wantProposedNaming(t, svc, d.ID, s, "Ministry of Water Resources")
	}
	if c, proposed, _ := proposedOrWeaker(t, svc, d.ID, other); proposed {
		t.Errorf("another body's order proposed at %.3f: %s", c.Score, c.Explanation)
	}
}

// A minister the workspace links to the ministry she speaks for did what the ministry is
// said to have done ("Minister Ilse Brannock ordered ..." / "The Ministry of Water Resources
// ordered ..."): the link made them one participant for the gate (r14ws) but the role
// guard read "done by Brannock, not Resources". A person linked to no body stays another
// actor. Texts written for this test; the names are invented.
func TestRoleGuardReadsWhomASpeakerSpeaksFor(t *testing.T) {
	linked := "Minister Ilse Brannock ordered the evacuation of Dravik on Tuesday."
	unlinked := "Minister Piet Varmond ordered the evacuation of Dravik on Tuesday."
	svc, _, d := ministryOrder(t, linked, unlinked)
	body, err := svc.Sources.Create(SourceInput{Name: "Ministry of Water Resources", Kind: "government", Reliability: "C"})
	if err != nil {
		t.Fatal(err)
	}
	brannock, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilse Brannock"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Piet Varmond"}); err != nil {
		t.Fatal(err)
	}
	if c, proposed, _ := proposedOrWeaker(t, svc, d.ID, linked); proposed {
		t.Errorf("%q proposed at %.3f before she is linked to the ministry: %s", linked, c.Score, c.Explanation)
	}
	if _, err := svc.Entities.SetSpeaksFor(brannock.ID, body.ID); err != nil {
		t.Fatal(err)
	}
	wantProposedNaming(t, svc, d.ID, linked, "Ministry of Water Resources")
	if c, proposed, _ := proposedOrWeaker(t, svc, d.ID, unlinked); proposed {
		t.Errorf("a person linked to no body proposed at %.3f: %s", c.Score, c.Explanation)
	}
}
