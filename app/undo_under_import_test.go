package app

import (
	"strings"
	"testing"
)

// An Undo that would remove a source a later import uses is refused; the refusal said
// "used since by other work (in another window or program)" when the import was made in
// this very window (ratk14, found and left). It now names what is in the way: the article
// imported since, and that an import is not undone. Another window's use keeps its words.
// Invented story.
func TestUndoUnderAnImportSaysWhatIsInTheWay(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	if _, err := svc.Sources.Create(SourceInput{Name: "Quayside Bulletin", Kind: "outlet", Reliability: "C"}); err != nil {
		t.Fatal(err)
	}
	sum, err := svc.Import.ImportPasted(PastedArticle{Title: "Night buses to the quay return", Outlet: "Quayside Bulletin",
		Body: "Night buses to the quay run again from Friday, the transport office said.\n"})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("paste: %+v %v", sum, err)
	}
	before := fullDump(t, ws)
	_, err = svc.History.Undo()
	wantCode(t, err, CodeConflict, "“Night buses to the quay return”")
	msg := err.Error()
	if strings.Contains(msg, "another window") || !strings.Contains(msg, "imported since") {
		t.Errorf("the refusal does not say what is in the way in true words: %s", msg)
	}
	t.Log(msg)
	sameFullDump(t, "after the refused undo", fullDump(t, ws), before)
}
