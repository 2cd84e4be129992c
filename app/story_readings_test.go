package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A story's versions were read twice: in Go (app/article_versions.go, for the claim list,
// the claim page, the suggested grade and the claims export) and in SQL
// (v_article_stories, for v_claims, v_entities and the sources list). This builds the
// chains where the two could part, through the real services where the services make
// them (declared versions, a colleague's merged version of the same article) and in plain
// SQL where only another tool or a damaged file does (a link to a deleted row left by a
// tool that runs with foreign keys off, links that loop), and checks after each step that
// the app's story count is the view's and the sources list's (v_source_articles).
func TestStoryCountsAgreeAcrossReadings(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	const quote = "the ferry link to the islands"
	outlet := func(id int64, name string) {
		t.Helper()
		if _, err := s.Articles.Update(id, ArticleUpdate{Outlet: name}); err != nil {
			t.Fatal(err)
		}
	}
	declare := func(s *Services, prev int64, name, text string) int64 {
		t.Helper()
		o := importOne(t, s, writeFile(t, filepath.Join(t.TempDir(), name), text), ImportOptions{VersionOf: prev})
		if o.Status != StatusVersion {
			t.Fatalf("%s: %+v, want a new version of %d", name, o, prev)
		}
		return o.ArticleID
	}

	a1 := importOne(t, s, writeFile(t, filepath.Join(root, "ferry.txt"), ferryStory), ImportOptions{}).ArticleID
	outlet(a1, "Dunmore Courier")
	st, en := cpRangeOf(t, article(t, s, a1).Body, quote)
	claim, err := s.Claims.AddMention(MentionInput{NewStatement: "The ferry link to the islands closes", ArticleID: a1, Start: st, End: en, Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	b := importOne(t, s, writeFile(t, filepath.Join(root, "other.txt"), "Ramp works\n\nIn Dunmore the ferry link to the islands would close, the island council said."), ImportOptions{}).ArticleID
	outlet(b, "Island Radio")
	st, en = cpRangeOf(t, article(t, s, b).Body, quote)
	if _, err := s.Claims.AddMention(MentionInput{ClaimID: &claim.ID, ArticleID: b, Start: st, End: en, Quote: quote}); err != nil {
		t.Fatal(err)
	}
	a2 := declare(s, a1, "ferry-2.txt", ferryRevised)
	a3 := declare(s, a2, "ferry-3.txt", strings.Replace(ferryRevised, "twice a day", "three times a day", 1))

	// Two versions pointing at one: a colleague and I each declare a fourth version of
	// the same article; the merge keeps both.
	tws, theirs := copyOf(t, ws, "colleague")
	declare(theirs, a3, "ferry-4-theirs.txt", strings.Replace(ferryRevised, "twice a day", "four times a day", 1))
	a4 := declare(s, a3, "ferry-4.txt", strings.Replace(ferryRevised, "twice a day", "every hour", 1))
	if _, err := s.Merge.Merge(tws.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	shell := openAsAnotherTool(t, ws.DB().Path)
	var a4theirs int64
	if err := shell.QueryRow(`SELECT id FROM articles WHERE previous_version_id = ? AND id <> ?`, a3, a4).Scan(&a4theirs); err != nil {
		t.Fatalf("the colleague's version of article %d after the merge: %v", a3, err)
	}
	for _, id := range []int64{a2, a3, a4, a4theirs} {
		outlet(id, "Dunmore Courier")
	}

	check := func(step string, want int64) {
		t.Helper()
		d, err := s.Claims.Get(claim.ID)
		if err != nil {
			t.Fatal(err)
		}
		list, err := s.Claims.List(ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var listed int64 = -1
		for _, c := range list {
			if c.ID == claim.ID {
				listed = c.Articles
			}
		}
		view := viewArticles(t, shell, claim.ID)
		if d.Articles != want || listed != want || view != want {
			t.Errorf("%s: claim page %d, claim list %d, v_claims %d articles; want %d everywhere", step, d.Articles, listed, view, want)
		}
		// The sources list counts the outlet's stories; the island radio has one.
		sources, err := s.Sources.List()
		if err != nil {
			t.Fatal(err)
		}
		for _, src := range sources {
			if src.Name != "Dunmore Courier" {
				continue
			}
			var shellCount int64
			if err := shell.QueryRow(`SELECT articles FROM v_source_articles WHERE source_id = ?`, src.ID).Scan(&shellCount); err != nil {
				t.Fatal(err)
			}
			if src.Articles != want-1 || shellCount != want-1 {
				t.Errorf("%s: Dunmore Courier has %d articles in the sources list, %d in v_source_articles; want %d (the claim's stories but the island radio's)", step, src.Articles, shellCount, want-1)
			}
		}
	}
	check("a chain of three versions and a fork of two fourth versions", 2)
	// The newest versions (what matching reads and "suggest everywhere" runs on): both
	// fourth versions and the other story.
	var newest []int64
	rows, err := shell.Query(`SELECT id FROM v_newest_versions ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		newest = append(newest, id)
	}
	rows.Close()
	if want := []int64{b, a4, a4theirs}; !slices.Equal(newest, want) {
		t.Errorf("v_newest_versions = %v, want %v (the other story, both fourth versions)", newest, want)
	}

	// Article 2 deleted by another tool that runs with foreign keys off (the sqlite3
	// shell's default): article 3's link names a row that is gone. Articles 3 and both
	// fourth versions are still one story, apart from article 1's.
	if _, err := shell.Exec(`UPDATE articles SET previous_version_id = (SELECT max(id) + 100 FROM articles) WHERE id = ?`, a2); err != nil {
		t.Fatal(err)
	}
	check("article 2's link to a deleted row", 3)

	// A damaged file: article 2's link points forward at article 4, so 2 -> 4 -> 3 -> 2
	// loops and the colleague's fourth version leads into the loop. No first version
	// stands for those articles: each is its own story (articles 1, 2, 3, 4, 4' and the
	// radio's), whatever order the links are walked in.
	if _, err := shell.Exec(`UPDATE articles SET previous_version_id = ? WHERE id = ?`, a4, a2); err != nil {
		t.Fatal(err)
	}
	check("links that loop, and a version leading into the loop", 6)
}
