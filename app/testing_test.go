package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// fixedClock is the injected clock of tests.
var fixedClock = func() time.Time { return time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC) }

// MustOpenWorkspace opens a new workspace in a temp folder (seeded unless empty) with a
// fixed clock, and closes it with the test.
func MustOpenWorkspace(t testing.TB, empty bool) (*Workspace, *Services) {
	t.Helper()
	ws, err := OpenWorkspace(context.Background(), filepath.Join(t.TempDir(), "ws.db"), OpenOptions{Create: true, Empty: empty})
	if err != nil {
		t.Fatal(err)
	}
	ws.Clock = fixedClock
	t.Cleanup(func() { ws.Close() })
	svc := NewServices(ws)
	// Never write the real ~/.config from a test.
	svc.Settings.path = filepath.Join(t.TempDir(), "settings.json")
	return ws, svc
}
