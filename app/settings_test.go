package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// settingsIn points the settings service at a file in a temp folder.
func settingsIn(t *testing.T, svc *Services) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "claimdesk", "settings.json")
	svc.Settings.path = p
	return p
}

func TestSettingsDefaultsAndSave(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	p := settingsIn(t, svc)
	st, err := svc.Settings.Get()
	if err != nil {
		t.Fatal(err)
	}
	if recent := svc.RecentWorkspaces(); st.Analyst != ws.Analyst || recent == nil || len(recent) != 0 ||
		st.Window != defaultWindow || st.Panels != defaultPanels || st.LastArticleID != nil {
		t.Fatalf("defaults: %+v", st)
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Fatalf("Get must not write the file: %v", err)
	}
	raw, _ := json.Marshal(st)
	for _, k := range []string{`"analyst"`, `"window":{"width":1280,"height":820}`, `"panels":{"listWidth"`, `"lastArticleId":null`} {
		if !strings.Contains(string(raw), k) {
			t.Fatalf("json %s lacks %s", raw, k)
		}
	}
	if strings.Contains(string(raw), "recentWorkspaces") { // the window reads them in Go
		t.Fatalf("json %s carries the recent workspaces' paths to the UI", raw)
	}

	id := int64(3)
	st, err = svc.Settings.SaveLayout(PanelLayout{ListWidth: 250, SideWidth: 400}, &id)
	if err != nil || st.Panels.ListWidth != 250 || st.Panels.SideWidth != 400 || *st.LastArticleID != 3 {
		t.Fatalf("layout: %+v %v", st, err)
	}
	info, err := os.Stat(p)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("file mode: %v %v", info, err)
	}
	// No temp files are left behind.
	if entries, _ := os.ReadDir(filepath.Dir(p)); len(entries) != 1 {
		t.Fatalf("folder: %v", entries)
	}
	st, err = svc.Settings.SaveLayout(PanelLayout{ListWidth: 250, SideWidth: 400}, nil)
	if err != nil || st.LastArticleID != nil {
		t.Fatalf("null article: %+v %v", st, err)
	}
	// A new service on the same file reads them back.
	other := &SettingsService{ws: ws, path: p}
	if got, _ := other.Get(); got.Panels.ListWidth != 250 || got.LastArticleID != nil {
		t.Fatalf("read back: %+v", got)
	}
	_, err = svc.Settings.SaveLayout(PanelLayout{ListWidth: -1, SideWidth: 10}, nil)
	wantCode(t, err, CodeInvalid, "panel widths")
	zero := int64(0)
	_, err = svc.Settings.SaveLayout(PanelLayout{ListWidth: 10, SideWidth: 10}, &zero)
	wantCode(t, err, CodeInvalid, "lastArticleId")

	svc.WindowResized(1500, 900)
	if got, _ := svc.Settings.Get(); got.Window.Width != 1500 || got.Window.Height != 900 {
		t.Fatalf("window: %+v", got.Window)
	}
}

func TestSettingsAnalyst(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	p := settingsIn(t, svc)
	st, err := svc.Settings.SetAnalyst("  Jane Roe ")
	if err != nil || st.Analyst != "Jane Roe" || ws.Analyst != "Jane Roe" {
		t.Fatalf("set: %+v %v (ws %q)", st, err, ws.Analyst)
	}
	// Later changes are recorded under that name.
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"})
	if err != nil || sp.Annotator != "Jane Roe" {
		t.Fatalf("annotator: %+v %v", sp, err)
	}
	recent, _ := svc.History.Recent(1)
	if len(recent) != 1 || recent[0].Actor != "Jane Roe" {
		t.Fatalf("actor: %+v", recent)
	}
	for _, bad := range []string{"", "   ", strings.Repeat("x", 81), "tab\there", "line\nbreak"} {
		_, err := svc.Settings.SetAnalyst(bad)
		wantCode(t, err, CodeInvalid, "analyst")
	}
	if got, _ := svc.Settings.Get(); got.Analyst != "Jane Roe" {
		t.Fatalf("refusals must not change it: %+v", got)
	}
	if _, err := svc.Settings.SetAnalyst(strings.Repeat("ü", 80)); err != nil {
		t.Fatalf("80 characters are allowed: %v", err)
	}

	// A later session applies the saved name (unless CLAIMDESK_ANALYST is set).
	svc.Settings.SetAnalyst("Jane Roe")
	t.Setenv("CLAIMDESK_ANALYST", "")
	ws2, svc2 := MustOpenWorkspace(t, true)
	svc2.Settings.path = p
	svc2.OpenedInWindow()
	if ws2.Analyst != "Jane Roe" {
		t.Fatalf("saved analyst not applied: %q", ws2.Analyst)
	}
	t.Setenv("CLAIMDESK_ANALYST", "ci-bot")
	ws3, svc3 := MustOpenWorkspace(t, true)
	svc3.Settings.path = p
	ws3.Analyst = "ci-bot"
	svc3.OpenedInWindow()
	if ws3.Analyst != "ci-bot" {
		t.Fatalf("CLAIMDESK_ANALYST must win: %q", ws3.Analyst)
	}
}

