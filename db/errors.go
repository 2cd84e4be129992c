package db

import (
	"context"
	"database/sql"
	"errors"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrKind tells what went wrong opening a workspace, so callers can choose a message or an
// exit status without parsing text.
type ErrKind int

const (
	ErrOpen        ErrKind = iota // the OS or SQLite refused to open the file
	ErrInvalidPath                // a path that cannot be a workspace (folder, missing or read-only parent)
	ErrMissing                    // no file, and the caller did not allow creating one
	ErrNotSQLite                  // the file exists but is not a Claimdesk workspace
	ErrTooNew                     // the schema is newer than this app knows
	ErrMigrate                    // a migration failed and was rolled back
	ErrCorrupt                    // the file is damaged: writes are refused
	ErrBusy                       // another program holds the file locked: try again once it lets go
	ErrIdsUsedUp                  // a table's sequence has handed out the largest id there is (Table names it)
)

// Error is a workspace-level failure naming the file and what to do about it.
type Error struct {
	Kind  ErrKind
	Path  string
	Msg   string
	Table string // ErrIdsUsedUp: the table with no ids left
	Err   error
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// IsConstraint reports whether err is an SQLite constraint violation (UNIQUE, CHECK,
// FOREIGN KEY, NOT NULL, or a RAISE(ABORT) from a trigger).
func IsConstraint(err error) bool {
	return sqliteCode(err)&0xff == sqlite3.SQLITE_CONSTRAINT
}

// IsBusy reports whether err means another connection or program holds the lock.
func IsBusy(err error) bool {
	c := sqliteCode(err) & 0xff
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// IsReadOnly reports whether err means the file or its folder cannot be written.
func IsReadOnly(err error) bool {
	return sqliteCode(err)&0xff == sqlite3.SQLITE_READONLY
}

func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// IsCorrupt reports whether err means the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
func IsCorrupt(err error) bool {
	c := sqliteCode(err) & 0xff
	return c == sqlite3.SQLITE_CORRUPT || c == sqlite3.SQLITE_NOTADB || errors.Is(err, ErrDamaged)
}

// IsFull reports whether err means the disk (or the file size limit) is full: SQLite's
// SQLITE_FULL, or ENOSPC / EFBIG from a plain file write; not when usedUpIDs found the
// SQLITE_FULL to be a used-up sequence.
func IsFull(err error) bool {
	full := sqliteCode(err)&0xff == sqlite3.SQLITE_FULL || errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EFBIG)
	return full && !IsIdsUsedUp(err)
}

// IsIdsUsedUp reports whether err is a row refused because its table's sequence has
// handed out the largest id there is (usedUpIDs).
func IsIdsUsedUp(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == ErrIdsUsedUp
}

// usedUpIDs tells a used-up id sequence from a full disk. SQLite refuses a new row of an
// AUTOINCREMENT table whose sqlite_sequence entry holds the largest rowid (which another
// program may have written) with SQLITE_FULL, the code and text of a full disk, and "free
// some space" would send the analyst the wrong way. When err is SQLITE_FULL and a sequence
// stands at the largest id, err comes back as an Error of kind ErrIdsUsedUp naming the
// table (app/errors.go words it); otherwise unchanged. q is the failed transaction (a read
// of sqlite_sequence works in it, also when SQLite has rolled it back).
func usedUpIDs(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, err error) error {
	if !IsFull(err) {
		return err
	}
	var table string
	if q.QueryRowContext(ctx, `SELECT name FROM sqlite_sequence WHERE seq >= 9223372036854775807 ORDER BY name LIMIT 1`).Scan(&table) != nil {
		return err
	}
	return &Error{Kind: ErrIdsUsedUp, Table: table, Msg: "the sequence of " + table + " has handed out the largest id there is", Err: err}
}
