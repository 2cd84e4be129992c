package atomicfile

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestCommitAbortAndNoOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	f, err := Create(path, false)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("a,b\n")
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the file is visible before Commit: %v", err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "a,b\n" {
		t.Errorf("committed %q", got)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	// Never overwrite: the second writer fails, the first file stays whole.
	g, _ := Create(path, false)
	g.WriteString("other")
	if err := g.Commit(); !errors.Is(err, os.ErrExist) {
		t.Errorf("commit over an existing file: %v, want ErrExist", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "a,b\n" {
		t.Errorf("overwritten: %q", got)
	}
	// Overwrite replaces whole; Abort leaves nothing.
	h, _ := Create(path, true)
	h.WriteString("new\n")
	if err := h.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new\n" {
		t.Errorf("after overwrite: %q", got)
	}
	a, _ := Create(filepath.Join(dir, "aborted.csv"), false)
	a.WriteString("half")
	a.Abort()
	if names := entries(t, dir); len(names) != 1 || names[0] != "out.csv" {
		t.Errorf("files left: %v", names)
	}
}

// A temporary of a process that no longer runs (killed midway) is removed by the next
// write in the folder; one of a running process is not.
func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no `true` to make a finished process:", err)
	}
	stale := filepath.Join(dir, ".out.csv"+tempMarker+strconv.Itoa(dead.Process.Pid)+"-1.tmp")
	running := filepath.Join(dir, ".out.csv"+tempMarker+strconv.Itoa(os.Getpid())+"-2.tmp")
	other := filepath.Join(dir, ".notes.tmp") // not ours
	for _, p := range []string{stale, running, other} {
		os.WriteFile(p, []byte("half"), 0o600)
	}
	f, err := Create(filepath.Join(dir, "next.csv"), false)
	if err != nil {
		t.Fatal(err)
	}
	f.Abort()
	got := strings.Join(entries(t, dir), " ")
	if strings.Contains(got, filepath.Base(stale)) || !strings.Contains(got, filepath.Base(running)) || !strings.Contains(got, ".notes.tmp") {
		t.Errorf("after cleaning: %s", got)
	}
}
