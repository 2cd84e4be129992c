package desktop

import (
	"fmt"
	"log/slog"
	"path/filepath"

	"claimdesk/app"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// File ▸ New Workspace, Open Workspace and Open Recent: the services switch to another
// workspace file; the window follows (title, recent list) or explains a refusal.

func (w *window) currentDir() string {
	return filepath.Dir(w.ws.DB().Path)
}

func (w *window) openWorkspace() {
	path, err := w.dialogs.chooseWorkspace(w.currentDir())
	if err != nil {
		slog.Error("open dialog", "err", err)
		return
	}
	if path == "" {
		return // cancelled
	}
	w.switchTo(path)
}

func (w *window) newWorkspace() {
	ctx := w.context()
	if ctx == nil {
		return
	}
	path, err := w.dialogs.chooseNewWorkspace(w.currentDir())
	if err != nil {
		slog.Error("save dialog", "err", err)
		return
	}
	if path == "" {
		return
	}
	// the samples or not, as `claimdesk init [--empty]`: the same OpenOptions.Empty
	empty, ok := w.dialogs.askStartEmpty(path)
	if !ok {
		return
	}
	current := w.ws.DB().Path
	path, err = w.ws.SwitchToNew(ctx, path, empty)
	w.afterSwitch(current, path, err)
}

// switchTo makes the services serve the existing workspace at path; a refusal is shown
// in a native error dialog and changes nothing.
func (w *window) switchTo(path string) {
	ctx := w.context()
	if ctx == nil {
		return
	}
	current := w.ws.DB().Path
	w.afterSwitch(current, path, w.ws.Switch(ctx, path, app.OpenOptions{}))
}

// afterSwitch reports a refused switch, or (app.Workspace.Switch has already told the UI
// with workspace:switched) retitles the window and records the file as recent.
func (w *window) afterSwitch(previous, path string, err error) {
	if err != nil {
		fmt.Printf("Claimdesk: workspace %s refused: %v\n", path, err)
		w.dialogs.showError("Cannot open workspace", refusalMessage(err, previous))
		return
	}
	now := w.ws.DB().Path
	if now == previous {
		return // the file already open: nothing changed
	}
	fmt.Printf("Claimdesk: switched to workspace %s\n", now)
	runtime.WindowSetTitle(w.context(), app.WorkspaceTitle(now))
	w.prefs.noteWorkspace()
	w.refreshMenu()
}

// refusalMessage is the error dialog's text when a workspace could not be opened: why,
// and that the one open (previous) still is.
func refusalMessage(err error, previous string) string {
	return fmt.Sprintf("%s\n\nNothing was changed: %s is still open.", dialogText(err), filepath.Base(previous))
}
