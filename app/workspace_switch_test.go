package app

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// recordedEvents is an Events that keeps what it was sent.
type recordedEvents struct {
	mu     sync.Mutex
	names  []string
	params []any
}

func (r *recordedEvents) Emit(name string, data any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.names = append(r.names, name)
	r.params = append(r.params, data)
}

func (r *recordedEvents) switched() []WorkspaceSwitched {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []WorkspaceSwitched
	for i, n := range r.names {
		if n == EventWorkspaceSwitched {
			out = append(out, r.params[i].(WorkspaceSwitched))
		}
	}
	return out
}

// switchFixture is a seeded workspace whose events are recorded.
func switchFixture(t *testing.T) (*Workspace, *Services, *recordedEvents) {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, false)
	rec := &recordedEvents{}
	ws.Events = rec
	ws.Analyst = "switch-tester"
	return ws, svc, rec
}

func TestSwitchToNewPathSeedsItAndServesIt(t *testing.T) {
	ws, svc, rec := switchFixture(t)
	ctx := context.Background()
	oldPath := ws.DB().Path
	oldDB := ws.DB()
	switchGrace = 0 // close the old file at once here
	t.Cleanup(func() { switchGrace = 30 * time.Second })
	// Make the old workspace differ from a fresh one, so we can tell them apart.
	if _, err := svc.Tags.Create("only-in-old", ""); err != nil {
		t.Fatal(err)
	}
	newPath := filepath.Join(t.TempDir(), "second.db")
	if err := ws.Switch(ctx, newPath, OpenOptions{Create: true}); err != nil {
		t.Fatal(err)
	}
	if ws.DB().Path != newPath {
		t.Fatalf("DB.Path = %q, want %q", ws.DB().Path, newPath)
	}
	// The same service objects now answer from the new, seeded file.
	list, err := svc.Articles.List()
	if err != nil || len(list) != 5 {
		t.Fatalf("new workspace lists %d articles (%v), want the 5 seeds", len(list), err)
	}
	a, err := svc.Articles.Get(list[0].ID)
	if err != nil || a.ImportedBy != "switch-tester" {
		t.Fatalf("seeds imported by %q (%v), want the workspace's analyst", a.ImportedBy, err)
	}
	tags, err := svc.Tags.List()
	if err != nil || len(tags) != 0 {
		t.Fatalf("new workspace has tags %+v (%v)", tags, err)
	}
	info, err := svc.Workspace.Info()
	if err != nil || info.Path != newPath || info.Analyst != "switch-tester" {
		t.Fatalf("info %+v %v", info, err)
	}
	if got := rec.switched(); len(got) != 1 || got[0].Path != newPath {
		t.Fatalf("switched events %+v, want one with path %s", got, newPath)
	}
	// The old file was closed, and still holds its own work.
	// ... closed just after the swap (AfterFunc), never before it.
	closed := false
	for i := 0; i < 100 && !closed; i++ {
		closed = oldDB.Ping() != nil
		time.Sleep(50 * time.Millisecond)
	}
	if !closed {
		t.Fatal("the old workspace's database is still open")
	}
	old, err := OpenWorkspace(ctx, oldPath, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if n, _ := old.DB().Q.CountArticles(ctx); n != 5 {
		t.Fatalf("old workspace has %d articles", n)
	}
	// And switching back works on the same services.
	if err := ws.Switch(ctx, oldPath, OpenOptions{}); err != nil {
		t.Fatal(err)
	}
	tags, err = svc.Tags.List()
	if err != nil || len(tags) != 1 || tags[0].Name != "only-in-old" {
		t.Fatalf("after switching back: tags %+v (%v)", tags, err)
	}
}

func TestSwitchRefusalsKeepTheCurrentWorkspace(t *testing.T) {
	ws, svc, rec := switchFixture(t)
	ctx := context.Background()
	dir := t.TempDir()
	oldPath := ws.DB().Path

	notSQLite := filepath.Join(dir, "notes.db")
	text := []byte("these are my notes, not a database\n")
	if err := os.WriteFile(notSQLite, text, 0o600); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "future.db")
	future, err := OpenWorkspace(ctx, newer, OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := future.DB().Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	future.Close()
	newerBefore, _ := os.ReadFile(newer)

	cases := []struct {
		name, path string
		opt        OpenOptions
		code       Code
		msg        string
	}{
		{"not SQLite", notSQLite, OpenOptions{}, CodeInvalid, "not an SQLite database"},
		{"not SQLite, create allowed", notSQLite, OpenOptions{Create: true}, CodeInvalid, "not an SQLite database"},
		{"newer schema", newer, OpenOptions{}, CodeInvalid, "newer Claimdesk"},
		{"missing folder", filepath.Join(dir, "nope", "ws.db"), OpenOptions{Create: true}, CodeInvalid, "does not exist"},
		{"missing file", filepath.Join(dir, "gone.db"), OpenOptions{}, CodeNotFound, "no workspace at this path"},
		{"folder", dir, OpenOptions{Create: true}, CodeInvalid, "is a folder"},
	}
	for _, c := range cases {
		err := ws.Switch(ctx, c.path, c.opt)
		var ae *Error
		if !errors.As(err, &ae) || ae.Code != c.code || !strings.Contains(ae.Message, c.msg) {
			t.Errorf("%s: got %v, want %s containing %q", c.name, err, c.code, c.msg)
			continue
		}
		if c.path != dir && !strings.Contains(ae.Message, filepath.Base(c.path)) {
			t.Errorf("%s: message %q does not name the file", c.name, ae.Message)
		}
		if ws.DB().Path != oldPath {
			t.Fatalf("%s: workspace changed to %s", c.name, ws.DB().Path)
		}
		if list, err := svc.Articles.List(); err != nil || len(list) != 5 {
			t.Fatalf("%s: the current workspace no longer answers: %d articles, %v", c.name, len(list), err)
		}
	}
	if got, _ := os.ReadFile(notSQLite); !bytes.Equal(got, text) {
		t.Error("the non-SQLite file was changed")
	}
	if got, _ := os.ReadFile(newer); !bytes.Equal(got, newerBefore) {
		t.Error("the newer workspace was changed")
	}
	for _, p := range []string{filepath.Join(dir, "gone.db"), filepath.Join(dir, "nope")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("a refused switch created %s", p)
		}
	}
	if got := rec.switched(); len(got) != 0 {
		t.Fatalf("refused switches emitted %+v", got)
	}
}

