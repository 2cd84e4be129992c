package app

import (
	"strings"
	"testing"
)

// proposedOrWeaker finds the candidate that is want or a clause of it among a claim's
// proposals (proposed true) or its weaker matches (proposed false); found false when
// neither. The test's sentences differ within their first 20 characters.
func proposedOrWeaker(t *testing.T, svc *Services, claimID int64, want string) (c MatchCandidate, proposed, found bool) {
	t.Helper()
	p, err := svc.Matching.Proposals(claimID, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Candidates {
		if strings.Contains(want, c.Quote) && strings.HasPrefix(c.Quote, want[:20]) {
			return c, true, true
		}
	}
	for _, c := range p.Weaker {
		if strings.Contains(want, c.Quote) && strings.HasPrefix(c.Quote, want[:20]) {
			return c, false, true
		}
	}
	return MatchCandidate{}, false, false
}

// ministryOrder opens a workspace that knows the Ministry of Water Resources (no alias
// yet), with a claim marked on its order in one article and each of others in an article
// of its own, of another outlet.
func ministryOrder(t *testing.T, others ...string) (*Services, EntityDetail, ClaimDetail) {
	t.Helper()
	_, svc := MustOpenWorkspace(t, false)
	ministry, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Ministry of Water Resources"})
	if err != nil {
		t.Fatal(err)
	}
	mine := "The Ministry of Water Resources ordered the evacuation on Tuesday."
	d := pastedClaim(t, svc, PastedArticle{Title: "Valley cleared", Outlet: "Ostrel Daily", PublishedAt: "2026-06-01", Body: mine + "\n"}, mine, "The Ministry of Water Resources ordered the evacuation")
	titles := []string{"A night in the school", "Wells closed", "Buses at dawn"}
	outlets := []string{"Valden Post", "Marrow Courier", "Kell Times"}
	for i, s := range others {
		pasteOne(t, svc, PastedArticle{Title: titles[i], Outlet: outlets[i], PublishedAt: "2026-06-02", Body: s + "\n\nHarvest talks resume next week.\n"}, s)
	}
	return svc, ministry, d
}

// A body named in full in one article ("the Ministry of Water Resources") and by the
// short name the analyst filed as its alias in another ("the water ministry") is one
// participant of the event both tell: the second sentence also names a town the first
// does not, and the participant gate kept their shared event from counting. Another
// ministry's sentence ("the energy ministry") stays apart. The alias is filed after a
// first proposal: what the matcher keeps of the workspace's names is read again after a
// change. Texts written for this test; the names are invented.
func TestMatchReadsTheWorkspacesAlias(t *testing.T) {
	theirs := "The evacuation of Dravik was ordered on Tuesday by the water ministry."
	other := "On Tuesday the evacuation of Dravik was ordered by the energy ministry."
	svc, ministry, d := ministryOrder(t, theirs, other)
	if c, proposed, _ := proposedOrWeaker(t, svc, d.ID, theirs); proposed {
		t.Errorf("%q proposed at %.3f before the alias is filed: %s", theirs, c.Score, c.Explanation)
	}
	if _, err := svc.Entities.AddAlias(ministry.ID, "water ministry"); err != nil {
		t.Fatal(err)
	}
	c, proposed, found := proposedOrWeaker(t, svc, d.ID, theirs)
	if !proposed {
		t.Errorf("%q not proposed (found %v, %.3f: %s)", theirs, found, c.Score, c.Explanation)
	}
	if !strings.Contains(c.Explanation, "Ministry of Water Resources") {
		t.Errorf("%q: the explanation does not name the ministry: %s", theirs, c.Explanation)
	}
	if c, proposed, _ := proposedOrWeaker(t, svc, d.ID, other); proposed {
		t.Errorf("another ministry's sentence proposed at %.3f: %s", c.Score, c.Explanation)
	}
}

// A person the workspace links to the body they speak for (a minister -> his
// government) takes part, in what they announce, as that body: "Minister Ilse Brannock
// announced" and "The Uruguayan government announced" tell one announcement, and so does
// "the minister announced" in an article that names her as its minister, and "the
// transport minister", the title the analyst filed as her alias. A person linked to no
// body stays apart. Texts written for this test; the people and outlets are invented.
func TestMatchReadsWhomASpeakerSpeaksFor(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	gov, err := svc.Sources.Create(SourceInput{Name: "Government of Uruguay", Kind: "government", Reliability: "C"})
	if err != nil {
		t.Fatal(err)
	}
	brannock, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilse Brannock", Aliases: []string{"transport minister"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(brannock.ID, gov.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Piet Varmond"}); err != nil {
		t.Fatal(err)
	}
	mine := "The Uruguayan government announced on Monday that trucks may cross again."
	d := pastedClaim(t, svc, PastedArticle{Title: "Bridge reopens", Outlet: "Ostrel Daily", PublishedAt: "2026-06-01", Body: mine + "\n"}, mine, "The Uruguayan government announced that trucks may cross again")
	named := "Minister Ilse Brannock announced on Monday that trucks may cross again."
	titled := "The transport minister announced on Monday that trucks may cross again."
	resolved := "The minister announced on Monday that trucks may cross again."
	unlinked := "Piet Varmond announced on Monday that trucks may cross again."
	pasteOne(t, svc, PastedArticle{Title: "Trucks back", Outlet: "Valden Post", PublishedAt: "2026-06-02", Body: named + "\n"}, named)
	pasteOne(t, svc, PastedArticle{Title: "Queue at the bridge", Outlet: "Marrow Courier", PublishedAt: "2026-06-02", Body: titled + "\n"}, titled)
	pasteOne(t, svc, PastedArticle{Title: "Hauliers relieved", Outlet: "Kell Times", PublishedAt: "2026-06-02",
		Body: "Hauliers met Transport Minister Ilse Brannock in Mercedes last week.\n\n" + resolved + "\n"}, resolved)
	pasteOne(t, svc, PastedArticle{Title: "Union view", Outlet: "Dorrel Wire", PublishedAt: "2026-06-02", Body: unlinked + "\n"}, unlinked)
	for _, s := range []string{named, titled, resolved} {
		c, proposed, found := proposedOrWeaker(t, svc, d.ID, s)
		if !proposed {
			t.Errorf("%q not proposed (found %v, %.3f: %s)", s, found, c.Score, c.Explanation)
		}
		if s == named && !strings.Contains(c.Explanation, "Government of Uruguay") {
			t.Errorf("%q: the explanation does not name the body she speaks for: %s", s, c.Explanation)
		}
	}
	if c, proposed, _ := proposedOrWeaker(t, svc, d.ID, unlinked); proposed {
		t.Errorf("a person linked to no body proposed at %.3f: %s", c.Score, c.Explanation)
	}
}

