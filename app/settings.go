package app

import (
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
)

// SettingsService keeps the analyst's own preferences — their name, recent workspaces,
// window and panel layout — in a small JSON file outside the workspace:
// $XDG_CONFIG_HOME/claimdesk/settings.json, falling back to ~/.config/claimdesk/.
// A missing or unreadable file gives the defaults; it never keeps the app from starting.
type SettingsService struct {
	ws   *Workspace
	path string // "" when no config folder can be found: settings then live in memory only
	mu   sync.Mutex
}

// Settings is what SettingsService returns to the UI: the analyst, the window and
// panel sizes, and the article open last in this workspace. The other workspaces' file
// paths (the recent list, each one's last article) stay on the Go side: a browser page
// never learns where other files are.
type Settings struct {
	Analyst string         `json:"analyst"`
	Window  WindowSettings `json:"window"`
	Panels  PanelLayout    `json:"panels"`
	// LastArticleID is the article open last in the current workspace (derived from
	// the stored map, so another workspace never reopens a stranger's id).
	LastArticleID *int64 `json:"lastArticleId"`
}

// storedSettings is the settings file: Settings plus the paths kept for the window.
type storedSettings struct {
	Analyst          string         `json:"analyst"`
	RecentWorkspaces []string       `json:"recentWorkspaces"`
	Window           WindowSettings `json:"window"`
	Panels           PanelLayout    `json:"panels"`
	// LastArticles maps workspace paths to the article open last in each.
	LastArticles map[string]int64 `json:"lastArticles,omitempty"`
}

// WindowSettings is the window's last size.
type WindowSettings struct {
	Width  int `json:"width"`
	Height int `json:"height"`
}

// PanelLayout is the widths of the article list and the side panel, in CSS pixels.
type PanelLayout struct {
	ListWidth int `json:"listWidth"`
	SideWidth int `json:"sideWidth"`
}

const (
	maxRecentWorkspaces = 10
	maxAnalystLen       = 80
	maxPanelWidth       = 4000
)

var (
	defaultWindow = WindowSettings{Width: 1280, Height: 820}
	defaultPanels = PanelLayout{ListWidth: 300, SideWidth: 360}
)

// settingsPath is where the settings file lives, "" when there is no config folder.
func settingsPath() string {
	base := os.Getenv("XDG_CONFIG_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return ""
		}
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, "claimdesk", "settings.json")
}

// Get returns the settings; analyst defaults to the workspace's analyst (the OS user).
func (s *SettingsService) Get() (Settings, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.view(s.read()), nil
}

// RecentWorkspaces is for the window code (not bound): the workspaces opened last, most
// recent first, for File ▸ Open Recent.
func (s *Services) RecentWorkspaces() []string {
	s.Settings.mu.Lock()
	defer s.Settings.mu.Unlock()
	if recent := s.Settings.read().RecentWorkspaces; recent != nil {
		return recent
	}
	return []string{}
}

// SetAnalyst sets the name recorded on the analyst's changes from now on (and in later
// sessions): not empty, at most 80 characters, no control characters.
func (s *SettingsService) SetAnalyst(name string) (Settings, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return Settings{}, Invalid("the analyst's name cannot be empty")
	case len([]rune(name)) > maxAnalystLen:
		return Settings{}, Invalid("the analyst's name is too long (%d characters; at most %d)", len([]rune(name)), maxAnalystLen)
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return Settings{}, Invalid("the analyst's name cannot contain control characters (tabs, line breaks)")
	}
	st, err := s.modify(func(st *storedSettings) { st.Analyst = name })
	if err != nil {
		return Settings{}, err
	}
	s.ws.Analyst = name
	return st, nil
}

// SaveLayout remembers the panel widths and the article open last (null for none).
func (s *SettingsService) SaveLayout(panels PanelLayout, lastArticleID *int64) (Settings, error) {
	if panels.ListWidth < 0 || panels.SideWidth < 0 || panels.ListWidth > maxPanelWidth || panels.SideWidth > maxPanelWidth {
		return Settings{}, Invalid("panel widths must be between 0 and %d pixels; got %d and %d", maxPanelWidth, panels.ListWidth, panels.SideWidth)
	}
	if lastArticleID != nil && *lastArticleID <= 0 {
		return Settings{}, Invalid("lastArticleId must be an article id or null; got %d", *lastArticleID)
	}
	path := s.ws.DB().Path
	return s.modify(func(st *storedSettings) {
		st.Panels = panels
		if st.LastArticles == nil {
			st.LastArticles = map[string]int64{}
		}
		if lastArticleID == nil {
			delete(st.LastArticles, path)
		} else {
			st.LastArticles[path] = *lastArticleID
		}
	})
}

