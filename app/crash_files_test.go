package app

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fileWriterEnv makes the test binary, re-run as a child, write exports or backups of a
// workspace in a loop: "<export|backup> <workspace> <folder>".
const fileWriterEnv = "CLAIMDESK_FILE_WRITER"

// fileWriter writes <folder>/out-<pid>-<i>.csv (export) or .db (backup), i = 0, 1, ..., and
// prints "done <i>" after each call returns, until it is killed.
func fileWriter(spec string) int {
	parts := strings.SplitN(spec, " ", 3)
	ws, err := OpenWorkspace(context.Background(), parts[1], OpenOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	svc := NewServices(ws)
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		var err error
		if parts[0] == "export" {
			_, err = svc.Export.ExportToFile(filepath.Join(parts[2], fmt.Sprintf("out-%d-%d.csv", os.Getpid(), i)), false, ExportOptions{What: "annotations", Format: "csv"})
		} else {
			err = ws.DB().Backup(context.Background(), filepath.Join(parts[2], fmt.Sprintf("out-%d-%d.db", os.Getpid(), i)))
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "done %d\n", i)
		out.Flush()
	}
}

// manySpansWorkspace is a workspace with n note spans (copies of one, inserted in one
// statement), so that an export or backup takes long enough to be killed midway.
func manySpansWorkspace(t *testing.T, n int) (string, *Services) {
	t.Helper()
	ws, s := MustOpenWorkspace(t, true)
	id := importStory(t, s, "ferry.txt", ferryStory)
	sp := noteOn(t, s, id, "three weeks", "a note long enough to make the export take a while, repeated on every row")
	_, err := ws.DB().Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO spans (article_id, kind, start_cp, end_cp, quote, prefix, suffix, anchor_status, state, origin,
		                   confidence, note, annotator, created_at, updated_at)
		SELECT article_id, kind, start_cp, end_cp, quote, prefix, suffix, anchor_status, state, origin,
		       confidence, note || ' ' || n.i, annotator, created_at, updated_at
		FROM n, spans WHERE spans.id = ?`, n-1, sp.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ws.DB().Path, s
}

// killFileWriter runs the writer child for mode and kills it after a random 150-600 ms.
func killFileWriter(t *testing.T, rng *rand.Rand, mode, path, dir string) {
	t.Helper()
	killChild(t, fileWriterEnv+"="+mode+" "+path+" "+dir, time.Duration(150+rng.Intn(450))*time.Millisecond)
}

// temporaries lists the hidden temporary files in dir.
func temporaries(t *testing.T, dir string) map[string]bool {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	out := map[string]bool{}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), ".tmp") {
			out[e.Name()] = true
		}
	}
	return out
}

// killedMidway runs one writer child and reports whether the kill left a new temporary
// file (it landed while a file was being written).
func killedMidway(t *testing.T, rng *rand.Rand, mode, path, dir string) bool {
	before := temporaries(t, dir)
	killFileWriter(t, rng, mode, path, dir)
	for name := range temporaries(t, dir) {
		if !before[name] {
			return true
		}
	}
	return false
}

// Item 2 of issue 15: kill -9 during `export --out F` left a truncated F that looked
// finished. Every file under a final name must be whole; temporaries left by the kill
// are removed by the next export into the folder.
func TestExportKilledMidwayLeavesNoHalfFile(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	path, s := manySpansWorkspace(t, 12000)
	var want bytes.Buffer
	if _, _, err := WriteExport(s.Export, &want, ExportOptions{What: "annotations", Format: "csv"}); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(15))
	dir := t.TempDir()
	midway, files := 0, 0
	for k := 0; k < 8; k++ {
		if killedMidway(t, rng, "export", path, dir) {
			midway++
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".csv") {
			continue
		}
		files++
		got, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s is not a whole export: %d bytes of %d (%v)", e.Name(), len(got), want.Len(), err)
		}
	}
	t.Logf("8 kills, %d midway through a file, %d whole exports, %d bytes each", midway, files, want.Len())
	if midway == 0 {
		t.Fatal("no kill landed midway through an export: the test proves nothing (make the workspace bigger)")
	}
	// The next export in the folder removes what the killed ones left.
	if _, err := s.Export.ExportToFile(filepath.Join(dir, "after.csv"), false, ExportOptions{What: "annotations", Format: "csv"}); err != nil {
		t.Fatal(err)
	}
	if left := temporaries(t, dir); len(left) != 0 {
		t.Errorf("temporary files left after the next export: %v", left)
	}
}

// The same for `backup`: a killed or failed backup leaves nothing under its name.
func TestBackupKilledMidwayLeavesNoHalfFile(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	path, s := manySpansWorkspace(t, 40000)
	rng := rand.New(rand.NewSource(16))
	dir := t.TempDir()
	midway := 0
	for k := 0; k < 6; k++ {
		if killedMidway(t, rng, "backup", path, dir) {
			midway++
		}
	}
	entries, _ := os.ReadDir(dir)
	backups := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".db") {
			continue
		}
		backups++
		db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, e.Name())+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		var ok string
		var n int
		if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
			t.Errorf("%s is not a whole backup: %q %v", e.Name(), ok, err)
		} else if err := db.QueryRow("SELECT count(*) FROM spans").Scan(&n); err != nil || n != 40000 {
			t.Errorf("%s holds %d spans, want 40000 (%v)", e.Name(), n, err)
		}
		db.Close()
	}
	t.Logf("6 kills, %d midway through a backup, %d whole backups", midway, backups)
	if midway == 0 {
		t.Fatal("no kill landed midway through a backup: the test proves nothing")
	}
	// A failed backup (its folder is not writable) leaves nothing either.
	ro := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(ro, 0o500)
	ws := s.Import.ws
	if err := ws.DB().Backup(ws.Context(), filepath.Join(ro, "b.db")); err == nil && os.Geteuid() != 0 {
		t.Error("a backup into a read-only folder succeeded")
	}
	if err := ws.DB().Backup(ws.Context(), filepath.Join(dir, "after.db")); err != nil {
		t.Fatal(err)
	}
	if left := temporaries(t, dir); len(left) != 0 {
		t.Errorf("temporary files left after the next backup: %v", left)
	}
}
