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

// Since schema v16 the app never gives a removed row's id to a new row (see
// TestUndoRemoveAfterAnImportThatWouldHaveTakenItsIDs), but another program can still
// write a row under an id it names (the sqlite3 shell: INSERT INTO sources (id, ...)).
// Undo is refused in words that name the new row in the way (before they said "source 3
// exists again since, in another window").
func TestUndoRemoveAfterItsIDsWereGivenToNewRows(t *testing.T) {
	f := newRemoveFixture(t)
	id := sourceID(t, f.ws, "Harbour Gazette")
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ws.DB().Exec(`INSERT INTO sources (id, name, created_at, updated_at) VALUES (?, 'Pier Review', 'now', 'now')`, id); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, f.ws)
	_, err := f.svc.History.Undo()
	wantCode(t, err, CodeConflict, "its id was given since to a new source, “Pier Review”")
	sameFullDump(t, "after the refused undo", fullDump(t, f.ws), before)
}
