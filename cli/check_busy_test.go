package cli_test

import (
	"database/sql"
	"strings"
	"testing"
)

// Item 8 of issue 15: `check` while another program held the write lock reported the
// full-text indexes as damaged (three "problems", exit 1). Busy is not damage: the
// check says it could not check, and why.
func TestCheckWhileAnotherProgramHoldsTheWriteLock(t *testing.T) {
	isolate(t)
	p := newWorkspace(t)
	other, err := sql.Open("sqlite", "file:"+p+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "check", "--db", p)
	conn.ExecContext(t.Context(), "ROLLBACK")
	if code != 1 || strings.Contains(out, "problem") || !strings.Contains(errs, "could not check") || !strings.Contains(errs, "busy") {
		t.Errorf("check under another program's write lock: exit %d\nstdout %q\nstderr %q", code, out, errs)
	}
	if code, out, _ := run(t, "check", "--db", p); code != 0 {
		t.Errorf("check once the lock is gone: exit %d %q", code, out)
	}
}
