package app

import (
	"path/filepath"
	"testing"
)

// ux7: a .txt whose first line is the headline and second line "Harbour Gazette" imported
// with no outlet. It is the article's outlet now; a second line that is the story's first
// sentence is not. Texts written for this test.
func TestImportReadsTheOutletOnTheSecondLine(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	gazette := importOne(t, s, writeFile(t, filepath.Join(root, "quay.txt"),
		"Quay repairs delayed\nHarbour Gazette\n\nRepairs to the north quay in Corvale will take two more months, the port office said on Tuesday.\n"), ImportOptions{})
	if a := article(t, s, gazette.ArticleID); a.Source != "Harbour Gazette" || a.SourceID == nil {
		t.Errorf("outlet %q (source %v), want Harbour Gazette as the article's source", a.Source, a.SourceID)
	}
	prose := importOne(t, s, writeFile(t, filepath.Join(root, "ramp.txt"),
		"Ramp works start\nEngineers began replacing the ferry ramp in Dunmore on Monday.\nThe Harbour Post reported it first.\n"), ImportOptions{})
	if a := article(t, s, prose.ArticleID); a.Source != "" || a.SourceID != nil {
		t.Errorf("outlet %q from a story whose second line is its first sentence, want none", a.Source)
	}
}
