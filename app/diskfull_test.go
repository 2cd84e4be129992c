package app

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// smallDisk mounts a tmpfs of size bytes (a disk that fills up) and unmounts it after
// the test. It needs root (CI here runs as root); elsewhere the test is skipped.
func smallDisk(t *testing.T, size string) string {
	t.Helper()
	return mountForTest(t, "a full disk is simulated with a small tmpfs", "-t", "tmpfs", "-o", "size="+size+",mode=0700", "tmpfs")
}

// mountForTest mounts (mount args… DIR) on a new temp folder and unmounts it after the
// test; without root, or where mount fails, the test is skipped, saying why (what).
func mountForTest(t *testing.T, what string, args ...string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip(what + ", which needs root to mount")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", append(args, dir)...).CombinedOutput(); err != nil {
		t.Skipf("cannot mount here (%s): %v %s", what, err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// madeUpStories writes n distinct articles of about words words each (made-up text).
func madeUpStories(t *testing.T, n, words int) string {
	t.Helper()
	vocab := strings.Fields("harbour council ferry ramp bridge library grant minister river valley engineers " +
		"residents schedule repairs arch roads office island service boat weeks month budget vote mayor " +
		"school station market storm flood rail line tunnel permit hearing report survey")
	rng := rand.New(rand.NewSource(9))
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Story %d\n\n", i)
		for w := 0; w < words; w++ {
			b.WriteString(vocab[rng.Intn(len(vocab))])
			b.WriteByte(' ')
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)), []byte(b.String()), 0o600)
	}
	return dir
}

// Item 9 of issue 15: on a full disk the CLI printed one error line per remaining file
// and the browser an "internal error". The import stops at the first full write, says
// "the disk is full" once, and keeps every article it reported imported.
func TestImportStopsOnAFullDisk(t *testing.T) {
	disk := smallDisk(t, "1536k")
	ws, err := OpenWorkspace(context.Background(), filepath.Join(disk, "ws.db"), OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	s := NewServices(ws)
	defer func(n int) { importBatchMax = n }(importBatchMax)
	importBatchMax = 5 // several batches: the ones after the full one are not read at all
	sum, err := s.Import.ImportPaths([]string{madeUpStories(t, 80, 6000)}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stopped != DiskFullMessage || sum.Imported == 0 || sum.NotRead == 0 {
		t.Fatalf("import onto a full disk: stopped %q, %d imported, %d not read, %d outcomes", sum.Stopped, sum.Imported, sum.NotRead, len(sum.Items))
	}
	full := 0
	for _, o := range sum.Items {
		switch {
		case o.Status == StatusImported:
			if _, err := s.Articles.Get(o.ArticleID); err != nil {
				t.Errorf("%s was reported imported but is not there: %v", o.Name, err)
			}
		case strings.Contains(o.Reason, "disk is full"):
			full++
		default:
			t.Errorf("unexpected outcome: %+v", o)
		}
	}
	if full+sum.NotRead+sum.Imported != 80 {
		t.Errorf("%d imported + %d not stored + %d not read, want the 80 files", sum.Imported, full, sum.NotRead)
	}
	if n, _ := s.Articles.List(); len(n) != sum.Imported {
		t.Errorf("%d articles in the workspace, %d reported imported", len(n), sum.Imported)
	}
	t.Logf("%d imported, %d not stored (disk full), %d files not read", sum.Imported, full, sum.NotRead)
}

// A single change on a full disk is refused with the same message (not "internal
// error"), and succeeds once there is room again.
func TestChangeOnAFullDiskSaysSo(t *testing.T) {
	disk := smallDisk(t, "2m")
	ws, err := OpenWorkspace(context.Background(), filepath.Join(disk, "ws.db"), OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	s := NewServices(ws)
	id := importStory(t, s, "ferry.txt", ferryStory)
	// Fill what is left of the disk.
	filler, _ := os.Create(filepath.Join(disk, "filler"))
	chunk := make([]byte, 64<<10)
	for {
		if _, err := filler.Write(chunk); err != nil {
			break
		}
	}
	filler.Close()
	long := strings.Repeat("a long note that needs new pages ", 3000)
	body := article(t, s, id).Body
	at := int64(len([]rune(body[:strings.Index(body, "ferry")])))
	_, err = s.Spans.Create(SpanInput{ArticleID: id, Kind: "note", Note: long, Start: at, End: at + 5, Quote: "ferry"})
	if !isCode(err, CodeConflict) || err.Error() != DiskFullMessage {
		t.Fatalf("a change on a full disk: %v, want conflict %q", err, DiskFullMessage)
	}
	os.Remove(filepath.Join(disk, "filler"))
	if _, err := s.Spans.Create(SpanInput{ArticleID: id, Kind: "note", Note: long, Start: at, End: at + 5, Quote: "ferry"}); err != nil {
		t.Errorf("with room again: %v", err)
	}
}

// An export onto a full disk says so and leaves nothing behind.
func TestExportOnAFullDiskSaysSo(t *testing.T) {
	disk := smallDisk(t, "256k")
	_, s := manySpansWorkspace(t, 3000)
	out := filepath.Join(disk, "notes.csv")
	_, err := s.Export.ExportToFile(out, false, ExportOptions{What: "annotations", Format: "csv"})
	if !isCode(err, CodeConflict) || !strings.Contains(err.Error(), "the disk is full") {
		t.Fatalf("export onto a full disk: %v", err)
	}
	if names, _ := os.ReadDir(disk); len(names) != 0 {
		t.Errorf("left on the full disk: %v", names)
	}
}
