package main

import (
	"log/slog"

	"claimdesk/app"
)

// prefs is what the window needs from the settings file: the recent workspaces (most
// recent first), recording the open workspace as recent, and the saved window size.
// app.SettingsService owns the file; this is the window's narrow view of it.
type prefs interface {
	recentWorkspaces() []string
	noteWorkspace(path string)
	windowSize() (width, height int, ok bool)
	saveWindowSize(width, height int)
}

// settingsPrefs reads and writes through the app's settings service.
type settingsPrefs struct{ s *app.Services }

func openPrefs(s *app.Services) prefs { return settingsPrefs{s} }

func (p settingsPrefs) recentWorkspaces() []string {
	st, err := p.s.Settings.Get()
	if err != nil {
		slog.Warn("reading the settings", "err", err)
		return nil
	}
	return st.RecentWorkspaces
}

// noteWorkspace records the workspace the services now serve (path is that file) and
// applies the analyst's saved name.
func (p settingsPrefs) noteWorkspace(string) { p.s.OpenedInWindow() }

func (p settingsPrefs) windowSize() (int, int, bool) {
	st, err := p.s.Settings.Get()
	if err != nil {
		return 0, 0, false
	}
	return st.Window.Width, st.Window.Height, true
}

func (p settingsPrefs) saveWindowSize(width, height int) { p.s.WindowResized(width, height) }
