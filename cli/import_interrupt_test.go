package cli_test

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"claimdesk/cli"
)

// Attack (ratk7): Ctrl+C during `claimdesk import` of a folder. The command opened the
// workspace with the interrupt's context, so the interrupt tore the writes themselves: the
// articles in the open batch were listed "rejected … internal error while working on the
// article list: context canceled" and counted as rejected (nothing is wrong with them),
// and the files not reached were not named. The interrupt stops the import between
// articles now: every file is either imported (and stored) or named "not done", none is
// rejected, exit 3. Every story here is written for the test.
func TestImportInterruptedNamesEachFileNotImported(t *testing.T) {
	isolate(t)
	p := newWorkspace(t)
	dir := t.TempDir()
	const files = 300
	words := strings.Fields("harbour quay ferry council boats storm repairs officials said corvale tarrow crane dock workers cargo delayed")
	for i := 0; i < files; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Quay story %d\n\nCORVALE - ", i)
		for w := 0; w < 2500; w++ {
			b.WriteString(words[(i*7+w*w)%len(words)])
			b.WriteByte(' ')
		}
		b.WriteString(fmt.Sprintf("number %d.\n", i))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	guardSig := make(chan os.Signal, 1) // a stray SIGINT lands here, not on the test binary
	signal.Notify(guardSig, os.Interrupt)
	defer signal.Stop(guardSig)

	var out, errs bytes.Buffer
	result := make(chan int, 1)
	ro, err := sql.Open("sqlite", "file:"+p+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	stored := func() int {
		var n int
		if err := ro.QueryRow(`SELECT count(*) FROM articles`).Scan(&n); err != nil {
			return -1
		}
		return n
	}
	base := stored() // the sample articles
	go func() { result <- cli.Main([]string{"import", "--db", p, dir}, &out, &errs) }()
	for deadline := time.Now().Add(60 * time.Second); stored() < base+10; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no article stored within 60 s")
		}
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	var code int
	select {
	case code = <-result:
	case <-time.After(120 * time.Second):
		t.Fatal("import did not end after SIGINT")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	imported, notDone := 0, 0
	for _, l := range lines[:len(lines)-1] {
		switch {
		case strings.HasPrefix(l, "imported"):
			imported++
		case strings.HasPrefix(l, "not done"):
			notDone++
		default:
			t.Errorf("line %q: want imported or not done", l)
		}
	}
	if n := stored() - base; n != imported {
		t.Errorf("%d articles stored, %d listed as imported\n%s", n, imported, out.String())
	}
	if imported == files {
		t.Skip("the import ended before the interrupt reached it")
	}
	if imported+notDone != files {
		t.Errorf("%d imported + %d not done, want every one of %d files named\n%s", imported, notDone, files, out.String())
	}
	summary := lines[len(lines)-1]
	if code != 3 || !strings.Contains(summary, "0 rejected") || !strings.Contains(summary, fmt.Sprintf("%d not imported", notDone)) {
		t.Errorf("exit %d, summary %q; want 3, 0 rejected, %d not imported", code, summary, notDone)
	}
}
