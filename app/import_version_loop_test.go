package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Version links that loop (a damaged file: another tool pointed a first version at its
// own revision) have no newest version. Importing a new text of that story walked the
// links forward to the newest one inside the import's transaction and never came back,
// holding the workspace's write lock. It is refused now, with what to do, and nothing is
// written.
func TestImportNewVersionOfLoopingVersionsIsRefused(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	path := writeFile(t, filepath.Join(t.TempDir(), "ferry.txt"), ferryStory)
	first := importOne(t, s, path, ImportOptions{})
	writeFile(t, path, ferryRevised)
	second := importOne(t, s, path, ImportOptions{})
	if second.Status != StatusVersion {
		t.Fatalf("the revised text: %+v, want a new version", second)
	}
	shell := openAsAnotherTool(t, ws.DB().Path)
	if _, err := shell.Exec(`UPDATE articles SET previous_version_id = ? WHERE id = ?`, second.ArticleID, first.ArticleID); err != nil {
		t.Fatal(err)
	}
	// The story's versions list each article once (it listed the loop over and over, 10,001 rows).
	vs, err := s.Import.Versions(first.ArticleID)
	if err != nil || len(vs) != 2 {
		t.Errorf("Versions of looping links: %d rows (%v), want the 2 articles once each", len(vs), err)
	}
	var before int64
	if err := shell.QueryRow(`SELECT count(*) FROM articles`).Scan(&before); err != nil {
		t.Fatal(err)
	}

	writeFile(t, path, strings.Replace(ferryRevised, "twice a day", "three times a day", 1))
	done := make(chan ImportSummary, 1)
	errc := make(chan error, 1)
	go func() {
		sum, err := s.Import.ImportPaths([]string{path}, ImportOptions{})
		done <- sum
		errc <- err
	}()
	var sum ImportSummary
	select {
	case sum = <-done:
	case <-time.After(2 * time.Minute): // a guard against the hang, not a measure of speed
		t.Fatal("the import of a new version of looping versions did not return")
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if len(sum.Items) != 1 || sum.Items[0].Status != StatusRejected || !strings.Contains(sum.Items[0].Reason, "loop back on themselves") ||
		!strings.Contains(sum.Items[0].Reason, "versions --split") {
		t.Errorf("import: %+v, want the file rejected, saying the versions loop and how to split them", sum.Items)
	}
	var after int64
	if err := shell.QueryRow(`SELECT count(*) FROM articles`).Scan(&after); err != nil || after != before {
		t.Errorf("articles: %d before, %d after (%v): a refused import writes nothing", before, after, err)
	}
}
