package app

import (
	"strings"
	"testing"
)

// BenchmarkMemoOfAFilterOver100000Claims: a memo asked of a filter 100,000 claims pass is
// refused (over MaxMemoClaims) after one listing of their ids, never a memo of them;
// against the claim list's first page of the same filter, in the same run.
func BenchmarkMemoOfAFilterOver100000Claims(b *testing.B) {
	ws, svc := MustOpenWorkspace(b, false)
	if _, err := ws.DB().Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
		INSERT INTO claims (statement, created_at, updated_at) SELECT 'Flood claim ' || i, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`); err != nil {
		b.Fatal(err)
	}
	for _, f := range []ClaimFilter{{}, {Text: "flood"}, {Text: "flood", Sort: SortMentions}} {
		b.Run("list page "+f.Text+" "+f.Sort, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if p, err := svc.Claims.ListPage(f, 0, 50); err != nil || len(p.Items) != 50 {
					b.Fatal(len(p.Items), err)
				}
			}
		})
		b.Run("memo refused "+f.Text+" "+f.Sort, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				f := f
				_, err := svc.Export.Memo(MemoOptions{Filter: &f})
				if e, ok := err.(*Error); !ok || !strings.Contains(e.Message, "100000 claims pass the filter") {
					b.Fatal(err)
				}
			}
		})
	}
}
