package app

import (
	"fmt"
	"testing"
)

// A snapshot of some claims (the claim page, a claims export page, the claim list sorted by
// contradictions, a memo) reads the further values and speaks-for links of its own claims
// only, not the whole workspace's (docs/performance.md, "Reads that grew with the
// workspace"): what it reads must be what the whole workspace's snapshot says of those
// claims, for one claim, for several, and for a claim that has none. Sentences written for
// this test.
func TestScopedSnapshotReadsWhatTheWholeOneSays(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	for _, a := range []PastedArticle{
		{Title: "Orlen floods", Outlet: "Harbour Gazette", PublishedAt: "2026-03-02",
			Body: "The flood at Orlen cut power to 40 homes and 3 schools on Monday, the mayor said. The Orlen ferry ran twice.\n"},
		{Title: "Orlen floods, later", Outlet: "Coast Wire", PublishedAt: "2026-03-03",
			Body: "The flood at Orlen cut power to 55 homes and 3 schools on Monday, a council spokesman said. The Orlen ferry ran four times.\n"},
	} {
		if _, err := svc.Import.ImportPasted(a); err != nil {
			t.Fatal(err)
		}
	}
	flood, _ := markClaim(t, svc, 0, "The Orlen flood cut power", "Harbour Gazette", "The flood at Orlen cut power to 40 homes and 3 schools", "40 homes and 3 schools", "")
	_, spokesman := markClaim(t, svc, flood, "", "Coast Wire", "The flood at Orlen cut power to 55 homes and 3 schools", "55 homes and 3 schools", "")
	ferry, _ := markClaim(t, svc, 0, "The Orlen ferry ran", "Harbour Gazette", "The Orlen ferry ran twice", "twice", "")
	markClaim(t, svc, ferry, "", "Coast Wire", "The Orlen ferry ran four times", "four times", "")
	// the spokesman speaks for the council: his mention's origin is the council's
	council, err := svc.Sources.Create(SourceInput{Name: "Orlen Council", Reliability: "C"})
	if err != nil {
		t.Fatal(err)
	}
	person, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Edda Valk"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(person.ID, council.ID); err != nil {
		t.Fatal(err)
	}
	none := int64(0)
	if _, err := svc.Claims.UpdateMention(spokesman, MentionPatch{SpeakerEntityID: &person.ID, OriginSourceID: &none, ChannelSourceID: &none}); err != nil {
		t.Fatal(err)
	}
	var further int
	ws.DB().QueryRow(`SELECT count(*) FROM claim_mention_values`).Scan(&further)
	if further == 0 {
		t.Fatal("the fixture has no mention of several values")
	}

	q := ws.DB().Q
	whole, err := loadSnapshot(ws.Context(), q, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	describe := func(c *snapClaim) string {
		s := ""
		for _, m := range c.mentions {
			s += fmt.Sprintf("[span %d root %q more", m.spanID, m.root.name)
			for _, v := range m.more {
				s += fmt.Sprintf(" %s %s %v-%v %s", v.Kind, v.Raw, *v.Low, *v.High, v.Unit)
			}
			s += "] "
		}
		return s + fmt.Sprint(c.comparison.contradictionCount())
	}
	sawMore, sawCouncil := false, false
	for _, ids := range [][]int64{{flood}, {ferry}, {flood, ferry}} {
		scoped, err := loadSnapshot(ws.Context(), q, "", &snapScope{claimIDs: ids, articleIDs: []int64{}})
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			got, want := describe(scoped.byID[id]), describe(whole.byID[id])
			if got != want {
				t.Errorf("claims %v, claim %d:\n scoped %s\n whole  %s", ids, id, got, want)
			}
			for _, m := range scoped.byID[id].mentions {
				sawMore = sawMore || len(m.more) > 0
				sawCouncil = sawCouncil || m.root.name == "Orlen Council"
			}
		}
	}
	if !sawMore || !sawCouncil {
		t.Errorf("further values read: %v, the spokesman's council read as his origin: %v; want both", sawMore, sawCouncil)
	}
}
