package app

// The files and folders an import is given: listed, size-checked, read and named.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"claimdesk/app/ingest"
)

// importJob reads one file (size checked before reading) and imports it.
func (b *importBatch) importJob(ctx context.Context, j job, opts ImportOptions) []ImportOutcome {
	reject := func(reason string) []ImportOutcome {
		return []ImportOutcome{{Name: j.display, Status: StatusRejected, Reason: reason, Format: string(j.format)}}
	}
	if j.page != nil {
		return []ImportOutcome{b.importPage(ctx, j, opts)}
	}
	if j.doc != nil {
		// A paste has no file name: it is a version only by its URL (every paste named
		// "pasted text" made the same story pasted from another outlet a version of the last)
		o := b.storeDoc(ctx, pendingDoc{display: j.display, doc: *j.doc, encoding: "utf-8"})
		o.Format = "paste"
		return []ImportOutcome{o}
	}
	data := j.data
	if j.path != "" {
		var err error
		if data, err = readLimited(j.path, opts.MaxBytes); err != nil {
			return reject(err.Error())
		}
	}
	name := j.name
	if name == "" {
		name = filepath.Base(j.display)
	}
	return b.importBytes(ctx, j.display, storedFileName(name), j.format, data, opts.Encoding, opts.VersionOf)
}

// storedFileName is a file's name as the article keeps it (original_name) and as a later
// import of the same file finds its versions by: a Linux file name is bytes, and each byte
// that is not UTF-8 is written \xHH ("r\xFE.txt"). Stored as is, each such byte became
// U+FFFD in the workspace, so two files whose names differ only there had one name, and the
// edited file imported again matched neither (a new article instead of its new version).
func storedFileName(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, `\x%02X`, name[i])
		} else {
			b.WriteString(name[i : i+size])
		}
		i += size
	}
	return b.String()
}

// readLimited reads a regular file of at most max bytes. The size is checked with
// Stat before reading, and the read is limited too (the file may grow meanwhile), so
// an oversize file is never read into memory.
func readLimited(path string, max int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fileErr(err)
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if st.Size() > max {
		return nil, errors.New(tooBig(st.Size(), max))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileErr(err)
	}
	defer f.Close()
	// Sized from Stat: io.ReadAll grows its buffer by doubling, twice the file at its peak.
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, max+1)); err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	data := buf.Bytes()
	if int64(len(data)) > max {
		return nil, errors.New(tooBig(int64(len(data)), max))
	}
	return data, nil
}

func fileErr(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied: the file cannot be read")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read the file: %v", pe.Err)
	}
	return err
}

func tooBig(size, max int64) string {
	return fmt.Sprintf("the file is %s, over the import limit of %s (raise it with --max-size, in MB)", humanSize(size), humanSize(max))
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func unsupportedReason(name string) string {
	ext := filepath.Ext(name)
	if ext == "" {
		return "the file has no extension: Claimdesk imports " + ingest.SupportedExtensions
	}
	return fmt.Sprintf("%s files are not articles Claimdesk can import (it imports %s)", ext, ingest.SupportedExtensions)
}

// relativeName is a browser-given file path as a clean relative path (no root, no
// ".."), or base when it has no folders.
func relativeName(given, base string) string {
	var parts []string
	for _, p := range strings.Split(strings.ReplaceAll(given, "\\", "/"), "/") {
		if p != "" && p != "." && p != ".." {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return base
	}
	return strings.Join(parts, "/")
}

// listPath turns one path given by the user into jobs: a file, or a folder's files.
func listPath(p string) []job {
	st, err := os.Stat(p)
	if err != nil {
		return []job{{display: p, early: &ImportOutcome{Name: p, Status: StatusRejected, Reason: fileErr(err).Error()}}}
	}
	if !st.IsDir() {
		format, ok := ingest.FormatOf(p)
		if !ok {
			return []job{{display: p, early: &ImportOutcome{Name: p, Status: StatusRejected, Reason: unsupportedReason(p)}}}
		}
		return []job{{display: p, path: p, format: format}}
	}
	var jobs []job
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			jobs = append(jobs, job{display: path, early: &ImportOutcome{Name: path, Status: StatusRejected, Reason: fileErr(err).Error()}})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		format, ok := ingest.FormatOf(path)
		if !ok {
			jobs = append(jobs, job{display: path, early: &ImportOutcome{Name: path, Status: StatusSkipped, Reason: unsupportedReason(path)}})
			return nil
		}
		// Stored as the path below the imported folder's parent ("news/a/001.txt"):
		// a version is looked for under the same relative path, not the same base name.
		rel, err := filepath.Rel(filepath.Dir(p), path)
		if err != nil {
			rel = filepath.Base(path)
		}
		jobs = append(jobs, job{display: path, name: filepath.ToSlash(rel), path: path, format: format})
		return nil
	})
	if err != nil {
		jobs = append(jobs, job{display: p, early: &ImportOutcome{Name: p, Status: StatusRejected, Reason: fileErr(err).Error()}})
	}
	return jobs
}
