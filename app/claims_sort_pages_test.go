package app

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkClaimSortedPages: scrolling a sorted claim list, ten pages of 50 of 5,000
// claims ordered by contradictions. Each page of a sorted list is cut from every claim
// sorted (claims_sort.go); on the 50,000-claim benchmark workspace one page took 2.7 s
// (origins) to 10.4 s (contradictions) through `serve`, every page alike.
func BenchmarkClaimSortedPages(b *testing.B) {
	_, svc := MustOpenWorkspace(b, true)
	tx, err := svc.Claims.ws.DB().Begin()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 5000; i++ {
		if _, err := tx.Exec(`INSERT INTO claims (uuid, statement, note, created_by, created_at, updated_at) VALUES (?, ?, '', 'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
			fmt.Sprintf("00000000-0000-4000-8000-%012d", i), fmt.Sprintf("Report %d: the Ambry crew counted %d boats", i, i%40)); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for page := int64(0); page < 10; page++ {
			if p, err := svc.Claims.ListPage(ClaimFilter{Sort: SortContradictions}, page*50, 50); err != nil || len(p.Items) != 50 {
				b.Fatalf("page %d: %d rows, %v", page, len(p.Items), err)
			}
		}
	}
}

// The pages of a sorted list follow every change, made here or in another window on the
// same file: a claim given more mentions moves up at once.
func TestSortedClaimPagesFollowChanges(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	first, err := svc.Claims.Create(ClaimInput{Statement: "The minister visited the theatre"})
	if err != nil {
		t.Fatal(err)
	}
	second, err := svc.Claims.Create(ClaimInput{Statement: "The minister met the director"})
	if err != nil {
		t.Fatal(err)
	}
	top := func() int64 {
		t.Helper()
		p, err := svc.Claims.ListPage(ClaimFilter{Sort: SortMentions}, 0, 1)
		if err != nil || len(p.Items) != 1 {
			t.Fatalf("page: %v %v", p, err)
		}
		return p.Items[0].ID
	}
	if got := top(); got != first.ID { // ties by id
		t.Fatalf("first the claim with the lowest id, got %d", got)
	}
	if _, err := svc.Claims.AddMention(MentionInput{ClaimID: &second.ID, ArticleID: a.ID, Start: s, End: e, Quote: "Olga Lyubimova"}); err != nil {
		t.Fatal(err)
	}
	if got := top(); got != second.ID {
		t.Errorf("after a mention of claim %d, the top is %d", second.ID, got)
	}
	// another window on the same file gives the first claim two mentions
	other, err := OpenWorkspace(context.Background(), ws.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	osvc := NewServices(other)
	for _, q := range []string{"Olga", "Lyubimova"} {
		st, en := s, e
		if q == "Olga" {
			en = s + 4
		} else {
			st = s + 5
		}
		if _, err := osvc.Claims.AddMention(MentionInput{ClaimID: &first.ID, ArticleID: a.ID, Start: st, End: en, Quote: q}); err != nil {
			t.Fatal(err)
		}
	}
	if got := top(); got != first.ID {
		t.Errorf("after two mentions of claim %d in another window, the top is %d", first.ID, got)
	}
}
