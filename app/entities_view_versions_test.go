package app

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// v_entities.articles counted article rows: a name marked in a story and carried over to
// its two revisions counted three articles, where the story is one. The view (what the
// sqlite3 shell, Python or Datasette read) and the app's entity list and page now say 1.
func TestEntitiesViewCountsVersionsOfOneStoryOnce(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	path := writeFile(t, filepath.Join(root, "ferry.txt"), ferryStory)
	first := importOne(t, s, path, ImportOptions{})
	body := article(t, s, first.ArticleID).Body
	st, en := cpRangeOf(t, body, "Maren Holt")
	sp, err := s.Spans.Create(SpanInput{ArticleID: first.ArticleID, Kind: "entity", EntityType: "person", Start: st, End: en, Quote: "Maren Holt"})
	if err != nil {
		t.Fatal(err)
	}
	entityID := *sp.EntityID
	for i, text := range []string{ferryRevised, strings.Replace(ferryRevised, "twice a day", "three times a day", 1)} {
		writeFile(t, path, text)
		if v := importOne(t, s, path, ImportOptions{}); v.Status != StatusVersion {
			t.Fatalf("revision %d: %+v, want a new version", i+1, v)
		}
	}

	shell := openAsAnotherTool(t, ws.DB().Path)
	mentions, articles := entityViewCounts(t, shell, entityID)
	if mentions != 3 || articles != 1 {
		t.Errorf("v_entities: %d mentions in %d articles for one story in three versions, want 3 in 1", mentions, articles)
	}
	page, err := s.Entities.Get(entityID)
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.Entities.List("Maren", "person", 0)
	if err != nil || len(list) != 1 {
		t.Fatalf("list: %+v %v", list, err)
	}
	if page.Articles != 1 || list[0].Articles != 1 {
		t.Errorf("entity page says %d articles, list %d; want 1 and 1 (the view's reading)", page.Articles, list[0].Articles)
	}

	// "Mentioned with" counts the stories two entities share, not the versions' rows.
	var third int64
	if err := shell.QueryRow(`SELECT max(id) FROM articles`).Scan(&third); err != nil {
		t.Fatal(err)
	}
	tb := article(t, s, third).Body
	st, en = cpRangeOf(t, tb, "Dunmore")
	if _, err := s.Spans.Create(SpanInput{ArticleID: third, Kind: "entity", EntityType: "place", Start: st, End: en, Quote: "Dunmore"}); err != nil {
		t.Fatal(err)
	}
	latest := importOne(t, s, writeFile(t, path, ferryRevised+" Maren Holt will speak again on Friday."), ImportOptions{})
	if latest.Status != StatusVersion {
		t.Fatalf("fourth version: %+v", latest)
	}
	co, err := s.Entities.CoOccurring(entityID)
	if err != nil || len(co) != 1 || co[0].Name != "Dunmore" || co[0].Articles != 1 {
		t.Errorf("mentioned with: %+v (%v), want Dunmore in 1 article (one story in two versions)", co, err)
	}

	// Another story naming her counts. Version links that loop (a damaged file: the first
	// version and the other story made each other's predecessor) end the walk: an article
	// whose walk never reaches a first version is its own story, as in v_claims, so the
	// two looped articles and the three revisions leading into the loop count 5; nothing
	// hangs and no mention is lost.
	other := importOne(t, s, writeFile(t, filepath.Join(root, "bridge.txt"), bridgeStory+" Maren Holt was at the opening."), ImportOptions{})
	ob := article(t, s, other.ArticleID).Body
	st, en = cpRangeOf(t, ob, "Maren Holt")
	if _, err := s.Spans.Create(SpanInput{ArticleID: other.ArticleID, Kind: "entity", EntityType: "person", Start: st, End: en, Quote: "Maren Holt"}); err != nil {
		t.Fatal(err)
	}
	if _, articles := entityViewCounts(t, shell, entityID); articles != 2 {
		t.Errorf("with another story: v_entities.articles = %d, want 2", articles)
	}
	if _, err := shell.Exec(`UPDATE articles SET previous_version_id = ? WHERE id = ?`, other.ArticleID, first.ArticleID); err != nil {
		t.Fatal(err)
	}
	if _, err := shell.Exec(`UPDATE articles SET previous_version_id = ? WHERE id = ?`, first.ArticleID, other.ArticleID); err != nil {
		t.Fatal(err)
	}
	if mentions, articles := entityViewCounts(t, shell, entityID); mentions != 5 || articles != 5 {
		t.Errorf("with looping links: v_entities %d mentions in %d articles, want 5 in 5", mentions, articles)
	}
}

func entityViewCounts(t *testing.T, db *sql.DB, id int64) (int64, int64) {
	t.Helper()
	var m, a int64
	if err := db.QueryRow(`SELECT mentions, articles FROM v_entities WHERE id = ?`, id).Scan(&m, &a); err != nil {
		t.Fatal(err)
	}
	return m, a
}
