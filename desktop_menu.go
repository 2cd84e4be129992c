package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"sync"

	"claimdesk/app"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Events the menu sends to the UI. The UI owns what they do (Undo and Redo call
// HistoryService from the UI, so keyboard and menu share one code path); an event the UI
// has no handler for yet shows "not yet available" there.
const (
	evImport    = "menu:import"
	evImportURL = "menu:import-url"
	evExport    = "menu:export"
	evMerge     = "menu:merge"
	evUndo      = "menu:undo"
	evRedo      = "menu:redo"
	evFind      = "menu:find"
	evView      = "menu:view" // data: the view id
	evShortcuts = "menu:shortcuts"
	evAbout     = "menu:about"
)

// views are the View menu's entries: label and the view id sent with menu:view.
var views = []struct{ label, id string }{
	{"Reader", "reader"}, {"Claims", "claims"}, {"Sources", "sources"}, {"Entities", "entities"}, {"Search", "search"},
	{"Feeds", "feeds"},
}

// maxRecent is how many recent workspaces File ▸ Open Recent lists.
const maxRecent = 10

// workspaceFilters are the file dialogs' filters.
var workspaceFilters = []runtime.FileFilter{
	{DisplayName: "Claimdesk workspaces (*.db)", Pattern: "*.db"},
	{DisplayName: "All files", Pattern: "*"},
}

// desktop is the window's native side: the application menu and what its items do. It
// only wires Wails to the app services; the work is in package app.
type desktop struct {
	ws    *app.Workspace
	prefs prefs

	mu  sync.Mutex
	ctx context.Context // the Wails context, set at start-up
	app *menu.Menu      // the application menu currently set
}

func newDesktop(ws *app.Workspace, p prefs) *desktop {
	d := &desktop{ws: ws, prefs: p}
	d.app = d.buildMenu()
	return d
}

func (d *desktop) startup(ctx context.Context) {
	d.mu.Lock()
	d.ctx = ctx
	d.mu.Unlock()
}

func (d *desktop) context() context.Context {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ctx
}

// emit sends a menu event to the UI (dropped before the window has started).
func (d *desktop) emit(name string, data ...any) {
	if ctx := d.context(); ctx != nil {
		runtime.EventsEmit(ctx, name, data...)
	}
}

func (d *desktop) emitter(name string, data ...any) menu.Callback {
	return func(*menu.CallbackData) { d.emit(name, data...) }
}

// buildMenu makes the application menu.
//
// Accelerators: on Linux, Wails registers them in a GtkAccelGroup on the window, and GTK
// runs a window's accelerators before the focused widget sees the key, so a native Ctrl+Z
// would never reach the webview and would break undo while typing in a text field. Undo
// and Redo therefore have no native accelerator: the UI handles Ctrl+Z / Ctrl+Shift+Z
// itself (text fields keep their own undo) and the menu items only emit events. Ctrl+N,
// Ctrl+O, Ctrl+F and Ctrl+Q mean nothing to a text field, so they are native.
func (d *desktop) buildMenu() *menu.Menu {
	m := menu.NewMenu()

	file := m.AddSubmenu("File")
	file.AddText("New Workspace…", keys.CmdOrCtrl("n"), func(*menu.CallbackData) { d.newWorkspace() })
	file.AddText("Open Workspace…", keys.CmdOrCtrl("o"), func(*menu.CallbackData) { d.openWorkspace() })
	recent := file.AddSubmenu("Open Recent")
	paths := d.recent()
	for _, p := range paths {
		p := p
		recent.AddText(recentLabel(p), nil, func(*menu.CallbackData) { d.switchTo(p, app.OpenOptions{}) })
	}
	if len(paths) == 0 {
		recent.AddText("No recent workspaces", nil, nil).Disabled = true
	}
	file.AddSeparator()
	file.AddText("Import…", nil, d.emitter(evImport))
	file.AddText("Import from URL…", nil, d.emitter(evImportURL))
	file.AddText("Export…", nil, d.emitter(evExport))
	file.AddText("Merge Workspace…", nil, d.emitter(evMerge))
	file.AddSeparator()
	file.AddText("Quit", keys.CmdOrCtrl("q"), func(*menu.CallbackData) {
		if ctx := d.context(); ctx != nil {
			runtime.Quit(ctx)
		}
	})

	edit := m.AddSubmenu("Edit")
	edit.AddText(withHint("Undo", "Ctrl+Z"), nil, d.emitter(evUndo))
	edit.AddText(withHint("Redo", "Ctrl+Shift+Z"), nil, d.emitter(evRedo))
	edit.AddSeparator()
	edit.AddText("Find…", keys.CmdOrCtrl("f"), d.emitter(evFind))

	view := m.AddSubmenu("View")
	for _, v := range views {
		view.AddText(v.label, nil, d.emitter(evView, v.id))
	}

	help := m.AddSubmenu("Help")
	help.AddText("Keyboard Shortcuts", nil, d.emitter(evShortcuts))
	help.AddText("About Claimdesk", nil, d.emitter(evAbout))
	return m
}

// withHint shows a shortcut the UI handles (not a native accelerator) beside the label,
// the way GTK and Windows show accelerators.
func withHint(label, shortcut string) string {
	if goruntime.GOOS == "darwin" {
		return label
	}
	return label + "\t" + shortcut
}

// recent is the recent workspaces, most recent first, at most maxRecent.
func (d *desktop) recent() []string {
	paths := d.prefs.recentWorkspaces()
	if len(paths) > maxRecent {
		paths = paths[:maxRecent]
	}
	return paths
}

// recentLabel shows the file name first, then its folder.
func recentLabel(path string) string {
	dir := filepath.Dir(path)
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(dir, home) {
		dir = "~" + strings.TrimPrefix(dir, home)
	}
	return filepath.Base(path) + "  —  " + dir
}

func (d *desktop) currentDir() string {
	return filepath.Dir(d.ws.DB().Path)
}

func (d *desktop) openWorkspace() {
	ctx := d.context()
	if ctx == nil {
		return
	}
	path, err := runtime.OpenFileDialog(ctx, runtime.OpenDialogOptions{
		Title:            "Open Workspace",
		DefaultDirectory: d.currentDir(),
		Filters:          workspaceFilters,
	})
	if err != nil {
		slog.Error("open dialog", "err", err)
		return
	}
	if path == "" {
		return // cancelled
	}
	d.switchTo(path, app.OpenOptions{})
}

func (d *desktop) newWorkspace() {
	ctx := d.context()
	if ctx == nil {
		return
	}
	path, err := runtime.SaveFileDialog(ctx, runtime.SaveDialogOptions{
		Title:                "New Workspace",
		DefaultDirectory:     d.currentDir(),
		DefaultFilename:      "untitled.db",
		Filters:              workspaceFilters,
		CanCreateDirectories: true,
	})
	if err != nil {
		slog.Error("save dialog", "err", err)
		return
	}
	if path == "" {
		return
	}
	current := d.ws.DB().Path
	path, err = d.ws.SwitchToNew(ctx, path, false)
	d.afterSwitch(current, path, err)
}

// switchTo makes the services serve the workspace at path; a refusal is shown in a
// native error dialog and changes nothing.
func (d *desktop) switchTo(path string, opt app.OpenOptions) {
	ctx := d.context()
	if ctx == nil {
		return
	}
	current := d.ws.DB().Path
	d.afterSwitch(current, path, d.ws.Switch(ctx, path, opt))
}

// afterSwitch reports a refused switch, or (app.Workspace.Switch has already told the UI
// with workspace:switched) retitles the window and records the file as recent.
func (d *desktop) afterSwitch(previous, path string, err error) {
	ctx := d.context()
	if err != nil {
		fmt.Printf("Claimdesk: workspace %s refused: %v\n", path, err)
		d.showError("Cannot open workspace", fmt.Sprintf("%s\n\nNothing was changed: %s is still open.",
			dialogText(err), filepath.Base(previous)))
		return
	}
	now := d.ws.DB().Path
	if now == previous {
		return // the file already open: nothing changed
	}
	fmt.Printf("Claimdesk: switched to workspace %s\n", now)
	runtime.WindowSetTitle(ctx, app.WorkspaceTitle(now))
	d.prefs.noteWorkspace(now)
	d.refreshMenu()
}

// refreshMenu rebuilds the menu so Open Recent lists the new order. Not on Linux: in Wails
// v2.16.0, MenuSetApplicationMenu/MenuUpdateApplicationMenu on GTK build a new menu bar
// that is never shown and forget the visible bar's items, so the next click on the
// visible menu dereferences a nil item and the app crashes. There the Open Recent list is
// the one made at start-up (each entry still opens its file) until the next launch.
func (d *desktop) refreshMenu() {
	if goruntime.GOOS == "linux" {
		return
	}
	ctx := d.context()
	m := d.buildMenu()
	d.mu.Lock()
	d.app = m
	d.mu.Unlock()
	runtime.MenuSetApplicationMenu(ctx, m)
	runtime.MenuUpdateApplicationMenu(ctx)
}

func (d *desktop) showError(title, message string) {
	ctx := d.context()
	if ctx == nil {
		return
	}
	if _, err := runtime.MessageDialog(ctx, runtime.MessageDialogOptions{Type: runtime.ErrorDialog, Title: title, Message: message}); err != nil {
		slog.Error("error dialog", "err", err, "message", message)
	}
}

// dialogText is an error's message for a dialog: the open-file messages are written for
// the command line ("choose another file with --db"); in the window the menu is the way.
func dialogText(err error) string {
	msg := strings.TrimSpace(err.Error())
	msg = strings.ReplaceAll(msg, "choose another file with --db", "choose another file with File ▸ Open Workspace…")
	if i := strings.Index(msg, "no workspace at this path; create one with"); i >= 0 {
		msg = msg[:i] + "no workspace at this path any more (moved or deleted?); open it where it is now with File ▸ Open Workspace…"
	}
	return msg
}
