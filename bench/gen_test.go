package bench

import (
	"context"
	"testing"
)

// A small workspace from the same generator passes db.Check (Ensure runs it), and every
// span's quote is the text at its offsets.
func TestGenerateSmall(t *testing.T) {
	c := Config{Seed: 1, Articles: 30, Spans: 1500, Claims: 75, Entities: 400, BigArticleSpans: 200}
	path, err := Ensure(context.Background(), t.TempDir(), c, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := openWorkspace(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var spans, bad, mentions int
	ws.DB().QueryRow(`SELECT count(*), sum(substr(a.body, sp.start_cp + 1, sp.end_cp - sp.start_cp) <> sp.quote)
		FROM spans sp JOIN articles a ON a.id = sp.article_id`).Scan(&spans, &bad)
	ws.DB().QueryRow(`SELECT count(*) FROM claim_mentions`).Scan(&mentions)
	if spans != c.Spans || bad != 0 || mentions != c.Claims*MentionsPerClaim {
		t.Fatalf("spans %d (want %d), %d quotes off, %d mentions (want %d)", spans, c.Spans, bad, mentions, c.Claims*MentionsPerClaim)
	}
}
