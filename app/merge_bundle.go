package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"

	"claimdesk/db"
)

// A merge reads an export bundle (app/export_bundle.go) into a scratch workspace of its
// own and merges that, exactly as a workspace file: the same matching, conflicts,
// history and undo. Nothing of a bad bundle reaches the open workspace.

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// isBundle reports whether the file at path is an export bundle (JSON Lines) rather than
// a workspace (an SQLite file): by its first bytes.
func isBundle(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if bytes.Equal(head, sqliteMagic) {
		return false
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(head) > 0 && head[0] == '{'
}

// maxBundleLine bounds one line of a bundle: an article's text is one line.
const maxBundleLine = 256 << 20

// readBundle writes the rows of the bundle at path into a new workspace at out (one
// transaction, every row with the bundle's own ids, so their links and their audit log
// stay true). name is the bundle's name for messages. It returns the name of the
// workspace the bundle was exported from (its history is attributed to that file).
func readBundle(ctx context.Context, path, out, name string) (string, error) {
	h, err := readBundleRows(ctx, path, out, name)
	if err != nil {
		return "", err
	}
	if h.Workspace == "" {
		return name, nil
	}
	return h.Workspace, nil
}

func readBundleRows(ctx context.Context, path, out, name string) (bundleHeader, error) {
	var h bundleHeader
	f, err := os.Open(path)
	if err != nil {
		return h, NotFound("no bundle at %s", path)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), maxBundleLine)
	if !sc.Scan() {
		return h, Invalid("%s is empty, not a Claimdesk bundle", name)
	}
	if err := json.Unmarshal(bytes.TrimPrefix(sc.Bytes(), []byte("\xef\xbb\xbf")), &h); err != nil || h.Format != bundleFormat {
		return h, Invalid("%s is not a Claimdesk bundle (its first line must be the bundle header, {\"format\":%q,…}); export one with claimdesk export --what bundle", name, bundleFormat)
	}
	switch {
	case h.Version != bundleVersion || h.Schema > db.LatestVersion():
		return h, Invalid("%s was written by a newer Claimdesk (bundle v%d, schema v%d; this app reads bundle v%d up to schema v%d); update Claimdesk to merge it",
			name, h.Version, h.Schema, bundleVersion, db.LatestVersion())
	case h.Schema < db.LatestVersion():
		return h, Invalid("%s holds rows of schema v%d and this Claimdesk writes v%d: open that workspace with this Claimdesk and export the bundle again, or merge the workspace file itself",
			name, h.Schema, db.LatestVersion())
	}
	d, _, err := db.Open(ctx, out, db.CreateIfMissing)
	if err != nil {
		return h, Internal(err, "preparing the merge")
	}
	defer d.Close()
	tx, err := d.BeginTx(ctx, nil)
	if err != nil {
		return h, Internal(err, "preparing the merge")
	}
	defer tx.Rollback()
	// Rows may point at a later row of their own table (an entity merged into a newer
	// one): links are checked once all rows are in.
	if _, err := tx.ExecContext(ctx, "PRAGMA defer_foreign_keys = ON"); err != nil {
		return h, Internal(err, "preparing the merge")
	}
	q := d.Q.WithTx(tx)
	tables := bundleTables()
	var (
		table     string
		rows      [][]byte
		firstLine int
		lineNo    = 1
	)
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		arr := append([]byte{'['}, bytes.Join(rows, []byte{','})...)
		arr = append(arr, ']')
		if err := tables[table](q, ctx, string(arr)); err != nil {
			return Invalid("%s: the %s rows on lines %d-%d cannot be read into a workspace: %v", name, table, firstLine, lineNo-1, err)
		}
		rows = rows[:0]
		return nil
	}
	for sc.Scan() {
		lineNo++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var l bundleLine
		if err := json.Unmarshal(raw, &l); err != nil {
			return h, Invalid("%s, line %d: not a bundle line (%v)", name, lineNo, err)
		}
		if _, ok := tables[l.Table]; !ok {
			return h, Invalid("%s, line %d: unknown table %q", name, lineNo, l.Table)
		}
		if len(l.Row) == 0 || l.Row[0] != '{' {
			return h, Invalid("%s, line %d: the row of %s must be a JSON object", name, lineNo, l.Table)
		}
		if l.Table != table || len(rows) >= addChunk {
			if err := flush(); err != nil {
				return h, err
			}
			table, firstLine = l.Table, lineNo
		}
		rows = append(rows, append([]byte(nil), l.Row...))
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return h, Invalid("%s, line %d: longer than %d MB; not a bundle Claimdesk wrote", name, lineNo+1, maxBundleLine>>20)
		}
		return h, Invalid("%s cannot be read: %v", name, err)
	}
	if err := flush(); err != nil {
		return h, err
	}
	if err := tx.Commit(); err != nil {
		return h, Invalid("%s: its rows do not hold together (%v); export the bundle again", name, err)
	}
	return h, nil
}
