package app

import (
	"bufio"
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestOtherProgramHoldingTheWriteLock: while the sqlite3 shell holds a write lock, an
// edit waits (busy_timeout), then fails with a clear "workspace busy" conflict and writes
// nothing; once the shell lets go, the same edit goes through.
func TestOtherProgramHoldingTheWriteLock(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 shell is not installed (make setup installs it)")
	}
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")

	release := shellHoldingLock(t, ws.DB().Path, "BEGIN IMMEDIATE;")

	in := SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"}
	started := time.Now()
	_, err := svc.Spans.Create(in)
	waited := time.Since(started)
	wantCode(t, err, CodeConflict, "workspace busy")
	if waited < 4*time.Second {
		t.Errorf("gave up after %v; the busy timeout is 5 s", waited) // a floor, not a speed budget
	}
	if list, _ := svc.Spans.ListForArticle(a.ID, true); len(list) != 0 {
		t.Fatalf("a refused edit left %d spans", len(list))
	}

	release()
	if _, err := svc.Spans.Create(in); err != nil {
		t.Fatalf("retry after the lock was released: %v", err)
	}
}

// shellHoldingLock starts the sqlite3 shell on path, runs begin (a BEGIN, with any
// PRAGMA before it) and one write, and returns once the shell holds the lock; the
// function returned rolls back and ends the shell.
func shellHoldingLock(t *testing.T, path, begin string) (release func()) {
	t.Helper()
	shell := exec.Command("sqlite3", path)
	stdin, _ := shell.StdinPipe()
	stdout, _ := shell.StdoutPipe()
	if err := shell.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { shell.Process.Kill() })
	io.WriteString(stdin, begin+"\nINSERT INTO workspace_meta VALUES ('lock', 'held');\nSELECT 'locked';\n")
	out := bufio.NewReader(stdout)
	for line := ""; strings.TrimSpace(line) != "locked"; { // a PRAGMA may print first
		var err error
		if line, err = out.ReadString('\n'); err != nil {
			t.Fatalf("the shell did not take the lock: %q %v", line, err)
		}
	}
	return func() {
		io.WriteString(stdin, "ROLLBACK;\n.quit\n")
		shell.Wait()
	}
}
