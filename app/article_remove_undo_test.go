package app

import (
	"fmt"
	"path/filepath"
	"testing"
)

// Undoing a removal once the same text or outlet has come back in the meantime.

const removeTextTides = "Tides on the quay\nHarbour Gazette\n\nThe spring tides reached the quay steps on Sunday.\n"

// Remove an article while another of its outlet stays, then import the same file again
// (same text, same fingerprint): Undo cannot put the old article back beside the new one.
// Refused in words that say why and what is in the way; nothing changed.
func TestUndoRemoveAfterTheSameFileWasImportedAgain(t *testing.T) {
	f := newRemoveFixture(t)
	root := t.TempDir()
	importOne(t, f.svc, writeFile(t, filepath.Join(root, "tides.txt"), removeTextTides), ImportOptions{})
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	again := importOne(t, f.svc, writeFile(t, filepath.Join(root, "fares.txt"), removeTextA), ImportOptions{})
	if again.ArticleID == 0 || again.ArticleID == f.a.ID {
		t.Fatalf("re-import: %+v (want a new id)", again)
	}
	before := fullDump(t, f.ws)
	_, err := f.svc.History.Undo()
	wantCode(t, err, CodeConflict, fmt.Sprintf("was imported again since (article %d)", again.ArticleID))
	sameFullDump(t, "after the refused undo", fullDump(t, f.ws), before)
}

// Remove takes the outlet nothing else names; then an article from the same outlet is
// imported, which makes the source again. Undo is refused (the name is taken) in words
// that say so, nothing changed.
func TestUndoRemoveAfterItsOutletWasMadeAgain(t *testing.T) {
	f := newRemoveFixture(t)
	// a later source and article, so the outlet made again gets a new id
	importOne(t, f.svc, writeFile(t, filepath.Join(t.TempDir(), "weekly.txt"),
		"Quay notes\nQuay Weekly\n\nThe spring tides reached the quay steps again.\n"), ImportOptions{})
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	importOne(t, f.svc, writeFile(t, filepath.Join(t.TempDir(), "tides.txt"),
		removeTextTides), ImportOptions{})
	before := fullDump(t, f.ws)
	_, err := f.svc.History.Undo()
	wantCode(t, err, CodeConflict, "a source named “Harbour Gazette” was made again since")
	sameFullDump(t, "after the refused undo", fullDump(t, f.ws), before)
}

// Remove takes the newest rows, so the next rows made take their ids (SQLite gives the
// highest id plus one): an import from the same outlet right after the removal makes its
// source under the id of a source the removal took. Undo is refused in words that name
// the new row in the way (it said "source 3 exists again since, in another window").
func TestUndoRemoveAfterItsIDsWereGivenToNewRows(t *testing.T) {
	f := newRemoveFixture(t)
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	importOne(t, f.svc, writeFile(t, filepath.Join(t.TempDir(), "tides.txt"), removeTextTides), ImportOptions{})
	before := fullDump(t, f.ws)
	_, err := f.svc.History.Undo()
	wantCode(t, err, CodeConflict, "its id was given since to a new source, “Harbour Gazette”")
	sameFullDump(t, "after the refused undo", fullDump(t, f.ws), before)
}
