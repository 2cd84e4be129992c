package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// damagedWorkspace makes a workspace with one article, closes it, and overwrites the
// first bytes of the sources table's root page: a damaged page, as a failing disk or
// a bad copy leaves.
func damagedWorkspace(t *testing.T) string {
	t.Helper()
	ws, s := MustOpenWorkspace(t, true)
	importStory(t, s, "ferry.txt", ferryStory)
	path := ws.DB().Path
	ws.Close()
	ro, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var root, pageSize int64
	if err := ro.QueryRow("SELECT rootpage FROM sqlite_schema WHERE name = 'sources'").Scan(&root); err != nil {
		t.Fatal(err)
	}
	ro.QueryRow("PRAGMA page_size").Scan(&pageSize)
	ro.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteAt(bytes.Repeat([]byte{0xff}, 64), (root-1)*pageSize)
	f.Close()
	return path
}

// Item 10 of issue 15: serve and import opened a damaged workspace and kept writing.
// The quick check at open finds the damage; every write is refused with the way out,
// and the file is left as it was.
func TestDamagedWorkspaceRefusesWrites(t *testing.T) {
	path := damagedWorkspace(t)
	before, _ := os.ReadFile(path)
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatalf("opening a damaged workspace (to read and save what is left) failed: %v", err)
	}
	defer ws.Close()
	s := NewServices(ws)
	_, err = s.Import.ImportFiles([]ImportFile{{Name: "bridge.txt", Content: base64.StdEncoding.EncodeToString([]byte(bridgeStory))}}, ImportOptions{})
	if !isCode(err, CodeConflict) || !strings.Contains(err.Error(), "damaged") || !strings.Contains(err.Error(), ".recover") || !strings.Contains(err.Error(), "claimdesk backup") {
		t.Errorf("import into a damaged workspace: %v", err)
	}
	if _, err := s.Tags.Create("checked", ""); !isCode(err, CodeConflict) || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("a change in a damaged workspace: %v", err)
	}
	if _, err := s.Suggestions.Run(0); !isCode(err, CodeConflict) || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("suggestions in a damaged workspace: %v", err)
	}
	ws.Close()
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the damaged file was written to")
	}
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 0 {
		t.Errorf("%d bytes were written to the -wal file", st.Size())
	}
}

// check names the damaged table and page instead of only "malformed".
func TestCheckNamesTheDamagedTable(t *testing.T) {
	path := damagedWorkspace(t)
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	problems, err := ws.DB().Check(ws.Context())
	if err != nil {
		t.Fatalf("check stopped: %v", err)
	}
	text := ""
	for _, p := range problems {
		text += p.String() + "\n"
	}
	if !strings.Contains(text, "table sources") || !strings.Contains(text, "page") {
		t.Errorf("problems do not name the damaged table and page:\n%s", text)
	}
}

// A truncated copy is refused "left untouched", and truly is: no -wal or -shm beside it.
func TestTruncatedWorkspaceLeftUntouched(t *testing.T) {
	ws, _ := MustOpenWorkspace(t, false)
	path := ws.DB().Path
	ws.Close()
	raw, _ := os.ReadFile(path)
	cut := filepath.Join(t.TempDir(), "cut.db")
	os.WriteFile(cut, raw[:len(raw)/2], 0o600)
	_, err := OpenWorkspace(context.Background(), cut, OpenOptions{})
	if err == nil || !strings.Contains(err.Error(), "left untouched") {
		t.Fatalf("opening a truncated workspace: %v", err)
	}
	for _, extra := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(cut + extra); err == nil {
			t.Errorf("%s appeared beside the file said to be left untouched", filepath.Base(cut+extra))
		}
	}
	if got, _ := os.ReadFile(cut); !bytes.Equal(got, raw[:len(raw)/2]) {
		t.Error("the truncated file changed")
	}
}
