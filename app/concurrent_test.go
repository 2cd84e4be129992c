package app

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTwoProcessesExportAndBackupWhileWriting: a second Claimdesk process (the crash
// writer child, see crash_test.go) writes in a loop while this process edits the same
// workspace, exports it and backs it up. Both processes keep working (WAL readers never
// block the writer; writers queue on the busy timeout), the export is a consistent
// snapshot, and the backup is a healthy workspace.
func TestTwoProcessesExportAndBackupWhileWriting(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a second process")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "shared.db")
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	svc := NewServices(ws)
	svc.Settings.path = filepath.Join(dir, "settings.json")

	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), crashWriterEnv+"="+path)
	stdout, _ := child.StdoutPipe()
	var stderr strings.Builder
	child.Stderr = &stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()
	childWrites, firstWrite := make(chan int, 1), make(chan struct{})
	go func() {
		n := 0
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if n++; n == 1 {
				close(firstWrite)
			}
		}
		childWrites <- n
	}()
	// Wait for the other process's first write, not a fixed time: on a loaded machine it
	// had not written yet when this one was done and killed it.
	select {
	case <-firstWrite:
	case <-time.After(2 * time.Minute):
		t.Fatalf("the other process wrote nothing in 2 minutes: %s", stderr.String())
	}

	// This process writes too, while the other one does: five notes (five marks of one
	// name as one type would be twins, refused after the first).
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	for i := 0; i < 5; i++ {
		if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Note: fmt.Sprintf("second process, note %d", i)}); err != nil {
			t.Fatalf("write %d from the second process: %v", i, err)
		}
	}
	out := filepath.Join(dir, "annotations.csv")
	res, err := svc.Export.ExportToFile(out, false, ExportOptions{What: "annotations", Format: "csv"})
	if err != nil {
		t.Fatalf("export while the other process writes: %v", err)
	}
	backup := filepath.Join(dir, "backup.db")
	if err := ws.DB().Backup(context.Background(), backup); err != nil {
		t.Fatalf("backup while the other process writes: %v", err)
	}
	child.Process.Kill()
	child.Wait()
	n := <-childWrites
	if n == 0 {
		t.Fatalf("the other process wrote nothing: %s", stderr.String())
	}

	f, _ := os.Open(out)
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows)-1 != res.Rows {
		t.Fatalf("export: %d rows read, %d reported, %v", len(rows)-1, res.Rows, err)
	}
	b, err := OpenWorkspace(context.Background(), backup, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if p, err := b.DB().Check(context.Background()); err != nil || len(p) > 0 {
		t.Fatalf("backup check: %v %v", p, err)
	}
	if p, err := ws.DB().Check(context.Background()); err != nil || len(p) > 0 {
		t.Fatalf("workspace check after two writers: %v %v", p, err)
	}
	t.Logf("the other process committed %d writes meanwhile; export %d rows", n, res.Rows)
}
