package app

import (
	"encoding/json"
	"testing"
)

// Attack on "at most 100 contradictions listed" (89065e0): the page listed 100, but
// ClaimService.Get sent every one, and the page read them all again through
// ConflictService.ForClaim. A claim of 220 mentions of 220 different figures (200 compared
// readings, 19,900 contradictions): 16.9 MB from Get and 16.8 MB from ForClaim on every
// open and every refresh (another window's edit refreshes within a second). Get now lists
// the first 100 and counts them all; the page reads them from Get.
func TestClaimGetListsTheFirstContradictionsAndCountsThemAll(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := manyMentionClaim(t, ws, svc, maxReadings+20, maxReadings+20)
	d, err := svc.Claims.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	all := maxReadings * (maxReadings - 1) / 2
	if d.ContradictionsTotal != all || len(d.Contradictions) != maxListedContradictions {
		t.Fatalf("%d listed of %d, want %d of %d", len(d.Contradictions), d.ContradictionsTotal, maxListedContradictions, all)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 1<<20 {
		t.Fatalf("ClaimService.Get answers %d bytes for one claim", len(b))
	}
	// the listed ones are the first of all, in the same order
	full, err := svc.Conflicts.ForClaim(id)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range d.Contradictions {
		if c.A.SpanID != full[i].A.SpanID || c.B.SpanID != full[i].B.SpanID {
			t.Fatalf("contradiction %d is %d/%d, ForClaim's %d/%d", i, c.A.SpanID, c.B.SpanID, full[i].A.SpanID, full[i].B.SpanID)
		}
	}
	// a claim under the cap lists all and counts the same
	ws2, svc2 := MustOpenWorkspace(t, true)
	small := manyMentionClaim(t, ws2, svc2, 4, 2)
	if d, err := svc2.Claims.Get(small); err != nil || d.ContradictionsTotal != len(d.Contradictions) || len(d.Contradictions) != 1 {
		t.Fatalf("a claim of one contradiction: %d listed of %d (%v)", len(d.Contradictions), d.ContradictionsTotal, err)
	}
}
