package app

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// EventWorkspaceSwitched is emitted (with a WorkspaceSwitched payload) after the
// services start serving another workspace file; the UI reloads everything.
const EventWorkspaceSwitched = "workspace:switched"

// WorkspaceSwitched is the payload of EventWorkspaceSwitched.
type WorkspaceSwitched struct {
	Path string `json:"path"`
}

// switchGrace is how long the previous file stays open after a switch.
var switchGrace = 30 * time.Second

// switchMu serialises switches (two menu clicks in a row must not interleave).
var switchMu sync.Mutex

// Switch makes ws, and so every service built over it, serve the workspace at path.
// The file is opened with OpenWorkspace's rules (created and seeded when missing and
// opt.Create allows; a file that is not SQLite, a newer schema or a missing folder is
// refused with a message naming the file): on any refusal the current workspace stays
// open and untouched. Clock, Events, Analyst and the context are kept. Switching to the
// file already open does nothing. On success it emits EventWorkspaceSwitched.
//
// Service calls run on their own goroutines (Wails, HTTP). The file is swapped
// atomically; new calls use the new file, and the old one is closed switchGrace later,
// so a call already running on it finishes there.
func (ws *Workspace) Switch(ctx context.Context, path string, opt OpenOptions) error {
	switchMu.Lock()
	defer switchMu.Unlock()
	abs, err := filepath.Abs(path)
	if err != nil || path == "" {
		return Invalid("%q is not a usable workspace path", path)
	}
	if ws.DB() != nil && ws.DB().Path == abs {
		return nil
	}
	// Create without seeds, then seed through a workspace that carries this one's clock
	// and analyst, so the new file's history names the analyst who made it.
	fresh := opt.Create && absentOrEmpty(abs)
	next, err := OpenWorkspace(ctx, abs, OpenOptions{Create: opt.Create, Empty: true})
	if err != nil {
		return err
	}
	if fresh && !opt.Empty {
		next.Clock, next.Analyst = ws.Clock, ws.Analyst
		if err := next.seed(ctx, opt.SuggestSamples); err != nil {
			next.Close()
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(next.DB().Path + suffix)
			}
			return err
		}
	}
	old := ws.file.Swap(next.DB())
	if old != nil {
		// Calls that started on the old file (each reads ws.DB() once) get time to
		// finish their transaction before it closes under them.
		time.AfterFunc(switchGrace, func() {
			if err := old.Close(); err != nil {
				slog.Warn("closing the previous workspace", "path", old.Path, "err", err)
			}
		})
	}
	if ws.Events != nil {
		ws.Events.Emit(EventWorkspaceSwitched, WorkspaceSwitched{Path: ws.DB().Path})
	}
	return nil
}

// SwitchToNew makes a new workspace at path (".db" is added when the name has no
// extension), seeded unless empty, and switches to it. It refuses a file that already
// exists and holds anything: "New" never opens, let alone overwrites, existing work
// (a save dialog may have asked "replace?"; the answer does not reach us).
func (ws *Workspace) SwitchToNew(ctx context.Context, path string, empty bool) (string, error) {
	if path == "" {
		return "", Invalid("no file name given for the new workspace")
	}
	if filepath.Ext(path) == "" {
		path += ".db"
	}
	if st, err := os.Stat(path); err == nil && (st.IsDir() || st.Size() > 0) {
		return path, Invalid("%s already exists; a new workspace needs a new file name — use Open Workspace to open an existing one (the file was left untouched)", path)
	}
	return path, ws.Switch(ctx, path, OpenOptions{Create: true, Empty: empty, SuggestSamples: true})
}

// WorkspaceTitle is the window title for the workspace at path: "Claimdesk — name.db".
func WorkspaceTitle(path string) string {
	if path == "" {
		return "Claimdesk"
	}
	return "Claimdesk — " + filepath.Base(path)
}

func absentOrEmpty(path string) bool {
	st, err := os.Stat(path)
	return os.IsNotExist(err) || (err == nil && !st.IsDir() && st.Size() == 0)
}
