package desktop

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/app"
)

func TestFileFilters(t *testing.T) {
	got := fileFilters([]app.FilePattern{{Name: "Articles", Pattern: "*.txt;*.md"}, {Name: "All files", Pattern: "*"}})
	if len(got) != 2 || got[0].DisplayName != "Articles" || got[0].Pattern != "*.txt;*.md" || got[1].Pattern != "*" {
		t.Errorf("fileFilters = %+v", got)
	}
	if got := fileFilters(nil); got == nil || len(got) != 0 {
		t.Errorf("fileFilters(nil) = %#v, want an empty list", got)
	}
}

// Open and New Workspace use the same workspace filters as Merge (app.WorkspacePatterns).
func TestWorkspaceDialogOptions(t *testing.T) {
	open := openWorkspaceOptions("/home/anna/cases")
	if open.Title != "Open Workspace" || open.DefaultDirectory != "/home/anna/cases" ||
		len(open.Filters) != 2 || open.Filters[0].Pattern != "*.db" || open.Filters[1].Pattern != "*" {
		t.Errorf("open options %+v", open)
	}
	create := newWorkspaceOptions("/home/anna/cases")
	if create.Title != "New Workspace" || create.DefaultFilename != "untitled.db" || !create.CanCreateDirectories ||
		create.DefaultDirectory != "/home/anna/cases" || len(create.Filters) != 2 || create.Filters[0].Pattern != "*.db" {
		t.Errorf("new options %+v", create)
	}
}

// Before the window has started, every dialog answers as if cancelled (Wails' runtime
// would stop the process on a nil context).
func TestDialogsBeforeStartUp(t *testing.T) {
	d := nativeDialogs{ctx: func() context.Context { return nil }}
	if paths, err := d.OpenFiles("Import", nil); paths != nil || err != nil {
		t.Errorf("OpenFiles = %v, %v", paths, err)
	}
	for name, f := range map[string]func() (string, error){
		"OpenFolder":         func() (string, error) { return d.OpenFolder("x") },
		"SaveFile":           func() (string, error) { return d.SaveFile("x", "a.csv", nil) },
		"chooseWorkspace":    func() (string, error) { return d.chooseWorkspace("/") },
		"chooseNewWorkspace": func() (string, error) { return d.chooseNewWorkspace("/") },
	} {
		if path, err := f(); path != "" || err != nil {
			t.Errorf("%s = %q, %v", name, path, err)
		}
	}
	log := captureLog(t)
	d.showError("Cannot open workspace", "the reason")
	if !strings.Contains(log.String(), "the reason") {
		t.Errorf("an error that cannot be shown is not logged: %q", log)
	}
}

// The refusals a real switch gives are reworded for the window: the menu, not --db.
func TestDialogTextOfRealRefusals(t *testing.T) {
	ws, _, _ := openServices(t)
	dir := t.TempDir()
	notSQLite := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notSQLite, []byte("shopping list\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := ws.Switch(context.Background(), notSQLite, app.OpenOptions{})
	if err == nil {
		t.Fatal("switching to a text file succeeded")
	}
	if msg := dialogText(err); strings.Contains(msg, "--db") || !strings.Contains(msg, "File ▸ Open Workspace…") {
		t.Errorf("not an SQLite file: %q", msg)
	}
	err = ws.Switch(context.Background(), filepath.Join(dir, "gone.db"), app.OpenOptions{})
	if err == nil {
		t.Fatal("switching to a missing file succeeded")
	}
	msg := dialogText(err)
	if strings.Contains(msg, "claimdesk init") || !strings.Contains(msg, "moved or deleted?") {
		t.Errorf("missing file: %q", msg)
	}
	if got := refusalMessage(err, ws.DB().Path); !strings.HasSuffix(got, "Nothing was changed: ws.db is still open.") {
		t.Errorf("refusalMessage = %q", got)
	}
}

func TestDialogTextLeavesOtherErrors(t *testing.T) {
	if got := dialogText(errors.New("  disk full  ")); got != "disk full" {
		t.Errorf("dialogText = %q", got)
	}
}
