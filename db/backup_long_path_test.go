package db

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Attack (ratk7): `claimdesk backup OUT` where OUT fits a path but the copy's temporary
// name beside it (".OUT.claimdesk-PID-N.tmp", about 45 bytes more) is past what SQLite
// opens (MaxPath). The backup said "unable to open database file (14)" with the temporary
// name: neither the limit nor the way out. The same message stopped the backup an
// upgrade writes beside a workspace (name.db.backup-vN-…), so an older workspace at a
// path of 435–504 bytes could not be opened by a newer build. It says how long a path
// may be now, and writes nothing.
func TestBackupPathTooLongForSQLite(t *testing.T) {
	d := MustOpenDB(t)
	defer d.Close()
	dir := folderOfLength(t, MaxPath-20)
	out := filepath.Join(dir, "backup.db")
	err := d.Backup(context.Background(), out)
	if err == nil || !strings.Contains(err.Error(), "bytes") || !strings.Contains(err.Error(), "shorter") {
		t.Fatalf("a backup to a %d-byte path: %v, want the length limit named", len(out), err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("the refused backup left %d files", len(left))
	}
}

// The upgrade's backup beside an older workspace at such a path: the open says to move
// the workspace, and the workspace stays at its version.
func TestUpgradeBackupPathTooLongSaysMoveIt(t *testing.T) {
	dir := folderOfLength(t, MaxPath-30)
	p := filepath.Join(dir, "w.db")
	d, _, err := Open(context.Background(), p, CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.ExecContext(context.Background(), "PRAGMA user_version = 14"); err != nil {
		t.Fatal(err) // an older workspace, as far as the upgrade can tell
	}
	d.Close()
	_, _, err = Open(context.Background(), p, MustExist)
	if err == nil || !strings.Contains(err.Error(), "move the workspace") {
		t.Fatalf("open of a v14 workspace at %d bytes: %v, want 'move the workspace'", len(p), err)
	}
}

// folderOfLength makes a folder whose path is n bytes long.
func folderOfLength(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for len(dir) < n {
		dir = filepath.Join(dir, strings.Repeat("d", max(1, min(100, n-len(dir)-1))))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}