func TestSettingsRecentWorkspaces(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	settingsIn(t, svc)
	dir := t.TempDir()
	for i := 0; i < 12; i++ {
		svc.Settings.noteWorkspace(filepath.Join(dir, fmt.Sprintf("w%d.db", i)))
	}
	svc.Settings.noteWorkspace(filepath.Join(dir, "w5.db"))
	svc.Settings.noteWorkspace(filepath.Join(dir, "sub", "..", "w5.db"))
	recent := svc.RecentWorkspaces()
	if len(recent) != 10 || recent[0] != filepath.Join(dir, "w5.db") || recent[1] != filepath.Join(dir, "w11.db") {
		t.Fatalf("recent: %v", recent)
	}
	seen := map[string]bool{}
	for _, p := range recent {
		if seen[p] {
			t.Fatalf("duplicate %s in %v", p, recent)
		}
		seen[p] = true
	}
	if seen[filepath.Join(dir, "w0.db")] || seen[filepath.Join(dir, "w1.db")] {
		t.Fatalf("oldest not dropped: %v", recent)
	}
	// The window records the open workspace first.
	svc.OpenedInWindow()
	if recent := svc.RecentWorkspaces(); recent[0] != svc.Settings.ws.DB().Path {
		t.Fatalf("open workspace not first: %v", recent)
	}
}

func TestSettingsCorruptOrUnwritable(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	p := settingsIn(t, svc)
	os.MkdirAll(filepath.Dir(p), 0o700)
	os.WriteFile(p, []byte(`{"analyst": "half`), 0o600)
	st, err := svc.Settings.Get()
	if err != nil || st.Analyst != ws.Analyst || st.Panels != defaultPanels {
		t.Fatalf("corrupt file must give defaults: %+v %v", st, err)
	}
	if data, err := os.ReadFile(p + ".broken"); err != nil || string(data) != `{"analyst": "half` {
		t.Fatalf("broken copy: %q %v", data, err)
	}
	if st, err := svc.Settings.SetAnalyst("Ann"); err != nil || st.Analyst != "Ann" {
		t.Fatalf("save after corrupt: %+v %v", st, err)
	}
	// Wrong types in a well-formed file count as corrupt too.
	os.WriteFile(p, []byte(`{"panels": "wide"}`), 0o600)
	if st, err := svc.Settings.Get(); err != nil || st.Panels != defaultPanels {
		t.Fatalf("mistyped file: %+v %v", st, err)
	}
	// No config folder at all: defaults in memory, saving works without a file.
	svc.Settings.path = ""
	if st, err := svc.Settings.SaveLayout(PanelLayout{ListWidth: 1, SideWidth: 2}, nil); err != nil || st.Panels.ListWidth != 1 {
		t.Fatalf("no path: %+v %v", st, err)
	}
	// An unwritable place is an error for an explicit save, never a panic, and only a
	// log line for the recent-workspaces bookkeeping.
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o600)
	svc.Settings.path = filepath.Join(blocker, "settings.json")
	_, err = svc.Settings.SetAnalyst("Bob")
	wantCode(t, err, CodeInternal, "settings")
	svc.Settings.noteWorkspace("/tmp/x.db")
	if st, err := svc.Settings.Get(); err != nil || st.Analyst == "" {
		t.Fatalf("get with unusable path: %+v %v", st, err)
	}
}

func TestSettingsPath(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/cfg")
	if p := settingsPath(); p != "/cfg/claimdesk/settings.json" {
		t.Fatalf("xdg: %s", p)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/someone")
	if p := settingsPath(); p != "/home/someone/.config/claimdesk/settings.json" {
		t.Fatalf("home: %s", p)
	}
}

// The article open last is remembered per workspace: another workspace never reopens it.
func TestSettingsLastArticleIsPerWorkspace(t *testing.T) {
	p := filepath.Join(t.TempDir(), "settings.json")
	_, a := MustOpenWorkspace(t, false)
	_, b := MustOpenWorkspace(t, false)
	a.Settings.path, b.Settings.path = p, p
	id := int64(3)
	if _, err := a.Settings.SaveLayout(PanelLayout{ListWidth: 320, SideWidth: 380}, &id); err != nil {
		t.Fatal(err)
	}
	if st, _ := a.Settings.Get(); st.LastArticleID == nil || *st.LastArticleID != 3 {
		t.Fatalf("workspace A: %+v", st.LastArticleID)
	}
	if st, _ := b.Settings.Get(); st.LastArticleID != nil || st.Panels.ListWidth != 320 {
		t.Fatalf("workspace B sees A's article: %+v", st)
	}
}

// The UI's answers (Settings, the start-up call) never carry other workspaces' file
// paths: a browser page learns where this workspace is, not where the analyst's other
// files are. The window still gets them (Open Recent) through the Go-only accessor.
func TestSettingsKeepOtherWorkspacesPathsOnTheGoSide(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	settingsIn(t, svc)
	other := filepath.Join(t.TempDir(), "secret-case-files", "informants.db")
	svc.Settings.noteWorkspace(other)
	svc.OpenedInWindow()
	if _, err := svc.Settings.SaveLayout(PanelLayout{ListWidth: 300, SideWidth: 360}, nil); err != nil {
		t.Fatal(err)
	}
	st, err := svc.Settings.Get()
	if err != nil {
		t.Fatal(err)
	}
	first, err := svc.Start.FirstScreen(50)
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]any{"Settings.Get": st, "Start.FirstScreen": first} {
		b, _ := json.Marshal(v)
		if strings.Contains(string(b), "informants") {
			t.Errorf("%s sends another workspace's path to the UI: %s", name, b)
		}
	}
	if recent := svc.RecentWorkspaces(); len(recent) != 2 || recent[1] != other {
		t.Errorf("the window's recent list %v, want the open workspace then %s", recent, other)
	}
}
