package desktop

import (
	"strings"
	"testing"
)

// The menu made at start-up lists the recent workspaces from the real settings file.
func TestNewWindowMenuListsRecentWorkspaces(t *testing.T) {
	ws, s, _ := openServices(t)
	p := settingsPrefs{s}
	p.noteWorkspace()
	w := newWindow(ws, p)
	file := w.menu.Items[0].SubMenu.Items
	recent := file[2].SubMenu.Items
	if file[2].Label != "Open Recent" || len(recent) != 1 || !strings.HasPrefix(recent[0].Label, "ws.db  —  ") || recent[0].Disabled {
		t.Errorf("Open Recent: %q with %+v", file[2].Label, recent)
	}
}

// Every menu item clicked before the window has started does nothing: no panic, no
// switch, no dialog.
func TestMenuBeforeStartUp(t *testing.T) {
	ws, s, _ := openServices(t)
	p := settingsPrefs{s}
	p.noteWorkspace()
	w := newWindow(ws, p)
	before := ws.DB().Path
	var walk func(items []menuItem)
	walk = func(items []menuItem) {
		for _, it := range items {
			if it.Submenu != nil {
				walk(it.Submenu)
			} else if !it.Separator {
				w.clicked(it)
			}
		}
	}
	walk(menuLayout([]string{"/nowhere/other.db"}, "", "linux"))
	if ws.DB().Path != before {
		t.Errorf("a click before start-up switched the workspace to %s", ws.DB().Path)
	}
}

// A refused switch leaves the workspace open and says why, naming the file still open.
func TestAfterSwitchRefused(t *testing.T) {
	ws, s, _ := openServices(t)
	w := newWindow(ws, settingsPrefs{s})
	log := captureLog(t)
	before := ws.DB().Path
	w.afterSwitch(before, "/nowhere/x.db", errString("workspace busy"))
	if ws.DB().Path != before {
		t.Errorf("the workspace changed after a refusal")
	}
	if out := log.String(); !strings.Contains(out, "workspace busy") || !strings.Contains(out, "ws.db is still open") {
		t.Errorf("the refusal was not reported: %q", out)
	}
}

type errString string

func (e errString) Error() string { return string(e) }
