package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/db"
)

// folderOfLength makes a folder whose workspace path (folder + "/ws.db") is n bytes long.
func folderOfLength(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for rest := n - len(dir) - len("/ws.db"); rest > 0; {
		k := min(rest, 200)
		dir = filepath.Join(dir, strings.Repeat("d", k-1))
		rest -= k
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Attack (ratk7): a workspace path longer than SQLite opens (its unix file layer holds a
// path in 512 bytes, the path and "-journal"): `claimdesk init --db` on a 505-byte path
// said "unable to open database file (14)" and left an empty file there, which the next
// `import` called "an empty file, not a workspace; create one with claimdesk init" (which
// failed again). The path's length is refused first now, naming the limit, and nothing is
// made; a 504-byte path still opens.
func TestWorkspacePathTooLongForSQLite(t *testing.T) {
	dir := folderOfLength(t, db.MaxPath+1)
	p := filepath.Join(dir, "ws.db")
	if len(p) != db.MaxPath+1 {
		t.Fatalf("made a path of %d bytes", len(p))
	}
	_, err := OpenWorkspace(context.Background(), p, OpenOptions{Create: true, Empty: true})
	wantCode(t, err, CodeInvalid, "bytes long")
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("a refused open left %s behind (%v)", p, err)
	}
	ok := filepath.Join(folderOfLength(t, db.MaxPath), "ws.db")
	ws, err := OpenWorkspace(context.Background(), ok, OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatalf("a path of %d bytes: %v", len(ok), err)
	}
	ws.Close()
}
