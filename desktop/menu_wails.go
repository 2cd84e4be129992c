package desktop

import (
	"github.com/wailsapp/wails/v2/pkg/menu"
)

// wailsMenu turns the menu's data into Wails' menu; a click on an item calls click with
// it. Items that do nothing (a disabled placeholder) get no callback.
func wailsMenu(items []menuItem, click func(menuItem)) *menu.Menu {
	m := menu.NewMenu()
	for _, it := range items {
		switch {
		case it.Separator:
			m.AddSeparator()
		case it.Submenu != nil:
			m.Append(menu.SubMenu(it.Label, wailsMenu(it.Submenu, click)))
		default:
			var cb menu.Callback
			if it.Action != noAction || it.Event != "" {
				cb = func(*menu.CallbackData) { click(it) }
			}
			m.AddText(it.Label, it.Accel, cb).Disabled = it.Disabled
		}
	}
	return m
}
