package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/db"
)

// readOnlyView bind-mounts dir read-only elsewhere (a workspace on a read-only share or
// mount) and unmounts it after the test. It needs root (CI here runs as root; chmod does
// not stop root); elsewhere the test is skipped.
func readOnlyView(t *testing.T, dir string) string {
	t.Helper()
	m := mountForTest(t, "a read-only folder is made with a read-only bind mount", "--bind", "-o", "ro", dir)
	if db.WritableFolder(m) {
		t.Skip("the bind mount is writable here")
	}
	return m
}

// Attack (ratk7): a workspace in a read-only folder (a read-only mount or share, an
// archive). Opening it said "…/ws.db: unable to open database file (14)" (SQLite's words,
// an internal error): nothing said why or what to do. SQLite must write the -wal and -shm
// files beside a workspace to open it; the message says so and names the way out, and
// nothing is written. (With those files already there, SQLite opens it to read: an edit
// is refused as read-only, which held before.)
func TestWorkspaceInAReadOnlyFolderSaysSo(t *testing.T) {
	dir := t.TempDir()
	ws, err := OpenWorkspace(context.Background(), filepath.Join(dir, "ws.db"), OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	ws.Close()
	before, _ := os.ReadDir(dir)
	ro := readOnlyView(t, dir)
	_, err = OpenWorkspace(context.Background(), filepath.Join(ro, "ws.db"), OpenOptions{})
	wantCode(t, err, CodeInvalid, "read-only")
	if err != nil && !strings.Contains(err.Error(), "copy") {
		t.Errorf("the message names no way out: %v", err)
	}
	if after, _ := os.ReadDir(dir); len(after) != len(before) {
		t.Errorf("the folder held %d files, now %d", len(before), len(after))
	}
	// the same with the -wal and -shm files beside it (another program has it open)
	ws, err = OpenWorkspace(context.Background(), filepath.Join(dir, "ws.db"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if _, err := os.Stat(filepath.Join(ro, "ws.db-wal")); err != nil {
		t.Fatalf("no -wal beside the open workspace: %v", err)
	}
	// SQLite reads it then: lists work, an edit is refused as read-only, nothing written
	view, err := OpenWorkspace(context.Background(), filepath.Join(ro, "ws.db"), OpenOptions{})
	if err != nil {
		t.Fatalf("open beside its -wal and -shm: %v", err)
	}
	defer view.Close()
	svc := NewServices(view)
	if _, err := svc.Claims.List(ClaimFilter{}); err != nil {
		t.Errorf("a list from the read-only folder: %v", err)
	}
	_, err = svc.Claims.Create(ClaimInput{Statement: "The quay reopened on Friday"})
	wantCode(t, err, CodeConflict, "read-only")
}
