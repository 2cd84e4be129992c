package app

import (
	"bufio"
	"context"
	"io"
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

	shell := exec.Command("sqlite3", path)
	stdin, _ := shell.StdinPipe()
	stdout, _ := shell.StdoutPipe()
	if err := shell.Start(); err != nil {
		t.Fatal(err)
	}
	defer shell.Process.Kill()
	io.WriteString(stdin, "PRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;\nINSERT INTO workspace_meta VALUES ('lock', 'held');\nSELECT 'locked';\n")
	out := bufio.NewReader(stdout)
	for line := ""; strings.TrimSpace(line) != "locked"; {
		if line, err = out.ReadString('\n'); err != nil { // "exclusive", then "locked"
			t.Fatalf("the shell did not take the lock: %q %v", line, err)
		}
	}

	_, err = OpenWorkspace(context.Background(), path, OpenOptions{})
	wantCode(t, err, CodeConflict, "another program")
	if err != nil && (strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), ".recover")) {
		t.Errorf("a locked workspace is called damaged: %v", err)
	}

	io.WriteString(stdin, "ROLLBACK;\n.quit\n")
	shell.Wait()
	ws, err = OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatalf("open after the other program let go: %v", err)
	}
	ws.Close()
}
