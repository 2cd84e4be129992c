// Package db opens Claimdesk workspace files: one SQLite database per workspace, in WAL
// mode with foreign keys on, migrated by the embedded migrations in db/migrations.
// Queries live in the generated package db/store (sqlc); this package only adds what sqlc
// cannot express: connection set-up, migrations, transactions (one call: InTx; many on
// one connection with statements prepared once: Batch), read snapshots and maintenance
// pragmas.
package db

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"claimdesk/db/store"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// pragmas every connection gets. _txlock=immediate makes BeginTx take the write lock at
// once, so two writers queue on busy_timeout instead of failing later with SQLITE_BUSY
// on lock upgrade.
const pragmas = "_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)" +
	"&_pragma=synchronous(NORMAL)&_txlock=immediate"

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// DB is an open, migrated workspace.
type DB struct {
	*sql.DB
	Path   string
	Q      *store.Queries
	health *health // the quick check run at open (health.go)
}

// Mode says what Open may do when the file is missing.
type Mode int

// The connection pool's bounds: MaxOpenConns is twice the browser door's calls in
// flight (bridge.maxCalls), since a call may hold a transaction and read beside it.
const (
	MaxOpenConns = 32
	MaxIdleConns = 4
)

// MaxPath is the longest workspace path SQLite opens, in bytes: its unix file layer
// holds a path in 512 bytes, and must also name the journal beside it ("-journal").
// Measured: 504 bytes open, 505 fail with "unable to open database file (14)".
const MaxPath = 512 - len("-journal")

const (
	// MustExist refuses a missing file (commands that only read: check, backup, export).
	MustExist Mode = iota
	// CreateIfMissing creates the file (0600) when it is missing; its folder must exist.
	CreateIfMissing
)

// Open opens the workspace at path, creating it when mode allows, and migrates it to the
// newest schema. created reports whether the file was new, so the caller can seed it.
// A file that is not SQLite, or whose schema is newer than this app knows, is refused
// before anything is written to it.
func Open(ctx context.Context, path string, mode Mode) (d *DB, created bool, err error) {
	if path == "" {
		return nil, false, &Error{Kind: ErrInvalidPath, Path: path, Msg: "no workspace path given"}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, false, &Error{Kind: ErrInvalidPath, Path: path, Msg: err.Error()}
	}
	if len(abs) > MaxPath {
		// before the file is made: SQLite would fail on it, and leave it empty
		return nil, false, &Error{Kind: ErrInvalidPath, Path: abs, Msg: fmt.Sprintf(
			"the path is %d bytes long; SQLite opens a workspace whose full path is at most %d bytes — choose a shorter folder or name (a file there was left untouched)", len(abs), MaxPath)}
	}
	created, err = prepareFile(abs, mode)
	if err != nil {
		return nil, false, err
	}
	if !created {
		if err := inspectExisting(ctx, abs); err != nil {
			return nil, false, err
		}
	}
	sqlDB, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, created, &Error{Kind: ErrOpen, Path: abs, Msg: err.Error(), Err: err}
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		sqlDB.Close()
		if !WritableFolder(filepath.Dir(abs)) {
			return nil, created, &Error{Kind: ErrInvalidPath, Path: abs, Err: err, Msg: "is in a read-only folder (a read-only mount or share): " +
				"SQLite writes its -wal and -shm files beside a workspace, so it cannot be opened there; copy it to a writable folder " +
				"(cp " + abs + " ~/) and open the copy — the file was left untouched"}
		}
		return nil, created, &Error{Kind: ErrOpen, Path: abs, Msg: err.Error(), Err: err}
	}
	// A bounded pool: without it a burst of parallel calls opens a connection (and
	// its file descriptors) each, 247 for 300 calls. Callers over the bound wait for
	// a free connection; SQLite runs one writer at a time anyway.
	sqlDB.SetMaxOpenConns(MaxOpenConns)
	sqlDB.SetMaxIdleConns(MaxIdleConns)
	d = &DB{DB: sqlDB, Path: abs, Q: store.New(sqlDB)}
	if err := d.Migrate(ctx); err != nil {
		d.Close()
		return nil, created, err
	}
	d.startHealthCheck()
	return d, created, nil
}

func dsn(path string) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + pragmas
}

