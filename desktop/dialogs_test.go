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

// File ▸ New Workspace asks, once the file is named, whether it starts with the sample
// articles: Yes with them, No empty (what `claimdesk init --empty` makes), a closed dialog
// creates nothing. The answer goes to the one service path, SwitchToNew's empty.
func TestNewWorkspaceAsksForTheSampleArticles(t *testing.T) {
	q := samplesQuestion("/home/an/cases/quay.db")
	for _, w := range []string{"Start quay.db with the five sample articles?", "Yes: with the sample articles", "No: start empty", "creates nothing"} {
		if !strings.Contains(q, w) {
			t.Errorf("the question %q does not say %q", q, w)
		}
	}
	for answer, want := range map[string][2]bool{"Yes": {false, true}, "No": {true, true}, "": {false, false}, "Cancel": {false, false}} {
		if empty, ok := startEmptyAnswer(answer); empty != want[0] || ok != want[1] {
			t.Errorf("answer %q: empty %v ok %v; want %v", answer, empty, ok, want)
		}
	}
	if _, ok := (nativeDialogs{ctx: func() context.Context { return nil }}).askStartEmpty("x.db"); ok {
		t.Errorf("with no window the question counts as answered")
	}
	ws, svc, _ := openServices(t)
	for _, c := range []struct {
		empty bool
		want  int
	}{{true, 0}, {false, 5}} {
		path := filepath.Join(t.TempDir(), "quay")
		if _, err := ws.SwitchToNew(context.Background(), path, c.empty); err != nil {
			t.Fatal(err)
		}
		list, err := svc.Articles.List()
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != c.want {
			t.Errorf("a new workspace with empty=%v holds %d articles; want %d", c.empty, len(list), c.want)
		}
	}
}
