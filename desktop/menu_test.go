package desktop

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
)

func labels(items []menuItem) []string {
	var out []string
	for _, it := range items {
		if it.Separator {
			out = append(out, "---")
		} else {
			out = append(out, it.Label)
		}
	}
	return out
}

func submenu(t *testing.T, items []menuItem, label string) []menuItem {
	t.Helper()
	for _, it := range items {
		if it.Label == label {
			return it.Submenu
		}
	}
	t.Fatalf("no %q in %v", label, labels(items))
	return nil
}

func item(t *testing.T, items []menuItem, prefix string) menuItem {
	t.Helper()
	for _, it := range items {
		if strings.HasPrefix(it.Label, prefix) {
			return it
		}
	}
	t.Fatalf("no item %q in %v", prefix, labels(items))
	return menuItem{}
}

func TestMenuLayout(t *testing.T) {
	top := menuLayout([]string{"/home/anna/cases/korea.db", "/srv/team.db"}, "/home/anna", "linux")
	if got, want := labels(top), []string{"File", "Edit", "View", "Help"}; !slices.Equal(got, want) {
		t.Fatalf("top-level menus %v, want %v", got, want)
	}
	file := submenu(t, top, "File")
	if got, want := labels(file), []string{"New Workspace…", "Open Workspace…", "Open Recent", "---", "Import…",
		"Import from URL…", "Export…", "Merge Workspace…", "---", "Quit"}; !slices.Equal(got, want) {
		t.Errorf("File menu %v, want %v", got, want)
	}
	for _, c := range []struct {
		menu, item, key string
		act             action
		event           string
	}{
		{"File", "New Workspace", "n", actNewWorkspace, ""},
		{"File", "Open Workspace", "o", actOpenWorkspace, ""},
		{"File", "Quit", "q", actQuit, ""},
		{"File", "Import…", "", noAction, evImport},
		{"File", "Import from URL", "", noAction, evImportURL},
		{"File", "Export", "", noAction, evExport},
		{"File", "Merge", "", noAction, evMerge},
		{"Edit", "Find", "f", noAction, evFind},
		{"Edit", "Undo", "", noAction, evUndo},
		{"Edit", "Redo", "", noAction, evRedo},
		{"Help", "Keyboard Shortcuts", "", noAction, evShortcuts},
		{"Help", "About", "", noAction, evAbout},
	} {
		it := item(t, submenu(t, top, c.menu), c.item)
		if c.key == "" && it.Accel != nil {
			t.Errorf("%s ▸ %s has a native accelerator %v; the UI handles its key", c.menu, c.item, it.Accel)
		}
		if c.key != "" && (it.Accel == nil || it.Accel.Key != c.key || !slices.Equal(it.Accel.Modifiers, []keys.Modifier{keys.CmdOrCtrlKey})) {
			t.Errorf("%s ▸ %s accelerator %v, want CmdOrCtrl+%s", c.menu, c.item, it.Accel, c.key)
		}
		if it.Action != c.act || it.Event != c.event {
			t.Errorf("%s ▸ %s does action %d event %q, want %d %q", c.menu, c.item, it.Action, it.Event, c.act, c.event)
		}
	}

	// Undo and Redo show the UI's shortcut as a hint (no native accelerator, see menuLayout).
	edit := submenu(t, top, "Edit")
	if got := item(t, edit, "Undo").Label; got != "Undo\tCtrl+Z" {
		t.Errorf("Undo label %q", got)
	}
	if got := item(t, edit, "Redo").Label; got != "Redo\tCtrl+Shift+Z" {
		t.Errorf("Redo label %q", got)
	}
	mac := submenu(t, menuLayout(nil, "", "darwin"), "Edit")
	if got := item(t, mac, "Undo").Label; got != "Undo" {
		t.Errorf("macOS Undo label %q, want no hint", got)
	}

	view := submenu(t, top, "View")
	var ids []string
	for _, it := range view {
		if it.Event != evView {
			t.Errorf("View ▸ %s sends %q", it.Label, it.Event)
		}
		ids = append(ids, it.EventData)
	}
	if want := []string{"reader", "claims", "sources", "entities", "search", "feeds"}; !slices.Equal(ids, want) {
		t.Errorf("View ids %v, want %v", ids, want)
	}

	recent := submenu(t, file, "Open Recent")
	if len(recent) != 2 || recent[0].Label != "korea.db  —  ~/cases" || recent[0].Path != "/home/anna/cases/korea.db" ||
		recent[0].Action != actOpenRecent || recent[1].Path != "/srv/team.db" || recent[0].Disabled {
		t.Errorf("Open Recent %+v", recent)
	}
}

