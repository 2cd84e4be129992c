package app

import (
	"database/sql"
	"testing"
)

// A story re-imported 1,000 times (a live page followed by a feed, a file saved over and
// over) is a chain of 1,000 versions, each holding the carried-over mentions. v13's walk
// kept every (version, ancestor) pair, n²/2 rows for a chain of n: the public views read
// it on every query (3.9 s instead of 0.43 s for SELECT * FROM v_claims on the benchmark
// workspace). v14 walks forward from first versions, one row per version.

// chainWorkspace writes, in plain SQL on a real workspace file, a story in n versions
// (each with a claim mention and a mention of one person) and one other story holding
// both. Its claim and entity are returned.
func chainWorkspace(tb testing.TB, n int) (*Workspace, int64, int64) {
	tb.Helper()
	ws, _ := MustOpenWorkspace(tb, true)
	db := ws.DB().DB
	const now = "2026-12-07T04:00:00Z"
	exec := func(q string, args ...any) {
		tb.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO claims (id, statement, created_at, updated_at) VALUES (1, 'The ferry link closes for three weeks', ?, ?)`, now, now)
	exec(`INSERT INTO entities (id, type, name, created_at, updated_at) VALUES (1, 'person', 'Maren Holt', ?, ?)`, now, now)
	// Article 1 is the first version; 2..n each replace the one before; n+1 is another story.
	exec(`WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i <= ?)
		INSERT INTO articles (id, title, body, body_sha256, char_count, previous_version_id, version, imported_at)
		SELECT i, 'Ferry link to close', 'Maren Holt said the ferry link would close, version ' || i,
		       printf('%064d', i), 10, CASE WHEN i > 1 AND i <= ? THEN i - 1 END, CASE WHEN i <= ? THEN i ELSE 1 END, ?
		FROM k`, n, n, n, now)
	exec(`INSERT INTO spans (article_id, kind, start_cp, end_cp, quote, created_at, updated_at)
		SELECT id, 'claim', 20, 40, 'the ferry link would', ?, ? FROM articles`, now, now)
	exec(`INSERT INTO claim_mentions (span_id, claim_id) SELECT id, 1 FROM spans`)
	exec(`INSERT INTO spans (article_id, kind, entity_type, entity_id, start_cp, end_cp, quote, created_at, updated_at)
		SELECT id, 'entity', 'person', 1, 0, 10, 'Maren Holt', ?, ? FROM articles`, now, now)
	return ws, 1, 1
}

func TestStoryCountsOverALongVersionChain(t *testing.T) {
	ws, claimID, entityID := chainWorkspace(t, 1000)
	shell := openAsAnotherTool(t, ws.DB().Path)
	if got := viewArticles(t, shell, claimID); got != 2 {
		t.Errorf("v_claims.articles = %d for a story in 1,000 versions and another story, want 2", got)
	}
	if m, a := entityViewCounts(t, shell, entityID); m != 1001 || a != 2 {
		t.Errorf("v_entities: %d mentions in %d articles, want 1001 in 2", m, a)
	}
	var stories, deepest int64
	if err := shell.QueryRow(`SELECT count(*), count(DISTINCT first_id) FROM v_article_stories`).Scan(&stories, &deepest); err != nil {
		t.Fatal(err)
	}
	if stories != 999 || deepest != 1 {
		t.Errorf("v_article_stories: %d later versions of %d stories, want 999 of 1", stories, deepest)
	}
	// The chain's middle made to loop back (a damaged file): the versions inside or behind
	// the loop are each their own story; the query ends.
	if _, err := shell.Exec(`UPDATE articles SET previous_version_id = 700 WHERE id = 500`); err != nil {
		t.Fatal(err)
	}
	if got := viewArticles(t, shell, claimID); got != 1+501+1 {
		t.Errorf("with a loop from 500 to 700: v_claims.articles = %d, want 503 (1 for versions 1-499, 501 for 500-1000 each its own, 1 for the other story)", got)
	}
}

// BenchmarkClaimsViewLongVersionChain: every row of v_claims and v_entities (what
// another tool's SELECT * reads) with one story in 1,000 versions.
func BenchmarkClaimsViewLongVersionChain(b *testing.B) {
	ws, _, _ := chainWorkspace(b, 1000)
	db := ws.DB().DB
	b.ResetTimer()
	for range b.N {
		for _, q := range []string{`SELECT sum(articles) FROM v_claims`, `SELECT sum(articles) FROM v_entities`} {
			var n sql.NullInt64
			if err := db.QueryRow(q).Scan(&n); err != nil || n.Int64 != 2 {
				b.Fatalf("%s: %d %v", q, n.Int64, err)
			}
		}
	}
}