// prepareFile checks the folder and creates an empty file with owner-only permissions
// (SQLite gives its -wal and -shm files the same mode) when allowed.
func prepareFile(path string, mode Mode) (created bool, err error) {
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return false, &Error{Kind: ErrInvalidPath, Path: path, Msg: "is a folder, not a workspace file; give a file path such as " + filepath.Join(path, "claimdesk.db")}
	case err == nil && info.Size() == 0:
		// An empty file (made by touch, or by a crash before the first write) holds no
		// work: a new workspace where creating is allowed, refused where it must exist.
		if mode == MustExist {
			return false, &Error{Kind: ErrNotSQLite, Path: path, Msg: "is an empty file, not a workspace; create one with `claimdesk init --db " + path + "`"}
		}
		return true, nil
	case err == nil:
		return false, nil
	case !errors.Is(err, os.ErrNotExist):
		return false, &Error{Kind: ErrOpen, Path: path, Msg: err.Error(), Err: err}
	}
	if mode == MustExist {
		return false, &Error{Kind: ErrMissing, Path: path, Msg: "no workspace at this path; create one with `claimdesk init --db " + path + "` or check the --db path"}
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return false, &Error{Kind: ErrInvalidPath, Path: path, Msg: "folder " + dir + " does not exist; create it first or choose another --db path"}
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			return false, &Error{Kind: ErrInvalidPath, Path: path, Msg: "cannot create the workspace: folder " + dir + " is not writable; choose another --db path", Err: err}
		}
		return false, &Error{Kind: ErrOpen, Path: path, Msg: err.Error(), Err: err}
	}
	return true, f.Close()
}

// WritableFolder reports whether a file can be made in dir (tried, then removed): the
// only sure test on a read-only mount, where the mode bits still say writable, and for
// root, whom the mode bits do not stop.
func WritableFolder(dir string) bool {
	f, err := os.CreateTemp(dir, ".claimdesk-probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// inspectExisting refuses a file that is not SQLite or whose schema is newer than ours,
// reading it without writing a byte (no WAL switch, no journal).
func inspectExisting(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			return &Error{Kind: ErrOpen, Path: path, Msg: "permission denied reading the workspace; check the file's owner and mode", Err: err}
		}
		return &Error{Kind: ErrOpen, Path: path, Msg: err.Error(), Err: err}
	}
	head := make([]byte, len(sqliteHeader))
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || !bytes.Equal(head, sqliteHeader) {
		return &Error{Kind: ErrNotSQLite, Path: path, Msg: "is not a Claimdesk workspace (not an SQLite database); it was left untouched — choose another file with --db"}
	}
	// immutable: a file that may not be a workspace gets no -wal and -shm beside it. A
	// -wal already there may hold committed changes: read it the usual way.
	opts := "?mode=ro&immutable=1"
	if _, err := os.Stat(path + "-wal"); err == nil {
		opts = "?mode=ro&_pragma=busy_timeout(5000)"
	}
	ro, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+opts)
	if err != nil {
		return &Error{Kind: ErrOpen, Path: path, Msg: err.Error(), Err: err}
	}
	defer ro.Close()
	var version int
	if err := ro.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		if IsBusy(err) {
			// Healthy and in use: "damaged … .recover" would send the analyst to recover
			// a file nothing is wrong with.
			return &Error{Kind: ErrBusy, Path: path, Msg: "another program holds the workspace locked (it has it open in exclusive mode, or is writing to it); it was left untouched — close that program, or wait until it is done, and try again", Err: err}
		}
		return &Error{Kind: ErrNotSQLite, Path: path, Msg: "cannot be read as an SQLite database (" + err.Error() + "): it may be truncated or damaged; it was left untouched — recover what it holds with: sqlite3 " + path + " .recover | sqlite3 recovered.db", Err: err}
	}
	if latest := LatestVersion(); version > latest {
		return &Error{Kind: ErrTooNew, Path: path, Msg: fmt.Sprintf(
			"was written by a newer Claimdesk (schema v%d; this app knows up to v%d); update Claimdesk to open it — the file was left untouched", version, latest)}
	}
	if version == 0 {
		var n int
		if err := ro.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err == nil && n > 0 {
			return &Error{Kind: ErrNotSQLite, Path: path, Msg: "is an SQLite database but not a Claimdesk workspace (it has tables and no Claimdesk schema version); it was left untouched — choose another file with --db"}
		}
	}
	return nil
}

// InTx runs fn in one immediate write transaction: committed if fn returns nil, rolled
// back otherwise (and on panic, which is re-raised).
func (d *DB) InTx(ctx context.Context, fn func(q *store.Queries) error) (err error) {
	if err := d.Healthy(ctx); err != nil {
		return err // a damaged workspace is not written to
	}
	tx, err := d.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
		if err != nil {
			tx.Rollback()
		}
	}()
	if err = fn(d.Q.WithTx(tx)); err != nil {
		if IsCorrupt(err) {
			d.markDamaged(err.Error()) // found while writing: the next writes are refused
		}
		return usedUpIDs(ctx, tx, err)
	}
	return tx.Commit()
}
