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

	shell := exec.Command("sqlite3", ws.DB().Path)
	stdin, _ := shell.StdinPipe()
	stdout, _ := shell.StdoutPipe()
	if err := shell.Start(); err != nil {
		t.Fatal(err)
	}
	defer shell.Process.Kill()
	io.WriteString(stdin, "BEGIN IMMEDIATE;\nINSERT INTO workspace_meta VALUES ('lock', 'held');\nSELECT 'locked';\n")
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "locked" {
		t.Fatalf("the shell did not take the lock: %q %v", line, err)
	}

	in := SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"}
	started := time.Now()
	_, err = svc.Spans.Create(in)
	waited := time.Since(started)
	wantCode(t, err, CodeConflict, "workspace busy")
	if waited < 4*time.Second {
		t.Errorf("gave up after %v; the busy timeout is 5 s", waited) // a floor, not a speed budget
	}
	if list, _ := svc.Spans.ListForArticle(a.ID, true); len(list) != 0 {
		t.Fatalf("a refused edit left %d spans", len(list))
	}

	io.WriteString(stdin, "ROLLBACK;\n.quit\n")
	shell.Wait()
	if _, err := svc.Spans.Create(in); err != nil {
		t.Fatalf("retry after the lock was released: %v", err)
	}
}
