package app

import (
	"strings"
	"testing"
	"time"
)

// at returns a clock stopped at 09:mm on the test day.
func at(minute int) Clock {
	return func() time.Time { return time.Date(2026, 11, 22, 9, minute, 0, 0, time.UTC) }
}

// Their history arrives in ours: attributed to them, in time order among our own
// entries, never on our undo stack; the merge is one undoable action; merging again
// appends nothing; and their merged history travels on (A→B, then B→C brings A's).
func TestMergeAppendsTheirHistory(t *testing.T) {
	base, sbase := MustOpenWorkspace(t, false)
	claim, err := sbase.Claims.Create(ClaimInput{Statement: "Troops were sent", Note: "start"})
	if err != nil {
		t.Fatal(err)
	}
	a, sa := copyOf(t, base, "alice")
	b, sb := copyOf(t, base, "bob")
	a.Analyst, b.Analyst = "alice", "bob"

	a.Clock = at(31)
	if _, err := sa.Claims.Update(claim.ID, ClaimPatch{Note: ptr("alice's note")}); err != nil {
		t.Fatal(err)
	}
	b.Clock = at(32)
	if _, err := sb.Claims.Update(claim.ID, ClaimPatch{Statement: ptr("Thousands of troops were sent")}); err != nil {
		t.Fatal(err)
	}
	b.Clock = at(34)
	if _, err := sb.Assessments.Add(AssessmentInput{ClaimID: claim.ID, Credibility: 3, Rationale: "one origin"}); err != nil {
		t.Fatal(err)
	}
	a.Clock = at(33)
	if _, err := sa.Claims.Update(claim.ID, ClaimPatch{Note: ptr("alice's second note")}); err != nil {
		t.Fatal(err)
	}

	a.Clock = at(40)
	plan, err := sa.Merge.Merge(b.DB().Path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Added["merged_history"] == 0 {
		t.Fatalf("no history appended: %+v", plan.Added)
	}
	entries, err := sa.History.ForRow("claims", claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	var seq []string
	for _, e := range entries {
		seq = append(seq, e.Actor+"@"+e.At[14:16]+"/"+e.From)
	}
	// The shared start (ours: the copy's log, not merged twice), alice 31, bob 32 (merged
	// from bob.db), alice 33, bob's assessment touching the claim at 34, then the
	// merge's own update (bob's statement, taken at 40).
	got := strings.Join(seq, " ")
	if got != "analyst@30/ alice@31/ bob@32/bob.db alice@33/ bob@34/bob.db alice@40/" {
		t.Fatalf("claim history out of order or unattributed: %s", got)
	}
	for _, e := range entries {
		if e.From != "" && (e.ID >= 0 || e.Actor != "bob") {
			t.Fatalf("merged entry %+v", e)
		}
	}
	// Bob's assessment is in the recent history too, newest first among ours.
	recent, err := sa.History.Recent(50)
	if err != nil {
		t.Fatal(err)
	}
	bobAt, aliceAt := -1, -1
	for i, e := range recent {
		if e.From == "bob.db" && e.Table == "assessments" && e.Actor == "bob" && bobAt < 0 {
			bobAt = i
		}
		if e.From == "" && e.Actor == "alice" && e.At[14:16] == "33" {
			aliceAt = i
		}
	}
	if bobAt < 0 || aliceAt < 0 || bobAt > aliceAt {
		t.Fatalf("recent history: bob's assessment (09:34) at %d, alice's note (09:33) at %d", bobAt, aliceAt)
	}

	// Undo takes back the merge as a whole, their history with it; never bob's changes alone.
	st, err := sa.History.State()
	if err != nil || st.UndoLabel != "merge bob.db" {
		t.Fatalf("undo offers %+v, %v", st, err)
	}
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	entries, _ = sa.History.ForRow("claims", claim.ID)
	for _, e := range entries {
		if e.From != "" {
			t.Fatalf("merged history left after undoing the merge: %+v", e)
		}
	}
	st, _ = sa.History.State()
	if st.UndoLabel == "merge bob.db" || !st.CanRedo {
		t.Fatalf("after undo: %+v", st)
	}
	if _, err := sa.History.Redo(); err != nil {
		t.Fatal(err)
	}
	// Merging again appends nothing.
	again, err := sa.Merge.Merge(b.DB().Path, nil)
	if err != nil || again.Changes() != 0 {
		t.Fatalf("second merge: %+v, %v", again, err)
	}

	// C merges alice's workspace: bob's entries come along (still bob's, still from bob.db),
	// alice's own entries from alice.db; and back in alice's, nothing of hers returns.
	c, sc := copyOf(t, base, "carol")
	c.Analyst = "carol"
	if _, err := sc.Merge.Merge(a.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	entries, _ = sc.History.ForRow("claims", claim.ID)
	var froms []string
	for _, e := range entries {
		if e.From != "" {
			froms = append(froms, e.Actor+"/"+e.From)
		}
	}
	if f := strings.Join(froms, " "); !strings.Contains(f, "bob/bob.db") || !strings.Contains(f, "alice/alice.db") {
		t.Fatalf("carol's merged history: %s", f)
	}
	before, _ := sa.History.Recent(10000)
	back, err := sa.Merge.Merge(c.DB().Path, nil)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := sa.History.Recent(10000)
	for _, e := range after[:len(after)-len(before)] {
		if e.From != "" && e.Actor != "carol" {
			t.Fatalf("merging carol's workspace brought back %+v (plan %+v)", e, back.Added)
		}
	}
}
