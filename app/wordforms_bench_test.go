package app

import (
	"fmt"
	"testing"
)

// BenchmarkClaimTextFilter: the claims list's first page filtered by a word, on 5,000
// claims of which about one in ten holds a form of it (the LIKE prefilter keeps those
// and a few more; the stems are matched on the in-memory index).
func BenchmarkClaimTextFilter(b *testing.B) {
	_, svc := MustOpenWorkspace(b, true)
	tx, err := svc.Claims.ws.DB().Begin()
	if err != nil {
		b.Fatal(err)
	}
	verbs := []string{"fired", "fires", "first", "walked", "closed", "opened", "delayed", "counted", "carried", "denied"}
	for i := 0; i < 5000; i++ {
		st := fmt.Sprintf("Report %d: the Ambry crew %s at the depot on day %d", i, verbs[i%len(verbs)], i%30)
		if _, err := tx.Exec(`INSERT INTO claims (uuid, statement, note, created_by, created_at, updated_at) VALUES (?, ?, '', 'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
			fmt.Sprintf("00000000-0000-4000-8000-%012d", i), st); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := svc.Claims.ListPage(ClaimFilter{Text: "firing"}, 0, 50)
		if err != nil || p.Total != 1000 {
			b.Fatalf("%d claims, %v", p.Total, err)
		}
	}
}
