package desktop

import (
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
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

	evFilesDropped = "files:dropped" // not a menu's: files dropped on the window
)

// views are the View menu's entries: label and the view id sent with menu:view.
var views = []struct{ label, id string }{
	{"Reader", "reader"}, {"Claims", "claims"}, {"Sources", "sources"}, {"Entities", "entities"}, {"Search", "search"},
	{"Feeds", "feeds"},
}

// action is what a menu item does on the Go side; an item without one sends its event
// to the UI instead.
type action int

const (
	noAction action = iota
	actNewWorkspace
	actOpenWorkspace
	actOpenRecent // the item's Path
	actQuit
)

// menuItem is one entry of the application menu as plain data: menuLayout decides what
// the menu holds, wailsMenu turns it into Wails' menu, and tests read it without a window.
type menuItem struct {
	Label     string
	Accel     *keys.Accelerator // native accelerator; nil when the UI handles the key
	Event     string            // the UI event a click sends (when Action is noAction)
	EventData string            // sent with Event when not ""
	Action    action
	Path      string // the workspace actOpenRecent opens
	Disabled  bool
	Separator bool
	Submenu   []menuItem
}

// menuLayout is the application menu for the recent workspaces (most recent first),
// the user's home folder ("" when unknown) and the operating system (runtime.GOOS).
//
// Accelerators: on Linux, Wails registers them in a GtkAccelGroup on the window, and GTK
// runs a window's accelerators before the focused widget sees the key, so a native Ctrl+Z
// would never reach the webview and would break undo while typing in a text field. Undo
// and Redo therefore have no native accelerator: the UI handles Ctrl+Z / Ctrl+Shift+Z
// itself (text fields keep their own undo) and the menu items only emit events. Ctrl+N,
// Ctrl+O, Ctrl+F and Ctrl+Q mean nothing to a text field, so they are native.
func menuLayout(recent []string, home, goos string) []menuItem {
	var recentItems []menuItem
	for _, p := range recentShown(recent) {
		recentItems = append(recentItems, menuItem{Label: recentLabel(p, home), Action: actOpenRecent, Path: p})
	}
	if len(recentItems) == 0 {
		recentItems = []menuItem{{Label: "No recent workspaces", Disabled: true}}
	}
	separator := menuItem{Separator: true}

	file := []menuItem{
		{Label: "New Workspace…", Accel: keys.CmdOrCtrl("n"), Action: actNewWorkspace},
		{Label: "Open Workspace…", Accel: keys.CmdOrCtrl("o"), Action: actOpenWorkspace},
		{Label: "Open Recent", Submenu: recentItems},
		separator,
		{Label: "Import…", Event: evImport},
		{Label: "Import from URL…", Event: evImportURL},
		{Label: "Export…", Event: evExport},
		{Label: "Merge Workspace…", Event: evMerge},
		separator,
		{Label: "Quit", Accel: keys.CmdOrCtrl("q"), Action: actQuit},
	}
	edit := []menuItem{
		{Label: withHint("Undo", "Ctrl+Z", goos), Event: evUndo},
		{Label: withHint("Redo", "Ctrl+Shift+Z", goos), Event: evRedo},
		separator,
		{Label: "Find…", Accel: keys.CmdOrCtrl("f"), Event: evFind},
	}
	var view []menuItem
	for _, v := range views {
		view = append(view, menuItem{Label: v.label, Event: evView, EventData: v.id})
	}
	help := []menuItem{
		{Label: "Keyboard Shortcuts", Event: evShortcuts},
		{Label: "About Claimdesk", Event: evAbout},
	}
	return []menuItem{
		{Label: "File", Submenu: file},
		{Label: "Edit", Submenu: edit},
		{Label: "View", Submenu: view},
		{Label: "Help", Submenu: help},
	}
}

// withHint shows a shortcut the UI handles (not a native accelerator) beside the label,
// the way GTK and Windows show accelerators; macOS menus have no place for it.
func withHint(label, shortcut, goos string) string {
	if goos == "darwin" {
		return label
	}
	return label + "\t" + shortcut
}
