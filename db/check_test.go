package db

import (
	"context"
	"database/sql"
	"strings"
	"testing"
)

// A read-only workspace cannot run FTS5's integrity check (it writes): Check says it
// could not check, not that the index is damaged (issue 15, item 8).
func TestCheckReadOnlyIsNotDamage(t *testing.T) {
	d := MustOpenDB(t)
	d.Close()
	ro, err := sql.Open("sqlite", "file:"+d.Path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	problems, err := (&DB{DB: ro, Path: d.Path}).Check(context.Background())
	if err == nil || len(problems) > 0 || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("check of a read-only workspace: problems %v, error %v", problems, err)
	}
}
