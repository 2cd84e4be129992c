package cli_test

import (
	"strings"
	"testing"
)

// remove --dry-run says what would go and removes nothing; remove --samples empties a new
// workspace; an unknown article is refused with nothing removed.
func TestRemoveCommand(t *testing.T) {
	db := newWorkspace(t)
	code, out, errs := run(t, "remove", "--db", db, "--dry-run", "--samples")
	if code != 0 || !strings.Contains(out, "Remove 5 articles") || !strings.Contains(out, "dry run: nothing was removed") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errs)
	}
	if code, out, errs := run(t, "remove", "--db", db, "1", "999"); code != 1 || !strings.Contains(errs, "article 999 does not exist") {
		t.Fatalf("unknown article: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "remove", "--db", db, "--samples")
	if code != 0 || !strings.Contains(out, "Remove 5 articles") || !strings.Contains(out, "Removed.") {
		t.Fatalf("remove --samples: exit %d\n%s%s", code, out, errs)
	}
	if code, out, _ := run(t, "remove", "--db", db, "--samples"); code != 0 || !strings.Contains(out, "no sample article is left") {
		t.Fatalf("second remove --samples: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "remove", "--db", db); code != 2 {
		t.Fatalf("no article given: exit %d, want 2", code)
	}
}