func TestSwitchToTheOpenFileDoesNothing(t *testing.T) {
	ws, svc, rec := switchFixture(t)
	db := ws.DB()
	if err := ws.Switch(context.Background(), ws.DB().Path, OpenOptions{}); err != nil {
		t.Fatal(err)
	}
	if ws.DB() != db || len(rec.switched()) != 0 {
		t.Fatal("switching to the open file reopened it")
	}
	if list, err := svc.Articles.List(); err != nil || len(list) != 5 {
		t.Fatalf("%d articles, %v", len(list), err)
	}
}

func TestSwitchToNew(t *testing.T) {
	ws, svc, rec := switchFixture(t)
	ctx := context.Background()
	dir := t.TempDir()

	// An existing file is never "new": refused and untouched, whatever it holds.
	existing := filepath.Join(dir, "mine.db")
	os.WriteFile(existing, []byte("keep me"), 0o600)
	if _, err := ws.SwitchToNew(ctx, existing, false); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("new over an existing file: %v", err)
	}
	if got, _ := os.ReadFile(existing); string(got) != "keep me" {
		t.Fatal("existing file changed")
	}

	// No extension: .db is added; empty: no seeds.
	path, err := ws.SwitchToNew(ctx, filepath.Join(dir, "blank"), true)
	if err != nil {
		t.Fatal(err)
	}
	if path != filepath.Join(dir, "blank.db") || ws.DB().Path != path {
		t.Fatalf("path %q, DB.Path %q", path, ws.DB().Path)
	}
	if list, err := svc.Articles.List(); err != nil || len(list) != 0 {
		t.Fatalf("empty new workspace lists %d articles, %v", len(list), err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("new file: %v %v", st, err)
	}
	if got := rec.switched(); len(got) != 1 || got[0].Path != path {
		t.Fatalf("events %+v", got)
	}
}

func TestWorkspaceTitle(t *testing.T) {
	if got := WorkspaceTitle("/home/a/cases/korea.db"); got != "Claimdesk — korea.db" {
		t.Fatal(got)
	}
	if got := WorkspaceTitle(""); got != "Claimdesk" {
		t.Fatal(got)
	}
}