// A body the analyst filed under a one-word alias ("DPRK" for North Korea's government)
// is known by it where the text writes it as a name: with a capital inside a sentence, or
// in capitals anywhere. "The evacuation of Dravik was ordered on Tuesday by the Hydrel
// agency." and "The Ministry of Water Resources ordered the evacuation on Tuesday." tell
// one order once "Hydrel" is the ministry's alias, and "HWR officials ordered ..." once
// "HWR" is. Texts written for this test; the names are invented.
func TestMatchReadsAOneWordAlias(t *testing.T) {
	theirs := "The evacuation of Dravik was ordered on Tuesday by the Hydrel agency."
	caps := "HWR officials ordered the evacuation of Dravik on Tuesday."
	svc, ministry, d := ministryOrder(t, theirs, caps)
	for _, s := range []string{theirs, caps} {
		if c, proposed, _ := proposedOrWeaker(t, svc, d.ID, s); proposed {
			t.Errorf("%q proposed at %.3f before the alias is filed: %s", s, c.Score, c.Explanation)
		}
	}
	for _, al := range []string{"Hydrel", "HWR"} {
		if _, err := svc.Entities.AddAlias(ministry.ID, al); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range []string{theirs, caps} {
		wantProposedNaming(t, svc, d.ID, s, "Ministry of Water Resources")
	}
}

// wantProposedNaming fails t unless want is among the claim's proposals with an
// explanation that names name ("" for any).
func wantProposedNaming(t *testing.T, svc *Services, claimID int64, want, name string) {
	t.Helper()
	c, proposed, found := proposedOrWeaker(t, svc, claimID, want)
	if !proposed {
		t.Errorf("%q not proposed (found %v, %.3f: %s)", want, found, c.Score, c.Explanation)
	} else if !strings.Contains(c.Explanation, name) {
		t.Errorf("%q: the explanation does not name %s: %s", want, name, c.Explanation)
	}
}

// Where a one-word name is read and where not, on the workspace's own names: a name
// written as one (a capital inside a sentence, capitals anywhere), not the sentence's
// first word written like any sentence's start, not a lower-case word, and never an alias
// that is a common word ("State" for a government). One index serves the matcher and the
// origin side (entityNamedIn).
func TestOneWordNamesReadOnlyAsNames(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	if _, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Ministry of Water Resources", Aliases: []string{"Hydrel", "HWR", "State"}}); err != nil {
		t.Fatal(err)
	}
	rows, err := ws.DB().Q.ListEntityAliasKeys(ws.Context())
	if err != nil {
		t.Fatal(err)
	}
	ix := newAliasIndex(rows)
	for text, want := range map[string]bool{
		"The order came from Hydrel on Tuesday.":         true,
		"HWR ordered the evacuation.":                    true,
		"Buses left at dawn. HWR had ordered it.":        true,
		"The order came from the HWR office.":            true,
		"Hydrel ordered the evacuation.":                 false, // a sentence's start
		"Buses left at dawn. Hydrel had ordered it.":     false,
		"The hydrel pumps stopped.":                      false, // lower case
		"The order came from the State on Tuesday.":      false, // a common word
		"The Ministry of Water Resources gave the order": true,
	} {
		if got := len(ix.namedIn(text, "organisation")) == 1; got != want {
			t.Errorf("%q: read the ministry %v, want %v", text, got, want)
		}
	}
}
