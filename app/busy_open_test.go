package app

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Attack (ratk7): `claimdesk export` (or any door that opens the workspace) while another
// program holds it locked in exclusive mode (the sqlite3 shell after `PRAGMA
// locking_mode=EXCLUSIVE`, as some tools open files). The open said the file "cannot be
// read as an SQLite database … it may be truncated or damaged … recover what it holds
// with: sqlite3 … .recover": a healthy workspace called damaged, and a needless recovery
// offered. It is a conflict that names the other program now, and once the program lets
// go the same open succeeds.
func TestOpenWhileAnotherProgramHoldsTheWorkspaceExclusively(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 shell is not installed (make setup installs it)")
	}
	path := filepath.Join(t.TempDir(), "ws.db")
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	ws.Close()

	release := shellHoldingLock(t, path, "PRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;")

	_, err = OpenWorkspace(context.Background(), path, OpenOptions{})
	wantCode(t, err, CodeConflict, "another program")
	if err != nil && (strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), ".recover")) {
		t.Errorf("a locked workspace is called damaged: %v", err)
	}

	release()
	ws, err = OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatalf("open after the other program let go: %v", err)
	}
	ws.Close()
}