func TestMenuLayoutRecent(t *testing.T) {
	empty := submenu(t, submenu(t, menuLayout(nil, "/home/anna", "linux"), "File"), "Open Recent")
	if len(empty) != 1 || !empty[0].Disabled || empty[0].Label != "No recent workspaces" || empty[0].Action != noAction || empty[0].Event != "" {
		t.Errorf("no recent workspaces: %+v, want one disabled placeholder", empty)
	}
	var many []string
	for i := range 12 {
		many = append(many, fmt.Sprintf("/w/%02d.db", i))
	}
	list := submenu(t, submenu(t, menuLayout(many, "", "linux"), "File"), "Open Recent")
	if len(list) != maxRecent || list[0].Path != "/w/00.db" || list[maxRecent-1].Path != "/w/09.db" {
		t.Errorf("12 recent workspaces listed as %v", labels(list))
	}
}

// Every item either does something or is a disabled placeholder: no dead entries.
func TestMenuLayoutEveryItemDoesSomething(t *testing.T) {
	var walk func(path string, items []menuItem)
	walk = func(path string, items []menuItem) {
		for _, it := range items {
			switch {
			case it.Separator:
			case it.Submenu != nil:
				walk(path+" ▸ "+it.Label, it.Submenu)
			case it.Disabled:
			case it.Action == noAction && it.Event == "":
				t.Errorf("%s ▸ %s does nothing", path, it.Label)
			case it.Action != noAction && it.Event != "":
				t.Errorf("%s ▸ %s has both an action and an event", path, it.Label)
			}
		}
	}
	walk("", menuLayout([]string{"/a.db"}, "", "linux"))
}

func TestWailsMenu(t *testing.T) {
	layout := menuLayout([]string{"/w/a.db"}, "", "linux")
	var clicked []menuItem
	m := wailsMenu(layout, func(it menuItem) { clicked = append(clicked, it) })

	if len(m.Items) != 4 || m.Items[0].Label != "File" || m.Items[0].Type != menu.SubmenuType {
		t.Fatalf("top level: %+v", m.Items)
	}
	file := m.Items[0].SubMenu.Items
	if file[0].Label != "New Workspace…" || file[0].Accelerator == nil || file[0].Accelerator.Key != "n" || file[0].Type != menu.TextType {
		t.Errorf("File ▸ first item %+v", file[0])
	}
	if file[3].Type != menu.SeparatorType {
		t.Errorf("File ▸ 4th item is %v, want a separator", file[3].Type)
	}
	recent := file[2].SubMenu.Items
	if len(recent) != 1 || recent[0].Click == nil {
		t.Fatalf("Open Recent %+v", recent)
	}
	recent[0].Click(&menu.CallbackData{MenuItem: recent[0]})
	view := m.Items[2].SubMenu.Items
	view[1].Click(&menu.CallbackData{MenuItem: view[1]})
	if len(clicked) != 2 || clicked[0].Action != actOpenRecent || clicked[0].Path != "/w/a.db" ||
		clicked[1].Event != evView || clicked[1].EventData != "claims" {
		t.Errorf("clicks reached the handler as %+v", clicked)
	}

	none := wailsMenu(menuLayout(nil, "", "linux"), func(menuItem) { t.Error("a disabled placeholder was clickable") })
	placeholder := none.Items[0].SubMenu.Items[2].SubMenu.Items[0]
	if !placeholder.Disabled || placeholder.Click != nil {
		t.Errorf("No recent workspaces: %+v, want disabled with no callback", placeholder)
	}
}
