package desktop

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/app"
)

func TestPrefsDefaultsWithoutAFile(t *testing.T) {
	_, s, file := openServices(t)
	p := settingsPrefs{s}
	saved, ok := p.windowSize()
	if got := openingSize(saved, ok); got != (size{defaultWidth, defaultHeight}) {
		t.Errorf("no settings file: opening at %v, want the default", got)
	}
	if got := p.recentWorkspaces(); len(got) != 0 {
		t.Errorf("no settings file: recent %v", got)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("reading the settings created %s (err %v)", file, err)
	}
}

func TestPrefsSaveAndReload(t *testing.T) {
	ws, s, file := openServices(t)
	p := settingsPrefs{s}
	p.noteWorkspace()
	p.saveWindowSize(size{1000, 700})

	var onDisk struct {
		Window           app.WindowSettings `json:"window"`
		RecentWorkspaces []string           `json:"recentWorkspaces"`
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &onDisk); err != nil {
		t.Fatalf("settings file is not JSON: %v\n%s", err, data)
	}
	if onDisk.Window != (app.WindowSettings{Width: 1000, Height: 700}) {
		t.Errorf("saved window %+v", onDisk.Window)
	}

	// A second start (new services over the same file) opens at the saved size with the
	// workspace first in Open Recent.
	again := settingsPrefs{app.NewServices(ws)}
	saved, ok := again.windowSize()
	if got := openingSize(saved, ok); got != (size{1000, 700}) {
		t.Errorf("reopening at %v, want 1000x700", got)
	}
	recent := again.recentWorkspaces()
	if len(recent) != 1 || recent[0] != onDisk.RecentWorkspaces[0] || recent[0] != ws.DB().Path {
		t.Errorf("recent %v (file %v)", recent, onDisk.RecentWorkspaces)
	}
	if layout := menuLayout(recent, "", "linux"); submenu(t, submenu(t, layout, "File"), "Open Recent")[0].Path != recent[0] {
		t.Errorf("Open Recent does not list the saved workspace")
	}
}

func TestPrefsSaveIgnoresNonsense(t *testing.T) {
	_, s, _ := openServices(t)
	p := settingsPrefs{s}
	p.saveWindowSize(size{1100, 760})
	p.saveWindowSize(size{0, 500})
	p.saveWindowSize(size{-1, -1})
	if saved, ok := p.windowSize(); !ok || saved != (size{1100, 760}) {
		t.Errorf("after saving zero and negative sizes: %v %v, want the last real size kept", saved, ok)
	}
}

func TestPrefsCorruptFile(t *testing.T) {
	_, s, file := openServices(t)
	log := captureLog(t)
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		t.Fatal(err)
	}
	corrupt := []byte(`{"window": {"width": 1000, "height": `)
	if err := os.WriteFile(file, corrupt, 0o600); err != nil {
		t.Fatal(err)
	}
	p := settingsPrefs{s}
	saved, ok := p.windowSize()
	if got := openingSize(saved, ok); got != (size{defaultWidth, defaultHeight}) {
		t.Errorf("corrupt settings: opening at %v, want the default", got)
	}
	if got := p.recentWorkspaces(); len(got) != 0 {
		t.Errorf("corrupt settings: recent %v", got)
	}
	if !strings.Contains(log.String(), "corrupt") {
		t.Errorf("no message about the corrupt file; log:\n%s", log)
	}
	kept, err := os.ReadFile(file + ".broken")
	if err != nil || string(kept) != string(corrupt) {
		t.Errorf("the corrupt file was not kept aside byte for byte: %q, %v", kept, err)
	}
	// The next save writes a good file again.
	p.saveWindowSize(size{900, 600})
	if saved, ok := p.windowSize(); !ok || saved != (size{900, 600}) {
		t.Errorf("after a save: %v %v", saved, ok)
	}
}

func TestPrefsOutOfBoundsSizeIsClamped(t *testing.T) {
	_, s, file := openServices(t)
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(`{"window": {"width": 99999, "height": 12}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	saved, ok := settingsPrefs{s}.windowSize()
	if got := openingSize(saved, ok); got != (size{maxWidth, minHeight}) {
		t.Errorf("99999x12 saved: opening at %v, want %dx%d", got, maxWidth, minHeight)
	}
}
