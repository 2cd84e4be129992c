package app

import (
	"context"
	"path/filepath"
	"testing"
)

// The known names' automaton is kept with the cached known names (ratk5's attack): after
// Open another file in the same window, the next run must read the second file's names,
// not match the first file's and link a suggestion to an entity id that, in the second
// file, is somebody else.
func TestKnownNamesCacheDoesNotLeakAcrossAWorkspaceSwitch(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	first := mustEntity(t, svc, "Halden Vorst")
	probe := importText(t, svc, "probe.txt", cacheProbe)
	if got := knownAs(t, svc, probe, "Halden Vorst"); got != first {
		t.Fatalf("in the first file Halden Vorst is entity %d, the run links %d", first, got)
	}
	if err := ws.Switch(context.Background(), filepath.Join(t.TempDir(), "second.db"), OpenOptions{Create: true, Empty: true}); err != nil {
		t.Fatal(err)
	}
	other := mustEntity(t, svc, "Ilse Marken") // the second file's entity 1: not Halden Vorst
	if other != first {
		t.Fatalf("the second file's first entity is %d; the test needs it to share the first file's id %d", other, first)
	}
	probe = importText(t, svc, "probe.txt", cacheProbe)
	if got := knownAs(t, svc, probe, "Halden Vorst"); got != 0 {
		t.Errorf("after switching files the run links Halden Vorst to entity %d (in this file %q), want a new entity", got, "Ilse Marken")
	}
}
