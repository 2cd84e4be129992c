package app

import "testing"

// Attack on the grouped comparison (a385a3f, 89065e0), held: the "and N more mentions say …"
// counts follow each removal of a mention and each undo and redo of it, and a contradiction
// whose last mention on one side goes is no longer listed (the groups are made on every read;
// nothing is kept between reads to go stale).
func TestGroupedCountsFollowRemovalAndUndo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := manyMentionClaim(t, ws, svc, 8, 2) // 4 say 300 people, 4 say 400
	get := func() ClaimDetail {
		t.Helper()
		d, err := svc.Claims.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	want := func(contradictions int, moreA, moreB int64) {
		t.Helper()
		d := get()
		if len(d.Contradictions) != contradictions {
			t.Fatalf("%d contradictions, want %d: %+v", len(d.Contradictions), contradictions, d.Contradictions)
		}
		if contradictions == 1 {
			c := d.Contradictions[0]
			if int64(c.MoreA)+int64(c.MoreB) != moreA+moreB || (int64(c.MoreA) != moreA && int64(c.MoreA) != moreB) {
				t.Fatalf("more %d and %d, want %d and %d (%q)", c.MoreA, c.MoreB, moreA, moreB, c.Others)
			}
		}
	}
	want(1, 3, 3)
	byValue := map[string][]int64{}
	for _, m := range get().Mentions {
		byValue[m.RawValue] = append(byValue[m.RawValue], m.SpanID)
	}
	three := byValue["300 people"]
	four := byValue["400 people"]
	if len(three) != 4 || len(four) != 4 {
		t.Fatalf("setup: %v", byValue)
	}
	if _, err := svc.Claims.RemoveMention(four[0]); err != nil {
		t.Fatal(err)
	}
	want(1, 3, 2)
	for _, sp := range four[1:] {
		if _, err := svc.Claims.RemoveMention(sp); err != nil {
			t.Fatal(err)
		}
	}
	want(0, 0, 0) // every 400 gone: nothing contradicts
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	want(1, 3, 0) // one 400 back: "and 3 more mentions say 300 people"
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	want(0, 0, 0)
	for i := 0; i < 3; i++ {
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	want(1, 3, 2)
}
