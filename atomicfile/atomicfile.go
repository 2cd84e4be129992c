// Package atomicfile writes a file that appears under its final name only once it is
// whole: written to a temporary file in the same folder, flushed to disk (fsync),
// then renamed over the target (overwrite) or hard-linked to it (never overwrite, and
// atomic: the link fails if the name was taken meanwhile). A process killed midway
// leaves no file under the final name, only a temporary one, which the next write in
// that folder removes. Exports and backups use it.
package atomicfile

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// tempMarker names this package's temporary files: ".<name>.claimdesk-<pid>-<n>.tmp".
const tempMarker = ".claimdesk-"

// staleAge is how old a temporary file of a process that still runs must be before it
// is taken as left behind (its pid may have been reused).
const staleAge = 24 * time.Hour

// TempPath returns an unused name for a temporary file beside path, for writers that
// create the file themselves (SQLite's VACUUM INTO). Stale temporaries are removed first.
func TempPath(path string) string {
	RemoveStale(filepath.Dir(path))
	return filepath.Join(filepath.Dir(path), fmt.Sprintf(".%s%s%d-%d.tmp", filepath.Base(path), tempMarker, os.Getpid(), rand.Uint64()))
}

// File is a file being written; it appears at its path on Commit.
type File struct {
	*os.File
	path      string
	overwrite bool
}

// Create starts writing path (mode 0600). Nothing exists under path until Commit.
func Create(path string, overwrite bool) (*File, error) {
	f, err := os.OpenFile(TempPath(path), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	return &File{File: f, path: path, overwrite: overwrite}, nil
}

// Commit flushes the file to disk and puts it under its path. Without overwrite it
// fails with an error matching os.ErrExist if the path exists. On any failure the
// temporary file is removed and nothing appears under the path.
func (f *File) Commit() error {
	tmp := f.Name()
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = Publish(tmp, f.path, f.overwrite)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// Abort removes the temporary file: nothing appears under the path.
func (f *File) Abort() {
	f.Close()
	os.Remove(f.Name())
}

// Publish puts the whole file tmp (in path's folder) under path and removes tmp:
// flushed to disk, renamed over path (overwrite) or linked to it (not). tmp is left in
// place on failure.
func Publish(tmp, path string, overwrite bool) error {
	if err := syncFile(tmp); err != nil {
		return err
	}
	if overwrite {
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	} else {
		if err := os.Link(tmp, path); err != nil {
			var le *os.LinkError
			if errors.As(err, &le) && errors.Is(le.Err, os.ErrExist) {
				return fmt.Errorf("%s: %w", path, os.ErrExist)
			}
			return err
		}
		os.Remove(tmp)
	}
	return syncFile(filepath.Dir(path)) // the new name itself survives a power cut
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err // some file systems cannot sync a folder: not an error
	}
	return nil
}

// RemoveStale removes the temporary files this package left in dir: those of processes
// that no longer run (killed midway), and any older than a day.
func RemoveStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		i := strings.LastIndex(name, tempMarker)
		if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") || i < 0 {
			continue
		}
		pidText, _, _ := strings.Cut(name[i+len(tempMarker):], "-")
		pid, err := strconv.Atoi(pidText)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if !processRuns(pid) || time.Since(info.ModTime()) > staleAge {
			os.Remove(filepath.Join(dir, name))
		}
	}
}
