package app

import (
	"strings"
	"testing"
)

// A table whose sequence has handed out the largest id there is (another program set
// sqlite_sequence so) refuses the next row with SQLITE_FULL, the code of a full disk.
// The analyst is told which table has no ids left, not to free disk space; nothing is
// stored, and the other tables still take rows.
func TestUsedUpIDsAreNotADiskFull(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	if _, err := ws.DB().Exec(`UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'tags'`); err != nil {
		t.Fatal(err)
	}
	before := count(t, ws, `SELECT count(*) FROM audit_log`)
	_, err := svc.Tags.Create("harbour", "")
	if err == nil {
		t.Fatal("a tag was stored past the largest id")
	}
	if !isCode(err, CodeConflict) || strings.Contains(err.Error(), "disk") || !strings.Contains(err.Error(), "no new tags can be stored") {
		t.Fatalf("the refusal says %q (%v); want a conflict naming the tags' ids", err.Error(), err)
	}
	if n := count(t, ws, `SELECT count(*) FROM tags`); n != 0 {
		t.Errorf("%d tags stored", n)
	}
	if n := count(t, ws, `SELECT count(*) FROM audit_log`); n != before {
		t.Errorf("the refused change logged %d entries", n-before)
	}
	if _, err := svc.Entities.Create(EntityInput{Type: "place", Name: "Kelby Wharf"}); err != nil {
		t.Errorf("another table: %v", err)
	}
}
