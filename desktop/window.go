package desktop

import (
	"context"
	"os"
	goruntime "runtime"
	"sync"

	"claimdesk/app"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// window is the window's native side: the application menu and what its items do, the
// native dialogs, and the workspace it shows. It only wires Wails to the app services;
// the work is in package app.
type window struct {
	ws      *app.Workspace
	prefs   prefs
	dialogs nativeDialogs
	unsaved *unsavedGate // a switch asks the page about unsaved typing first

	mu   sync.Mutex
	ctx  context.Context // the Wails context, set at start-up
	menu *menu.Menu      // the application menu currently set
}

func newWindow(ws *app.Workspace, p prefs) *window {
	w := &window{ws: ws, prefs: p}
	w.dialogs = nativeDialogs{ctx: w.context}
	w.unsaved = &unsavedGate{emit: w.emit, confirm: w.dialogs.confirmLoseTyping}
	w.menu = w.buildMenu()
	return w
}

func (w *window) started(ctx context.Context) {
	w.mu.Lock()
	w.ctx = ctx
	w.mu.Unlock()
}

func (w *window) context() context.Context {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ctx
}

// buildMenu makes the application menu from the recent workspaces now in the settings.
func (w *window) buildMenu() *menu.Menu {
	home, _ := os.UserHomeDir()
	return wailsMenu(menuLayout(w.prefs.recentWorkspaces(), home, goruntime.GOOS), w.clicked)
}

// clicked does what a menu item says: a Go-side action, or its event sent to the UI
// (dropped before the window has started).
func (w *window) clicked(it menuItem) {
	switch it.Action {
	case actNewWorkspace:
		w.unsaved.ask(w.newWorkspace)
	case actOpenWorkspace:
		w.unsaved.ask(w.openWorkspace)
	case actOpenRecent:
		w.unsaved.ask(func() { w.switchTo(it.Path) })
	case actQuit:
		if ctx := w.context(); ctx != nil {
			runtime.Quit(ctx)
		}
	default:
		ctx := w.context()
		if ctx == nil {
			return
		}
		if it.EventData != "" {
			runtime.EventsEmit(ctx, it.Event, it.EventData)
		} else {
			runtime.EventsEmit(ctx, it.Event)
		}
	}
}

// emit sends an event to the page (dropped before the window has started).
func (w *window) emit(name string, data any) {
	if ctx := w.context(); ctx != nil {
		runtime.EventsEmit(ctx, name, data)
	}
}

// refreshMenu rebuilds the menu so Open Recent lists the new order. Not on Linux: in Wails
// v2.16.0, MenuSetApplicationMenu/MenuUpdateApplicationMenu on GTK build a new menu bar
// that is never shown and forget the visible bar's items, so the next click on the
// visible menu dereferences a nil item and the app crashes. There the Open Recent list is
// the one made at start-up (each entry still opens its file) until the next launch.
func (w *window) refreshMenu() {
	if goruntime.GOOS == "linux" {
		return
	}
	ctx := w.context()
	m := w.buildMenu()
	w.mu.Lock()
	w.menu = m
	w.mu.Unlock()
	runtime.MenuSetApplicationMenu(ctx, m)
	runtime.MenuUpdateApplicationMenu(ctx)
}
