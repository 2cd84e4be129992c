package app

import (
	"sort"
	"testing"
)

// The claims filter after the merge of the Porter word forms (wordforms.go): a word typed
// with a capital outside ASCII ("Évacuated") finds its other forms in any case
// ("évacuation", "ÉVACUATION"), in the claim list, its pages, and the matrix; typed
// unfinished ("Évac", "ÉVAC") too; a claim without the word is not found. (FTS5's
// unicode61 tokenizer folds the case of every letter and drops diacritics before the Porter
// stems are compared; the LIKE prefilter narrows nothing for a word outside ASCII.)
// "Evacuated" typed without its accent finds both too: it found neither while the
// prefilter was a LIKE of the ASCII stem ("evac"), which keeps accents.
func TestClaimFilterFoldsCaseBeyondASCII(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	want := map[int64]bool{}
	for i, s := range []string{
		"The évacuation of the Corvale estate began at dawn",
		"ÉVACUATION ORDER LIFTED FOR CORVALE",
		"The Corvale ferry ran late", // no form of the word
	} {
		c, err := svc.Claims.Create(ClaimInput{Statement: s})
		if err != nil {
			t.Fatal(err)
		}
		if i < 2 {
			want[c.ID] = true
		}
	}
	ids := func(l []ClaimSummary) []int64 {
		out := []int64{}
		for _, c := range l {
			out = append(out, c.ID)
		}
		sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
		return out
	}
	wanted := []int64{}
	for id := range want {
		wanted = append(wanted, id)
	}
	sort.Slice(wanted, func(i, j int) bool { return wanted[i] < wanted[j] })
	for _, q := range []string{"Évacuated", "évacuated", "ÉVACUATED", "Évacuated ", "ÉVACUATION corvale", "Évac", "ÉVAC", "évacuation", "Evacuated", "evacuation corvale"} {
		l, err := svc.Claims.List(ClaimFilter{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(l); !equalIDs(got, wanted) {
			t.Errorf("List %q finds claims %v, want %v", q, got, wanted)
		}
		p, err := svc.Claims.ListPage(ClaimFilter{Text: q}, 0, 50)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(p.Items); !equalIDs(got, wanted) {
			t.Errorf("ListPage %q finds claims %v, want %v", q, got, wanted)
		}
		m, err := svc.Matrix.Get(MatrixFilter{Text: q, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		got := []int64{}
		for _, r := range m.Rows {
			got = append(got, r.ClaimID)
		}
		sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
		if !equalIDs(got, wanted) {
			t.Errorf("Matrix %q finds claims %v, want %v", q, got, wanted)
		}
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
