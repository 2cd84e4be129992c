package app

import (
	"strings"
	"testing"
	"time"
)

// A row a merge brought in under an id this workspace used before (a workspace upgraded
// from v15, whose ids were reused, or a sequence another program cleared) keeps the
// history its author wrote (ratk14). The history starts at the row's creation here, and
// their entries were kept only when dated after it: all of theirs predate the merge, so
// the merged claim's history read "merge" alone, without their creation and edit. An
// earlier merged row of that id still gives none of its entries.
func TestMergedRowOnAReusedIDKeepsTheirHistory(t *testing.T) {
	base, _ := MustOpenWorkspace(t, false)
	a, sa := copyOf(t, base, "mine")
	b, sb := copyOf(t, base, "theirs")
	clock := time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC)
	tick := func() time.Time { clock = clock.Add(time.Minute); return clock }
	a.Clock, b.Clock = tick, tick

	// their first claim merged in, then removed here; the id falls free
	first, err := sb.Claims.Create(ClaimInput{Statement: "The ferry fleet was grounded", Note: "first draft"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Merge.Merge(b.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	var gone int64
	if err := a.DB().QueryRow(`SELECT id FROM claims WHERE uuid = ?`, claimUUID(t, b, first.ID)).Scan(&gone); err != nil {
		t.Fatal(err)
	}
	if err := sa.Claims.Delete(gone); err != nil {
		t.Fatal(err)
	}
	if err := sb.Claims.Delete(first.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DB().Exec(`DELETE FROM sqlite_sequence WHERE name = 'claims'`); err != nil {
		t.Fatal(err)
	}

	// their second claim, written and edited there, merged under the freed id
	theirs, err := sb.Claims.Create(ClaimInput{Statement: "The ministers signed a culture plan"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sb.Claims.Update(theirs.ID, ClaimPatch{Note: ptr("checked twice")}); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Merge.Merge(b.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	var ours int64
	if err := a.DB().QueryRow(`SELECT id FROM claims WHERE uuid = ?`, claimUUID(t, b, theirs.ID)).Scan(&ours); err != nil || ours != gone {
		t.Fatalf("their claim is %d here (%v), the removed one was %d: no id reused, nothing tested", ours, err, gone)
	}
	h, err := sa.History.ForRow("claims", ours)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range h {
		got = append(got, e.Action+" "+e.Summary+" from="+e.From)
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"create claim “The ministers signed a culture plan” from=theirs.db", "edit claim “The ministers signed a culture plan” from=theirs.db", "merge theirs.db from="} {
		if !strings.Contains(all, want) {
			t.Errorf("the merged claim's history lacks %q; it reads:\n%s", want, all)
		}
	}
	if strings.Contains(all, "ferry") || strings.Contains(all, "first draft") {
		t.Errorf("the merged claim's history holds the removed claim's entries:\n%s", all)
	}
}
