package cli_test

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// `import` onto a full disk (a small tmpfs; needs root) says "the disk is full" once,
// not one line per remaining file, and exits 3 (incomplete).
func TestImportOnAFullDiskSaysItOnce(t *testing.T) {
	code, out, errs := importOntoAFullDisk(t)
	if code != 3 || strings.Count(errs, "the disk is full") != 1 || strings.Contains(out, "disk is full") || !strings.Contains(errs, "not imported") {
		t.Errorf("exit %d\nstderr %q\nstdout (last 300) %q", code, errs, out[max(0, len(out)-300):])
	}
	if n := strings.Count(out, "imported  "); n == 0 || n >= 300 {
		t.Errorf("%d files imported, want some but not all", n)
	}
}

// The summary of an import stopped by a full disk counted the articles it did not store as
// "rejected" and named none of them (stderr gave only their number), and the exit status
// was 1, as for a rejected file. Each of the 300 files is now named: imported, or "not done"
// with why, the summary counts them as not imported (none rejected), and the exit status is
// 3, incomplete.
func TestImportOnAFullDiskNamesEachFileNotImported(t *testing.T) {
	code, out, errs := importOntoAFullDisk(t)
	if code != 3 {
		t.Errorf("exit %d, want 3 (incomplete)\nstderr %q", code, errs)
	}
	notDone := 0
	for i := 0; i < 300; i++ {
		name := fmt.Sprintf("s%03d.txt", i)
		imported := strings.Contains(out, "/"+name+" -> article ")
		missing := strings.Contains(out, "/"+name+": the import stopped before")
		if imported == missing {
			t.Errorf("%s: imported %v, named as not done %v", name, imported, missing)
		}
		if missing {
			notDone++
		}
	}
	if notDone == 0 {
		t.Fatalf("no file named as not done: the disk did not fill\n%s", out[:min(len(out), 600)])
	}
	want := fmt.Sprintf("0 rejected, 0 skipped, %d not imported into ", notDone)
	if !strings.Contains(out, want) {
		t.Errorf("the summary does not read %q:\n%s", want, out[max(0, len(out)-400):])
	}
	if !strings.Contains(errs, fmt.Sprintf("%d file(s) not imported", notDone)) {
		t.Errorf("stderr %q", errs)
	}
	t.Logf("%d of 300 named as not done", notDone)
}

// importOntoAFullDisk imports 300 files of ~40 KB into a workspace on a 1.5 MB tmpfs.
func importOntoAFullDisk(t *testing.T) (int, string, string) {
	t.Helper()
	isolate(t)
	if os.Geteuid() != 0 {
		t.Skip("a full disk is simulated with a small tmpfs, which needs root to mount")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1536k,mode=0700", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", disk).Run() })
	db := filepath.Join(disk, "ws.db")
	if code, _, errs := run(t, "init", "--empty", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	src := t.TempDir()
	rng := rand.New(rand.NewSource(3))
	words := strings.Fields("harbour council ferry ramp bridge library grant river valley engineers residents repairs")
	for i := 0; i < 300; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Story %d\n\n", i)
		for w := 0; w < 5000; w++ {
			b.WriteString(words[rng.Intn(len(words))] + " ")
		}
		os.WriteFile(filepath.Join(src, fmt.Sprintf("s%03d.txt", i)), []byte(b.String()), 0o600)
	}
	return run(t, "import", "--db", db, src)
}

// `backup OUT` onto a full disk said "backup of … failed: database or disk is full (13)",
// SQLite's words; it now says what the other commands say ("the disk is full: nothing more
// was saved …"), exits 1, and leaves no file under OUT.
func TestBackupOnAFullDiskSaysSo(t *testing.T) {
	isolate(t)
	if os.Geteuid() != 0 {
		t.Skip("a full disk is simulated with a small tmpfs, which needs root to mount")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", disk).Run() })
	w := newWorkspace(t) // the sample: far more than 64 KB
	out := filepath.Join(disk, "copy.db")
	code, _, errs := run(t, "backup", "--db", w, out)
	if code != 1 || !strings.Contains(errs, "the disk is full") || strings.Contains(errs, "(13)") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if left, _ := filepath.Glob(filepath.Join(disk, "*")); len(left) != 0 {
		t.Errorf("left on the full disk: %v", left)
	}
}
