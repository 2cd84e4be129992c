package app

import (
	"testing"
)

// Cases of the same shape as TestMergeUndoneThenMergedAgainAsksAgain: an undone change
// (a merge, an edit, on either side) must not count as something a side once held.

// An entity both analysts tagged on their own is proposed after the merge; undone, the
// merge proposes it again; redone, the entity is back and merging again adds nothing;
// accepted (merged into ours), merging again adds nothing either.
func TestMergeUndoneAndRedoneProposesEntitiesAgain(t *testing.T) {
	_, a, b, sa, _, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	take := []MergeResolution{{Key: key, Take: "theirs"}}
	before := fullDump(t, a)
	first, err := sa.Merge.Merge(b.DB().Path, take)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Proposals) != 1 || first.Proposals[0].Name != "Olga Lyubimova" {
		t.Fatalf("proposals: %+v", first.Proposals)
	}
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "undone merge with an added entity", before, fullDump(t, a))
	if _, err := sa.Entities.Get(first.Proposals[0].AddedID); err == nil {
		t.Fatalf("entity %d still there after undo", first.Proposals[0].AddedID)
	}
	again, err := sa.Merge.Merge(b.DB().Path, take)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Proposals) != 1 || again.Proposals[0].EntityID != first.Proposals[0].EntityID ||
		again.Added["entities"] != first.Added["entities"] || again.Changes() != first.Changes() {
		t.Fatalf("merge again after undo: %+v; first: %+v", again, first)
	}
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.History.Redo(); err != nil {
		t.Fatal(err)
	}
	added := again.Proposals[0].AddedID
	if e, err := sa.Entities.Get(added); err != nil || e.Name != "Olga Lyubimova" {
		t.Fatalf("entity after redo: %+v, %v", e, err)
	}
	if p, err := sa.Merge.Preview(b.DB().Path); err != nil || p.Changes() != 0 || len(p.Conflicts) != 0 {
		t.Fatalf("merge after redo: %+v, %v", p, err)
	}
	// The analyst accepts the proposal: their entity goes into ours. Merging the same
	// file again neither brings it back apart nor asks.
	if _, err := sa.Entities.Merge(added, again.Proposals[0].EntityID); err != nil {
		t.Fatal(err)
	}
	accepted := fullDump(t, a)
	if p, err := sa.Merge.Merge(b.DB().Path, nil); err != nil || p.Changes() != 0 || len(p.Conflicts) != 0 {
		t.Fatalf("merge after accepting the proposal: %+v, %v", p, err)
	}
	sameFullDump(t, "merged again after accepting", accepted, fullDump(t, a))
}

