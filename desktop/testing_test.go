package desktop

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"

	"claimdesk/app"
)

// openServices opens a new empty workspace in a temp folder, with the settings file in
// a private XDG_CONFIG_HOME (never the real ~/.config), and closes it with the test.
// It returns the workspace, its services and the settings file's path.
func openServices(t *testing.T) (*app.Workspace, *app.Services, string) {
	t.Helper()
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	ws, err := app.OpenWorkspace(context.Background(), filepath.Join(t.TempDir(), "ws.db"), app.OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return ws, app.NewServices(ws), filepath.Join(config, "claimdesk", "settings.json")
}

// captureLog sends slog's default logger to a buffer for the rest of the test.
func captureLog(t *testing.T) *syncBuffer {
	t.Helper()
	buf := &syncBuffer{}
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(buf, nil)))
	t.Cleanup(func() { slog.SetDefault(prev) })
	return buf
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
