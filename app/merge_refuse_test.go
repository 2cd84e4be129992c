package app

import (
	"context"
	"database/sql"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Files that are no workspace to merge are refused in words that name the file the
// analyst chose, never the private copy the merge reads (a path under the temp folder
// is meaningless to the analyst and, through serve, a path of the server's file system
// in a browser page), and nothing is written: no merge in the history.
func TestMergeRefusesWhatIsNoWorkspace(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	before, err := svc.History.State()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	// A file of zero bytes (a failed download, a copy that never finished) was opened as
	// a new, empty workspace and "merged": 0 rows, exit 0, and a merge to undo.
	empty := filepath.Join(dir, "colleague.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for name, run := range map[string]func() error{
		"preview": func() error { _, err := svc.Merge.Preview(empty); return err },
		"merge":   func() error { _, err := svc.Merge.Merge(empty, nil); return err },
	} {
		if err := run(); !isInvalid(err) || !strings.Contains(err.Error(), "colleague.db") || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%s of an empty file: %v, want invalid naming colleague.db as empty", name, err)
		}
	}

	// A workspace from a newer Claimdesk, by path and uploaded through the browser.
	newer := filepath.Join(dir, "newer.db")
	other, _ := MustOpenWorkspace(t, true)
	if err := other.DB().Backup(context.Background(), newer); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	data, err := os.ReadFile(newer)
	if err != nil {
		t.Fatal(err)
	}
	_, byPath := svc.Merge.Preview(newer)
	_, byUpload := svc.Merge.PreviewUpload("newer.db", base64.StdEncoding.EncodeToString(data))
	for how, err := range map[string]error{"by path": byPath, "uploaded": byUpload} {
		if !isInvalid(err) || !strings.Contains(err.Error(), "newer.db") || !strings.Contains(err.Error(), "newer Claimdesk") {
			t.Errorf("newer workspace %s: %v, want invalid naming newer.db and the newer Claimdesk", how, err)
			continue
		}
		if strings.Contains(err.Error(), os.TempDir()) || strings.Contains(err.Error(), "claimdesk-") {
			t.Errorf("newer workspace %s: the message names a private temp path: %v", how, err)
		}
	}

	// An SQLite file of some other program: the advice is not the command line's --db.
	foreign := filepath.Join(dir, "inventory.db")
	raw, err = sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("CREATE TABLE stock (item TEXT); INSERT INTO stock VALUES ('bolts')"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	_, err = svc.Merge.Preview(foreign)
	if !isInvalid(err) || !strings.Contains(err.Error(), "inventory.db") || strings.Contains(err.Error(), "--db") || strings.Contains(err.Error(), "claimdesk-") {
		t.Errorf("another program's SQLite file: %v, want invalid naming inventory.db, no temp path, no --db", err)
	}

	after, err := svc.History.State()
	if err != nil {
		t.Fatal(err)
	}
	if after.UndoLabel != before.UndoLabel {
		t.Errorf("a refused merge left something to undo: %q, was %q", after.UndoLabel, before.UndoLabel)
	}
}

// The browser names the uploaded file; a name of ".." made the upload's path the temp
// folder itself (filepath.Join(dir, "..")), and writing it failed as an internal error.
// Any name is only a label: the file is written inside the upload's own folder.
func TestMergeUploadNamedDotDot(t *testing.T) {
	theirs, _ := MustOpenWorkspace(t, true)
	path := filepath.Join(t.TempDir(), "theirs.db")
	if err := theirs.DB().Backup(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, svc := MustOpenWorkspace(t, false)
	for _, name := range []string{"..", "../..", "/", "."} {
		if _, err := svc.Merge.PreviewUpload(name, base64.StdEncoding.EncodeToString(data)); err != nil {
			t.Errorf("upload named %q: %v", name, err)
		}
	}
}
