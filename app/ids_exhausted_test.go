package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// Another program set a table's sequence to the largest id there is (sqlite_sequence is
// an ordinary table to the sqlite3 shell). The app picks the next ids itself for an
// import and for stored suggestions; past the largest id they wrapped round to
// -9223372036854775808, and an article was stored under it, silently. Now nothing is
// stored: suggestions say why; the import falls back to storing the article alone, where
// SQLite's own AUTOINCREMENT refuses, with the same words (its SQLITE_FULL read as "the
// disk is full" before TestUsedUpIDsAreNotADiskFull).
func TestNoIDsLeftIsRefusedNotWrappedRound(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	root := t.TempDir()
	importOne(t, svc, writeFile(t, filepath.Join(root, "budget.txt"), removeTextB), ImportOptions{})
	for _, table := range []string{"articles", "spans"} {
		if _, err := ws.DB().Exec(`UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = ?`, table); err != nil {
			t.Fatal(err)
		}
	}
	before := fullDump(t, ws)
	sum, err := svc.Import.ImportPaths([]string{writeFile(t, filepath.Join(root, "fares.txt"), removeTextA)}, ImportOptions{})
	if err != nil || sum.Imported != 0 || len(sum.Items) != 1 || sum.Items[0].Status != StatusRejected {
		t.Fatalf("import past the last id: %+v %v, want the article refused", sum, err)
	}
	if r := sum.Items[0].Reason; !strings.Contains(r, "no new articles can be stored") {
		t.Errorf("the import says %q", r)
	}
	sameFullDump(t, "after the refused import", fullDump(t, ws), before)

	list, err := svc.Articles.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("articles %+v %v", list, err)
	}
	_, err = svc.Suggestions.RunForArticles([]int64{list[0].ID})
	wantCode(t, err, CodeConflict, "spans")
	sameFullDump(t, "after the refused suggestions", fullDump(t, ws), before)
}

// A merge adds their rows under ids it picks the same way: refused whole, nothing added.
func TestMergePastTheLastIDIsRefused(t *testing.T) {
	f := newRemoveFixture(t)
	theirs, st := copyOf(t, f.ws, "theirs")
	importOne(t, st, writeFile(t, filepath.Join(t.TempDir(), "lighthouse.txt"),
		"Lighthouse keeper retires\nQuay Weekly\n\nKeeper Tomas Lind said on Friday that the north light will go dark for a week in June.\n"),
		ImportOptions{})
	if _, err := f.ws.DB().Exec(`UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'articles'`); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, f.ws)
	_, err := f.svc.Merge.Merge(theirs.DB().Path, nil)
	wantCode(t, err, CodeConflict, "no new articles can be stored")
	sameFullDump(t, "after the refused merge", fullDump(t, f.ws), before)
}