// OpenedInWindow is for the window code (not bound): it records the workspace as the
// most recent one and makes the analyst's saved name the one changes are recorded under
// (unless CLAIMDESK_ANALYST chose one for this run).
func (s *Services) OpenedInWindow() {
	s.Settings.applyAnalyst()
	s.Settings.noteWorkspace(s.Settings.ws.DB().Path)
}

// WindowResized is for the window code (not bound): it remembers the window's size.
func (s *Services) WindowResized(width, height int) { s.Settings.noteWindow(width, height) }

// noteWorkspace puts path first in the recent workspaces (deduplicated, at most 10).
// Failures are logged, never returned: a read-only config folder must not stop the app.
func (s *SettingsService) noteWorkspace(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if _, err := s.modify(func(st *storedSettings) {
		recent := []string{path}
		for _, p := range st.RecentWorkspaces {
			if p != path && len(recent) < maxRecentWorkspaces {
				recent = append(recent, p)
			}
		}
		st.RecentWorkspaces = recent
	}); err != nil {
		slog.Warn("could not record the recent workspace", "path", path, "err", err)
	}
}

// noteWindow remembers the window's size.
func (s *SettingsService) noteWindow(width, height int) {
	if width <= 0 || height <= 0 {
		return
	}
	if _, err := s.modify(func(st *storedSettings) { st.Window = WindowSettings{Width: width, Height: height} }); err != nil {
		slog.Warn("could not record the window size", "err", err)
	}
}

// applyAnalyst makes a saved analyst name the workspace's, unless CLAIMDESK_ANALYST is set.
func (s *SettingsService) applyAnalyst() {
	if os.Getenv("CLAIMDESK_ANALYST") != "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.read(); st.Analyst != "" {
		s.ws.Analyst = st.Analyst
	}
}

// modify reads the settings, applies fn and writes them back atomically.
func (s *SettingsService) modify(fn func(*storedSettings)) (Settings, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.read()
	fn(&st)
	if err := s.write(st); err != nil {
		return Settings{}, Internal(err, "saving your settings to "+s.path)
	}
	return s.view(st), nil
}

// view is what the UI gets of the stored settings, with the defaults filled in.
func (s *SettingsService) view(st storedSettings) Settings {
	out := Settings{Analyst: st.Analyst, Window: st.Window, Panels: st.Panels}
	if out.Analyst == "" {
		out.Analyst = s.ws.Analyst
	}
	if id, ok := st.LastArticles[s.ws.DB().Path]; ok {
		out.LastArticleID = &id
	}
	if out.Window.Width <= 0 || out.Window.Height <= 0 {
		out.Window = defaultWindow
	}
	if out.Panels.ListWidth <= 0 {
		out.Panels.ListWidth = defaultPanels.ListWidth
	}
	if out.Panels.SideWidth <= 0 {
		out.Panels.SideWidth = defaultPanels.SideWidth
	}
	return out
}

// read returns the stored settings as they are in the file (no defaults). A missing
// file is empty settings; a corrupt one is moved aside to settings.json.broken (so the
// next save does not destroy what the analyst may want to recover), logged, and treated
// as empty.
func (s *SettingsService) read() storedSettings {
	var st storedSettings
	if s.path == "" {
		return st
	}
	data, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return st
	}
	if err != nil {
		slog.Warn("cannot read the settings; using the defaults", "path", s.path, "err", err)
		return st
	}
	if err := json.Unmarshal(data, &st); err != nil {
		broken := s.path + ".broken"
		slog.Warn("the settings file is corrupt; using the defaults and keeping it aside", "path", s.path, "copy", broken, "err", err)
		if rerr := os.Rename(s.path, broken); rerr != nil {
			slog.Warn("cannot move the corrupt settings aside", "copy", broken, "err", rerr)
		}
		return storedSettings{}
	}
	return st
}

// write saves the settings atomically: a temp file in the same folder, then rename, so
// a crash leaves the old file or the new one, never half of one. Owner-only (0600).
func (s *SettingsService) write(st storedSettings) error {
	if s.path == "" {
		return nil
	}
	if st.RecentWorkspaces == nil {
		st.RecentWorkspaces = []string{}
	}
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".settings-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), s.path)
}
