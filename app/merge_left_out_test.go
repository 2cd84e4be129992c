package app

import (
	"reflect"
	"strings"
	"testing"
)

// A merge says which of their rows it leaves out because we deleted them: per table a
// count and, for named tables, the names (cut to 80 characters), with the rows hanging
// on them; the same on every merge of the same file; nothing when nothing was deleted.
func TestMergeReportsRowsLeftOutBecauseWeDeletedThem(t *testing.T) {
	base, sbase := MustOpenWorkspace(t, false)
	long := "The ministry said on Tuesday that the new bridge over the estuary will carry four lanes of traffic by the spring"
	first, err := sbase.Claims.Create(ClaimInput{Statement: long})
	if err != nil {
		t.Fatal(err)
	}
	second, err := sbase.Claims.Create(ClaimInput{Statement: "The harbour toll doubles in May"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sbase.Claims.Create(ClaimInput{Statement: "A claim both keep"}); err != nil {
		t.Fatal(err)
	}
	// A tag link hangs on a deleted claim: it is left out with it, counted, unnamed.
	if _, err := sbase.Tags.TagClaim(second.ID, "harbour"); err != nil {
		t.Fatal(err)
	}
	src, err := sbase.Sources.Create(SourceInput{Name: "Estuary Weekly"})
	if err != nil {
		t.Fatal(err)
	}
	a, sa := copyOf(t, base, "mine")
	b, sb := copyOf(t, base, "theirs")

	fresh, err := sa.Merge.Preview(b.DB().Path)
	if err != nil || len(fresh.LeftOut) != 0 {
		t.Fatalf("nothing deleted, yet left out: %+v, %v", fresh.LeftOut, err)
	}

	for _, id := range []int64{first.ID, second.ID} {
		if err := sa.Claims.Delete(id); err != nil {
			t.Fatal(err)
		}
	}
	if err := sa.Sources.Delete(src.ID); err != nil {
		t.Fatal(err)
	}
	cut := []rune(long)
	want := []MergeLeftOut{
		{Table: "sources", Count: 1, Names: []string{"Estuary Weekly"}},
		{Table: "claims", Count: 2, Names: []string{strings.TrimSpace(string(cut[:79])) + "…", "The harbour toll doubles in May"}},
		{Table: "claim_tags", Count: 1, Names: []string{}},
	}
	preview, err := sa.Merge.Preview(b.DB().Path)
	if err != nil || !reflect.DeepEqual(preview.LeftOut, want) {
		t.Fatalf("preview left out %+v (%v), want %+v", preview.LeftOut, err, want)
	}
	if n := len([]rune(preview.LeftOut[1].Names[0])); n != 80 {
		t.Fatalf("a cut statement has %d characters, want 80", n)
	}
	// Their export bundle says the same as their file.
	viaBundle, err := sa.Merge.Preview(exportBundle(t, sb, "theirs.jsonl"))
	if err != nil || !reflect.DeepEqual(viaBundle.LeftOut, want) {
		t.Fatalf("bundle preview left out %+v (%v), want %+v", viaBundle.LeftOut, err, want)
	}
	for i := 0; i < 2; i++ {
		plan, err := sa.Merge.Merge(b.DB().Path, nil)
		if err != nil || !plan.Applied || !reflect.DeepEqual(plan.LeftOut, want) {
			t.Fatalf("merge %d left out %+v (%v), want %+v", i+1, plan.LeftOut, err, want)
		}
	}
	var n int
	if err := a.DB().QueryRow(`SELECT count(*) FROM claims`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("claims after the merges: %d (%v); the deleted ones came back?", n, err)
	}
}