// A merge, then a local edit of the merged row, then undo of the edit: the merged value
// stands and merging again changes nothing. Undoing the merge too asks again.
func TestMergeThenLocalEditUndone(t *testing.T) {
	_, a, b, sa, _, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	if _, err := sa.Merge.Merge(b.DB().Path, []MergeResolution{{Key: key, Take: "theirs"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Claims.Update(claimID, ClaimPatch{Statement: ptr("Russia sent no troops")}); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := claimStatement(t, sa, claimID); got != theirWording {
		t.Fatalf("after undoing the edit: %q", got)
	}
	if p, err := sa.Merge.Preview(b.DB().Path); err != nil || p.Changes() != 0 || len(p.Conflicts) != 0 {
		t.Fatalf("merge after the undone edit: %+v, %v", p, err)
	}
	if _, err := sa.History.Undo(); err != nil { // the merge
		t.Fatal(err)
	}
	if got := claimStatement(t, sa, claimID); got != mineWording {
		t.Fatalf("after undoing the merge: %q", got)
	}
	p, err := sa.Merge.Preview(b.DB().Path)
	if err != nil {
		t.Fatal(err)
	}
	wantClaimConflict(t, "merge after undoing the edit and the merge", p, key)
}

// Merging B into A while A has an undone (redo-able) change on the same row: A once
// typed the note B wrote and took it back; B's note is taken without a question, and
// the merge (a new action) ends A's redo.
func TestMergeOverAnUndoneLocalChange(t *testing.T) {
	_, a, b, sa, _, claimID := twoAnalysts(t)
	reuters := sourceNamed(t, sa, "Reuters")
	if _, err := sa.Sources.Update(reuters.ID, SourcePatch{Note: ptr("wire copy")}); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if st, _ := sa.History.State(); !st.CanRedo {
		t.Fatalf("nothing to redo: %+v", st)
	}
	key := "claims:" + claimUUID(t, a, claimID)
	plan, err := sa.Merge.Merge(b.DB().Path, []MergeResolution{{Key: key, Take: "mine"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Conflicts) != 1 || plan.Conflicts[0].Key != key || plan.Updated["sources"] != 1 {
		t.Fatalf("merge over an undone change: %+v", plan)
	}
	if r := sourceNamed(t, sa, "Reuters"); r.Note != "wire copy" || r.Reliability != "B" {
		t.Fatalf("Reuters after merge: %+v", r)
	}
	if st, _ := sa.History.State(); st.CanRedo || st.UndoLabel != "merge theirs.db" {
		t.Fatalf("history after merge: %+v", st)
	}
}

// The mirror on their side: B merged A taking A's wording, then undid it. A merging B
// must not read B's undone merge as B having moved on from A's wording: both wordings
// differ from the start, so it is a conflict, not B's wording taken silently.
func TestMergeOfTheirUndoneMergeOfOurs(t *testing.T) {
	_, a, b, sa, sb, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	if _, err := sb.Merge.Merge(a.DB().Path, []MergeResolution{{Key: key, Take: "theirs"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := sb.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := claimStatement(t, sb, claimID); got != theirWording {
		t.Fatalf("B after undo: %q", got)
	}
	p, err := sa.Merge.Preview(b.DB().Path)
	if err != nil {
		t.Fatal(err)
	}
	wantClaimConflict(t, "A merging B after B undid its merge of A", p, key)
}

// Row ids were reused before schema v16 (SQLite gave a new row the largest id plus one),
// and a workspace upgraded from then keeps that history: a row's history is its own
// entries, not those of a deleted row that had its id before. Here A's deleted claim had
// the note B later writes on the claim that took its id (its sequence cleared, as before
// v16, so the merge gives the id again).
func TestMergeHistoryIsTheRowsOwnAfterIDReuse(t *testing.T) {
	base, _ := MustOpenWorkspace(t, false)
	a, sa := copyOf(t, base, "mine")
	b, sb := copyOf(t, base, "theirs")
	gone, err := sa.Claims.Create(ClaimInput{Statement: "A draft claim", Note: "checked"})
	if err != nil {
		t.Fatal(err)
	}
	if err := sa.Claims.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DB().Exec(`DELETE FROM sqlite_sequence WHERE name = 'claims'`); err != nil {
		t.Fatal(err)
	}
	theirs, err := sb.Claims.Create(ClaimInput{Statement: "The ministers signed a culture plan"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Merge.Merge(b.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	uuid := claimUUID(t, b, theirs.ID)
	var ours int64
	if err := a.DB().QueryRow(`SELECT id FROM claims WHERE uuid = ?`, uuid).Scan(&ours); err != nil || ours != gone.ID {
		t.Fatalf("their claim is %d in A (%v), the deleted one was %d: no id reused, nothing tested", ours, err, gone.ID)
	}
	if _, err := sb.Claims.Update(theirs.ID, ClaimPatch{Note: ptr("checked")}); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Claims.Update(ours, ClaimPatch{Note: ptr("unverified")}); err != nil {
		t.Fatal(err)
	}
	p, err := sa.Merge.Preview(b.DB().Path)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Conflicts) != 1 || p.Conflicts[0].Key != "claims:"+uuid || len(p.Conflicts[0].Fields) != 1 ||
		p.Conflicts[0].Fields[0].Mine != "unverified" || p.Conflicts[0].Fields[0].Theirs != "checked" {
		t.Fatalf("conflicts: %+v", p.Conflicts)
	}
}

// A mention's row and its further values are logged under the mention's span and the
// value's own id (not the first key column): a merge that takes their edit of a mention
// and of its further value finds their history there (no false conflict), logs the rows
// as undo finds them, and one undo restores the workspace exactly.
func TestMergeTakesTheirMentionEditAndUndoesIt(t *testing.T) {
	base, sbase := MustOpenWorkspace(t, false)
	// Another mention with further values first, so that ours get ids other than its span's.
	other := markMention(t, sbase, "North Korea has likely suffered over 6,000 casualties")
	if _, err := sbase.Claims.UpdateMention(other, MentionPatch{RawValue: ptr("over 6,000; 2024; 2025")}); err != nil {
		t.Fatal(err)
	}
	spanID := markMention(t, sbase, "Kim Jong-un met with Russian Culture Minister Olga Lyubimova")
	if _, err := sbase.Claims.UpdateMention(spanID, MentionPatch{RawValue: ptr("about 1,200; last week")}); err != nil {
		t.Fatal(err)
	}
	var valueID int64
	if err := base.DB().QueryRow(`SELECT id FROM claim_mention_values WHERE span_id = ?`, spanID).Scan(&valueID); err != nil || valueID == spanID {
		t.Fatalf("further value %d of span %d (%v): ids alike, nothing tested", valueID, spanID, err)
	}
	a, sa := copyOf(t, base, "mine")
	b, sb := copyOf(t, base, "theirs")
	if _, err := sb.Claims.UpdateMention(spanID, MentionPatch{RawValue: ptr("about 1,300; last month"), Stance: ptr("denies")}); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, a)
	plan, err := sa.Merge.Merge(b.DB().Path, nil)
	if err != nil {
		t.Fatalf("only they changed the mention: %v (%+v)", err, plan.Conflicts)
	}
	if plan.Updated["claim_mentions"] != 1 || plan.Updated["claim_mention_values"] != 1 {
		t.Fatalf("merge: %+v", plan)
	}
	var raw, stance, further string
	if err := a.DB().QueryRow(`SELECT m.raw_value, m.stance, v.raw FROM claim_mentions m JOIN claim_mention_values v ON v.span_id = m.span_id
		WHERE m.span_id = ?`, spanID).Scan(&raw, &stance, &further); err != nil || raw != "about 1,300; last month" || stance != "denies" || further != "last month" {
		t.Fatalf("mention after merge: %q %q %q (%v)", raw, stance, further, err)
	}
	// The merge's changes are in the history of the rows they changed.
	var logged int
	if err := a.DB().QueryRow(`SELECT count(*) FROM audit_log l
		WHERE l.action = 'update' AND l.summary = 'merge theirs.db' AND (
		(l.table_name = 'claim_mentions' AND l.row_id = ?) OR
		(l.table_name = 'claim_mention_values' AND l.row_id = (SELECT id FROM claim_mention_values WHERE span_id = ?)))`, spanID, spanID).Scan(&logged); err != nil || logged != 2 {
		t.Fatalf("the merge's updates logged under their rows: %d (%v)", logged, err)
	}
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "undone merge of a mention", before, fullDump(t, a))
	if p, err := sa.Merge.Preview(b.DB().Path); err != nil || len(p.Conflicts) != 0 || p.Updated["claim_mentions"] != 1 {
		t.Fatalf("merge again after undo: %+v, %v", p, err)
	}
}

// After "mine", what they change next is news: their new wording is a conflict again,
// while the rest of what was merged stays quiet.
func TestMergeMineThenTheyRewordAgain(t *testing.T) {
	_, a, b, sa, sb, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	if _, err := sa.Merge.Merge(b.DB().Path, []MergeResolution{{Key: key, Take: "mine"}}); err != nil {
		t.Fatal(err)
	}
	const newer = "Russia sent 11,000 to 12,000 troops to North Korea"
	if _, err := sb.Claims.Update(claimID, ClaimPatch{Statement: ptr(newer)}); err != nil {
		t.Fatal(err)
	}
	p, err := sa.Merge.Preview(b.DB().Path)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Conflicts) != 1 || p.Conflicts[0].Key != key || p.Conflicts[0].Fields[0].Theirs != newer || p.Conflicts[0].Fields[0].Mine != mineWording {
		t.Fatalf("their new wording after mine: %+v", p.Conflicts)
	}
	if p.Changes() != p.Added["merged_history"] {
		t.Fatalf("more than their new history entries: %+v", p)
	}
}

// A decision travels with the history: B kept its wording over A's; C merged B, so C
// holds A's entries and merging A later neither asks nor changes C's wording.
func TestMergeDecisionTravelsWithTheHistory(t *testing.T) {
	base, a, b, _, sb, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	if _, err := sb.Merge.Merge(a.DB().Path, []MergeResolution{{Key: key, Take: "mine"}}); err != nil {
		t.Fatal(err)
	}
	_, sc := copyOf(t, base, "c")
	if _, err := sc.Merge.Merge(b.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	ac, err := sc.Merge.Merge(a.DB().Path, nil)
	if err != nil || ac.Changes() != 0 || len(ac.Conflicts) != 0 {
		t.Fatalf("A→C after B kept its wording and B→C: %+v, %v", ac, err)
	}
	if got := claimStatement(t, sc, claimID); got != theirWording {
		t.Fatalf("C's claim: %q", got)
	}
}

// A row the analyst deleted is not brought back by a colleague's copy that only still
// has it (a row of their shared start, or one merged before): the delete stands. A row
// they changed since comes back with their change (nothing of theirs is lost).
func TestMergeDoesNotBringBackWhatWeDeleted(t *testing.T) {
	base, sbase := MustOpenWorkspace(t, false)
	shared, err := sbase.Claims.Create(ClaimInput{Statement: "A claim both copies start with"})
	if err != nil {
		t.Fatal(err)
	}
	edited, err := sbase.Claims.Create(ClaimInput{Statement: "A claim they go on editing"})
	if err != nil {
		t.Fatal(err)
	}
	a, sa := copyOf(t, base, "mine")
	b, sb := copyOf(t, base, "theirs")
	theirs, err := sb.Claims.Create(ClaimInput{Statement: "A claim only they made"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Merge.Merge(b.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	var added int64
	if err := a.DB().QueryRow(`SELECT id FROM claims WHERE uuid = ?`, claimUUID(t, b, theirs.ID)).Scan(&added); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{shared.ID, edited.ID, added} {
		if err := sa.Claims.Delete(id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := sb.Claims.Update(edited.ID, ClaimPatch{Note: ptr("their note")}); err != nil {
		t.Fatal(err)
	}
	plan, err := sa.Merge.Merge(b.DB().Path, nil)
	if err != nil || plan.Added["claims"] != 1 {
		t.Fatalf("merge after deleting: %+v, %v", plan, err)
	}
	for _, uuid := range []string{claimUUID(t, b, shared.ID), claimUUID(t, b, theirs.ID)} {
		var n int
		if err := a.DB().QueryRow(`SELECT count(*) FROM claims WHERE uuid = ?`, uuid).Scan(&n); err != nil || n != 0 {
			t.Fatalf("deleted claim %s came back (%d, %v)", uuid, n, err)
		}
	}
	var note string
	if err := a.DB().QueryRow(`SELECT note FROM claims WHERE uuid = ?`, claimUUID(t, b, edited.ID)).Scan(&note); err != nil || note != "their note" {
		t.Fatalf("the claim they edited after our delete: %q (%v)", note, err)
	}
}
