package app

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// Ids are never given to another row (schema v16, AUTOINCREMENT): an import right after a
// removal takes new ids, not the removed rows', so Undo of the removal brings everything
// back beside the new article, and Redo takes it away again. Before v16 the new
// rows took the removed ids (SQLite gave the highest id plus one) and Undo was refused
// ("its id was given since to a new ...").
func TestUndoRemoveAfterAnImportThatWouldHaveTakenItsIDs(t *testing.T) {
	f := newRemoveFixture(t)
	ws, svc := f.ws, f.svc
	before := fullDump(t, ws)
	highest := highestIDs(t, ws)
	if _, err := svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}

	// My own words, from an outlet new to the workspace: before v16 its source took the id
	// of a source the removal took (an origin the suggester had made for the removed article).
	imp := importOne(t, svc, writeFile(t, filepath.Join(t.TempDir(), "lighthouse.txt"),
		"Lighthouse keeper retires\nQuay Weekly\n\nKeeper Tomas Lind said on Friday that the north light will go dark for a week in June.\n"),
		ImportOptions{})
	for table, id := range map[string]int64{"articles": imp.ArticleID, "sources": sourceID(t, ws, "Quay Weekly")} {
		if id <= highest[table] {
			t.Errorf("new %s row got id %d, not past %d, the highest handed out before the removal", table, id, highest[table])
		}
	}
	withNew := fullDump(t, ws)

	if _, err := svc.History.Undo(); err != nil {
		t.Fatalf("Undo of the removal: %v", err)
	}
	undone := fullDump(t, ws)
	for _, table := range []string{"articles", "sources", "spans", "claim_mentions", "claims", "entities", "entity_aliases",
		"assessments", "evidence", "span_tags", "tags", "article_origins", "claim_mention_values"} {
		has := map[string]bool{}
		for _, r := range undone[table] {
			has[r] = true
		}
		for _, r := range before[table] {
			if !has[r] {
				t.Errorf("after Undo %s lacks %s", table, r)
			}
		}
		for _, r := range withNew[table] {
			if !has[r] {
				t.Errorf("after Undo %s lost the new work's %s", table, r)
			}
		}
	}
	if _, err := svc.Articles.Get(f.a.ID); err != nil {
		t.Errorf("the removed article is not back: %v", err)
	}
	if _, err := svc.History.Redo(); err != nil {
		t.Fatalf("Redo of the removal: %v", err)
	}
	sameFullDump(t, "after Redo", fullDump(t, ws), withNew)
	if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

// highestIDs is the highest id of each table with an id column.
func highestIDs(t *testing.T, ws *Workspace) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, table := range []string{"articles", "sources"} {
		var n int64
		if err := ws.DB().QueryRow(`SELECT coalesce(max(id), 0) FROM "` + table + `"`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

func sourceID(t *testing.T, ws *Workspace, name string) int64 {
	t.Helper()
	var id int64
	if err := ws.DB().QueryRow(`SELECT id FROM sources WHERE name = ?`, name).Scan(&id); err != nil {
		t.Fatalf("source %q: %v", name, err)
	}
	return id
}

// Every table whose changes Undo reverses under the row's own id hands out each id once
// (AUTOINCREMENT, schema v16): a table added to auditedTables without it would let a new
// row take a removed row's id, and Undo of the removal be refused again.
func TestEveryAuditedTableWithAnIDNeverReusesIt(t *testing.T) {
	ws, _ := MustOpenWorkspace(t, false)
	for table := range auditedTables {
		var pk string
		err := ws.DB().QueryRow(`SELECT name FROM pragma_table_info(?) WHERE pk = 1 AND type = 'INTEGER'
			AND (SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0) = 1`, table, table).Scan(&pk)
		if err != nil || pk != "id" {
			continue // keyed by another row's id (claim_mentions, entity_speaks_for) or by a pair
		}
		var ddl string
		if err := ws.DB().QueryRow(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`, table).Scan(&ddl); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(ddl, "INTEGER PRIMARY KEY AUTOINCREMENT") {
			t.Errorf("table %s: its id is not AUTOINCREMENT, so a removed row's id can be given to a new row", table)
		}
	}
}

// The same when the removed article is the newest: an import stages its articles under
// ids it picks itself, which must be past the highest ever handed out (the sequence), not
// past the highest left in the table.
func TestUndoRemoveOfTheNewestArticleAfterAnImport(t *testing.T) {
	f := newRemoveFixture(t)
	ws, svc := f.ws, f.svc
	if _, err := svc.Articles.Remove([]int64{f.b.ID}); err != nil {
		t.Fatal(err)
	}
	imp := importOne(t, svc, writeFile(t, filepath.Join(t.TempDir(), "lighthouse.txt"),
		"Lighthouse keeper retires\nQuay Weekly\n\nKeeper Tomas Lind said on Friday that the north light will go dark for a week in June.\n"),
		ImportOptions{})
	if imp.ArticleID <= f.b.ID {
		t.Errorf("the import took article id %d, not past %d, the removed article's", imp.ArticleID, f.b.ID)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatalf("Undo of the removal: %v", err)
	}
	for _, id := range []int64{f.b.ID, imp.ArticleID} {
		if _, err := svc.Articles.Get(id); err != nil {
			t.Errorf("article %d after Undo: %v", id, err)
		}
	}
	if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

// A merge places their new rows under ids of ours it picks itself: past the highest ever
// handed out, so not under the ids of rows a removal took (which Undo may bring back).
func TestMergeAfterARemovalTakesNewIDs(t *testing.T) {
	f := newRemoveFixture(t)
	theirs, st := copyOf(t, f.ws, "theirs")
	imp := importOne(t, st, writeFile(t, filepath.Join(t.TempDir(), "lighthouse.txt"),
		"Lighthouse keeper retires\nQuay Weekly\n\nKeeper Tomas Lind said on Friday that the north light will go dark for a week in June.\n"),
		ImportOptions{})
	uuid := tableRows(t, theirs.DB().DB, `SELECT uuid FROM articles WHERE id = ?`, imp.ArticleID)
	if _, err := f.svc.Articles.Remove([]int64{f.b.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Merge.Merge(theirs.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	var id int64
	if err := f.ws.DB().QueryRow(`SELECT id FROM articles WHERE 'uuid=' || uuid || ' ' = ?`, uuid[0]).Scan(&id); err != nil {
		t.Fatalf("their article after the merge: %v", err)
	}
	if id <= f.b.ID {
		t.Errorf("the merge placed their article under id %d, not past %d, the removed article's", id, f.b.ID)
	}
}

// Suggestions are stored under ids the store picks itself (one statement for an article's
// suggestions): past the highest span id ever handed out, not the removed article's.
func TestSuggestionsAfterARemovalTakeNewIDs(t *testing.T) {
	f := newRemoveFixture(t)
	var highest int64
	f.ws.DB().QueryRow(`SELECT max(id) FROM spans`).Scan(&highest)
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Suggestions.RunForArticles([]int64{f.b.ID}); err != nil {
		t.Fatal(err)
	}
	var lowest sql.NullInt64
	f.ws.DB().QueryRow(`SELECT min(id) FROM spans WHERE article_id = ? AND state = 'suggested'`, f.b.ID).Scan(&lowest)
	if !lowest.Valid {
		t.Fatal("no suggestions on the other article")
	}
	if lowest.Int64 <= highest {
		t.Errorf("a suggestion took span id %d, not past %d, the highest handed out before the removal", lowest.Int64, highest)
	}
}
