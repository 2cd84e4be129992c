package app

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// The public view v_claims is what another tool reads (the sqlite3 shell, Python,
// Datasette). Its articles column counted article rows, so a story and its revisions
// (linked by previous_version_id, each holding the carried-over mention) counted as
// three articles where the claim page and the claims CSV say one.
func TestClaimsViewCountsVersionsOfOneStoryOnce(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	path := writeFile(t, filepath.Join(root, "ferry.txt"), ferryStory)
	first := importOne(t, s, path, ImportOptions{})
	body := article(t, s, first.ArticleID).Body
	st, en := cpRangeOf(t, body, "would close for three weeks")
	claim, err := s.Claims.AddMention(MentionInput{NewStatement: "The ferry link closes for three weeks", ArticleID: first.ArticleID,
		Start: st, End: en, Quote: "would close for three weeks"})
	if err != nil {
		t.Fatal(err)
	}
	// Two revisions of the same file: a chain of three versions, each with the mention.
	for i, text := range []string{ferryRevised, strings.Replace(ferryRevised, "twice a day", "three times a day", 1)} {
		writeFile(t, path, text)
		if v := importOne(t, s, path, ImportOptions{}); v.Status != StatusVersion {
			t.Fatalf("revision %d: %+v, want a new version", i+1, v)
		}
	}
	d, err := s.Claims.Get(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 3 || d.Articles != 1 {
		t.Fatalf("claim page: %d mentions in %d articles, want 3 mentions (one per version) in 1 article", len(d.Mentions), d.Articles)
	}

	shell := openAsAnotherTool(t, ws.DB().Path)
	if got := viewArticles(t, shell, claim.ID); got != 1 {
		t.Errorf("v_claims.articles = %d for one story in three versions, want 1 (what the claim page says)", got)
	}

	// A second, different article stating it counts.
	other := importOne(t, s, writeFile(t, filepath.Join(root, "other.txt"), "Ramp works\n\nThe Dunmore ferry link would close for three weeks, the island council said."), ImportOptions{})
	ob := article(t, s, other.ArticleID).Body
	st, en = cpRangeOf(t, ob, "would close for three weeks")
	if d, err = s.Claims.AddMention(MentionInput{ClaimID: &claim.ID, ArticleID: other.ArticleID, Start: st, End: en, Quote: "would close for three weeks"}); err != nil {
		t.Fatal(err)
	}
	if got := viewArticles(t, shell, claim.ID); got != 2 || d.Articles != 2 {
		t.Errorf("with another article: v_claims.articles = %d, claim page %d; want 2 and 2", got, d.Articles)
	}
	var mentions int64
	if err := shell.QueryRow(`SELECT mentions FROM v_claims WHERE id = ?`, claim.ID).Scan(&mentions); err != nil || mentions != 4 {
		t.Errorf("v_claims.mentions = %d (%v), want 4 (unchanged reading: rows of accepted mentions)", mentions, err)
	}
}

// Version links that loop (a damaged or hand-edited file) neither hang the view nor
// lose the article: each looped article counts as its own story.
func TestClaimsViewSurvivesLoopingVersionLinks(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	a := importOne(t, s, writeFile(t, filepath.Join(root, "ferry.txt"), ferryStory), ImportOptions{})
	b := importOne(t, s, writeFile(t, filepath.Join(root, "bridge.txt"), bridgeStory), ImportOptions{})
	body := article(t, s, a.ArticleID).Body
	st, en := cpRangeOf(t, body, "would close for three weeks")
	claim, err := s.Claims.AddMention(MentionInput{NewStatement: "The ferry link closes for three weeks", ArticleID: a.ArticleID, Start: st, End: en, Quote: "would close for three weeks"})
	if err != nil {
		t.Fatal(err)
	}
	bb := article(t, s, b.ArticleID).Body
	st, en = cpRangeOf(t, bb, "reopened to cars")
	if _, err := s.Claims.AddMention(MentionInput{ClaimID: &claim.ID, ArticleID: b.ArticleID, Start: st, End: en, Quote: "reopened to cars"}); err != nil {
		t.Fatal(err)
	}
	shell := openAsAnotherTool(t, ws.DB().Path)
	if _, err := shell.Exec(`UPDATE articles SET previous_version_id = CASE id WHEN ? THEN ? ELSE ? END WHERE id IN (?, ?)`,
		a.ArticleID, b.ArticleID, a.ArticleID, a.ArticleID, b.ArticleID); err != nil {
		t.Fatal(err)
	}
	if got := viewArticles(t, shell, claim.ID); got != 2 {
		t.Errorf("v_claims.articles = %d with looping links, want 2", got)
	}
}

// openAsAnotherTool opens the workspace file the way another program would: its own
// connection, plain SQL, none of the app's code.
func openAsAnotherTool(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func viewArticles(t *testing.T, db *sql.DB, claimID int64) int64 {
	t.Helper()
	var n int64
	if err := db.QueryRow(`SELECT articles FROM v_claims WHERE id = ?`, claimID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
