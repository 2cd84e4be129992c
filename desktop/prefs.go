package desktop

import (
	"claimdesk/app"
)

// prefs is what the window needs from the settings file: the recent workspaces (most
// recent first), recording the open workspace as recent, and the saved window size.
// app.SettingsService owns the file (its location, defaults, atomic writes, and moving a
// corrupt file aside); this is the window's narrow view of it.
type prefs interface {
	recentWorkspaces() []string
	noteWorkspace()
	windowSize() (saved size, ok bool)
	saveWindowSize(size)
}

// settingsPrefs reads and writes through the app's settings service.
type settingsPrefs struct{ s *app.Services }

func (p settingsPrefs) recentWorkspaces() []string { return p.s.RecentWorkspaces() }

// noteWorkspace records the workspace the services now serve as the most recent one and
// applies the analyst's saved name.
func (p settingsPrefs) noteWorkspace() { p.s.OpenedInWindow() }

func (p settingsPrefs) windowSize() (size, bool) {
	st, err := p.s.Settings.Get()
	if err != nil {
		return size{}, false
	}
	return size{st.Window.Width, st.Window.Height}, true
}

func (p settingsPrefs) saveWindowSize(sz size) { p.s.WindowResized(sz.width, sz.height) }
