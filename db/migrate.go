package db

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"claimdesk/atomicfile"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migration is one forward-only schema step: db/migrations/NNNN_name.sql brings the
// schema to version NNNN (PRAGMA user_version).
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations returns the embedded migrations in order. Their numbers must run 1, 2, 3...
// without gaps; a broken set is a programming error caught by the tests.
func Migrations() []Migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic(err)
	}
	var ms []Migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("migration file name must be NNNN_name.sql: " + e.Name())
		}
		body, err := fs.ReadFile(migrationFiles, path.Join("migrations", e.Name()))
		if err != nil {
			panic(err)
		}
		ms = append(ms, Migration{Version: v, Name: name, SQL: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	for i, m := range ms {
		if m.Version != i+1 {
			panic(fmt.Sprintf("migrations must be numbered 1..n without gaps; found %04d at position %d", m.Version, i+1))
		}
	}
	return ms
}

// LatestVersion is the schema version this build writes.
func LatestVersion() int { return len(Migrations()) }

// Version reads the workspace's schema version.
func (d *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := d.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// Migrate brings the workspace to LatestVersion. Each migration runs in its own
// transaction together with its user_version bump, so a failure leaves the file at the
// last complete version. A workspace that already holds a schema is first copied with
// VACUUM INTO next to itself (name.db.backup-vN-TIMESTAMP), so an upgrade can always be
// walked back by hand.
func (d *DB) Migrate(ctx context.Context) error {
	return d.MigrateTo(ctx, LatestVersion())
}

// MigrateTo is Migrate stopping at version target (tests use it to build older workspaces).
func (d *DB) MigrateTo(ctx context.Context, target int) error {
	current, err := d.Version(ctx)
	if err != nil {
		return &Error{Kind: ErrMigrate, Path: d.Path, Msg: "cannot read the schema version: " + err.Error(), Err: err}
	}
	if current > LatestVersion() {
		return &Error{Kind: ErrTooNew, Path: d.Path, Msg: fmt.Sprintf(
			"was written by a newer Claimdesk (schema v%d; this app knows up to v%d); update Claimdesk to open it", current, LatestVersion())}
	}
	if current >= target {
		return nil
	}
	if current > 0 {
		backup := fmt.Sprintf("%s.backup-v%d-%s", d.Path, current, time.Now().UTC().Format("20060102T150405Z"))
		if err := d.Backup(ctx, backup); errors.Is(err, errBackupPathTooLong) {
			return &Error{Kind: ErrMigrate, Path: d.Path, Err: err, Msg: fmt.Sprintf(
				"must be upgraded from schema v%d, and the copy kept beside it first would have a path too long for SQLite (at most %d bytes): move the workspace to a shorter folder, or give it a shorter name, and open it again; nothing was changed", current, MaxPath)}
		} else if err != nil {
			return &Error{Kind: ErrMigrate, Path: d.Path, Msg: "backup before migrating failed, nothing was changed: " + err.Error(), Err: err}
		}
	}
	for _, m := range Migrations()[current:target] {
		if err := d.apply(ctx, m); err != nil {
			return &Error{Kind: ErrMigrate, Path: d.Path, Msg: fmt.Sprintf(
				"migration %04d_%s failed and was rolled back (the workspace stays at v%d): %v", m.Version, m.Name, m.Version-1, err), Err: err}
		}
	}
	// A migration that edits the schema text in place (0005, 0008: writable_schema) leaves
	// the connection that ran it with the schema it had parsed before (its own cookie bump
	// does not make it reload): close the idle connections, so each one parses the schema
	// as migrated. 2 is database/sql's default.
	d.SetMaxIdleConns(0)
	d.SetMaxIdleConns(2)
	return nil
}

func (d *DB) apply(ctx context.Context, m Migration) error {
	tx, err := d.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Re-check inside the write lock: another process may have migrated meanwhile.
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v >= m.Version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.Version)); err != nil {
		return err
	}
	return tx.Commit()
}

// errBackupPathTooLong: a backup's path (with its temporary name) is past MaxPath.
var errBackupPathTooLong = errors.New("the backup's path is too long for SQLite")

// Backup writes a consistent copy of the workspace to out with VACUUM INTO (safe while
// other connections write). It refuses to overwrite an existing file. The copy is made
// beside out and appears under that name only once whole and on disk: a failed or
// killed backup leaves nothing under out (see atomicfile).
func (d *DB) Backup(ctx context.Context, out string) error {
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("%s already exists; choose another name (backups never overwrite)", out)
	}
	tmp := atomicfile.TempPath(out)
	if abs, err := filepath.Abs(tmp); err == nil && len(abs) > MaxPath {
		// SQLite would say only "unable to open database file (14)", naming the temporary file
		return fmt.Errorf("%w: %d bytes with the temporary name it is written under first (at most %d); choose a shorter folder or name for %s", errBackupPathTooLong, len(abs), MaxPath, out)
	}
	if _, err := d.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := atomicfile.Publish(tmp, out, false); err != nil {
		os.Remove(tmp)
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s already exists; choose another name (backups never overwrite)", out)
		}
		return err
	}
	return nil
}
