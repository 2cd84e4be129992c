package app

import (
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math"

	"claimdesk/db"
)

// Code classifies an error for the UI and the CLI.
type Code string

const (
	CodeInvalid  Code = "invalid"   // the request is wrong: fix the input
	CodeNotFound Code = "not_found" // the thing asked for does not exist
	CodeConflict Code = "conflict"  // the request clashes with what is stored, or the workspace is busy
	CodeInternal Code = "internal"  // a bug or an environment failure: logged, shown generically
)

// Error is the one error type services return. Message is written for the analyst.
// Stale marks the one conflict the UI acts on: a save refused because another window
// changed the record since its form read it (app/read_at.go; see Payload).
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	Stale   bool   `json:"stale,omitempty"`
	Err     error  `json:"-"`
}

func (e *Error) Error() string {
	if e.Err != nil && e.Code == CodeInternal {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

func Invalid(format string, args ...any) *Error {
	return &Error{Code: CodeInvalid, Message: fmt.Sprintf(format, args...)}
}

func NotFound(format string, args ...any) *Error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf(format, args...)}
}

func Conflict(format string, args ...any) *Error {
	return &Error{Code: CodeConflict, Message: fmt.Sprintf(format, args...)}
}

// StaleSave is the conflict of a save over another window's newer edit (Stale set).
func StaleSave(format string, args ...any) *Error {
	return &Error{Code: CodeConflict, Stale: true, Message: fmt.Sprintf(format, args...)}
}

func Internal(err error, doing string) *Error {
	return &Error{Code: CodeInternal, Message: "internal error while " + doing, Err: err}
}

// storeErr maps a storage error to a service error in one place: no rows → not_found,
// constraint → conflict, busy → conflict that says so, anything else → internal.
// what names the thing, e.g. "article 7".
func storeErr(err error, what string) error {
	if err == nil {
		return nil
	}
	var appErr *Error
	var dbErr *db.Error
	switch {
	case errors.As(err, &dbErr) && dbErr.Kind == db.ErrIdsUsedUp:
		// before appErr: the refusal the change made of SQLITE_FULL (a full disk) is inside
		return noIDsLeft(dbErr.Table, err)
	case errors.As(err, &appErr):
		return appErr
	case errors.As(err, &dbErr) && dbErr.Kind == db.ErrCorrupt:
		return &Error{Code: CodeConflict, Message: dbErr.Error(), Err: err}
	case db.IsCorrupt(err):
		return &Error{Code: CodeConflict, Message: "the workspace file is damaged (SQLite: " + err.Error() + "); nothing was saved — run `claimdesk check` and see docs/reliability.md for the way out", Err: err}
	case db.IsFull(err):
		return &Error{Code: CodeConflict, Message: DiskFullMessage, Err: err}
	case errors.Is(err, sql.ErrNoRows):
		return NotFound("%s does not exist", what)
	case db.IsConstraint(err):
		return &Error{Code: CodeConflict, Message: what + " conflicts with what is stored: " + err.Error(), Err: err}
	case db.IsBusy(err):
		return &Error{Code: CodeConflict, Message: "workspace busy: another program is writing to it; your change was not saved yet — try again", Err: err}
	case db.IsReadOnly(err):
		return &Error{Code: CodeConflict, Message: "the workspace file is read-only; nothing was saved", Err: err}
	}
	return Internal(err, "working on "+what)
}

// noIDsLeft is the refusal of a new row of table whose ids are used up: its sequence in
// sqlite_sequence (which another program may have set) holds the largest id there is.
// SQLite's own AUTOINCREMENT says so with the code of a full disk (db.usedUpIDs tells
// them apart), and the app refuses the same where it picks ids itself (idsLeft).
func noIDsLeft(table string, err error) *Error {
	return &Error{Code: CodeConflict, Err: err, Message: fmt.Sprintf("no new %s can be stored: this workspace has handed out every id up to %d (its sequence in sqlite_sequence, which another program may have set); nothing was stored", table, int64(math.MaxInt64))}
}

// DiskFullMessage is what every door says when a write found the disk full.
const DiskFullMessage = "the disk is full: nothing more was saved; free some space and try again"

// Payload is what the UI receives for an error, through Wails' ErrorFormatter and
// the HTTP bridge alike.
type Payload struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	// Stale is true on a save refused (code conflict) because another window changed the
	// record since the form read it: the form keeps the analyst's typing and offers to
	// reload. The UI knows that refusal by this field, never by the message's words.
	Stale bool `json:"stale,omitempty"`
}

// FormatError turns any error into the {code, message} payload. Internal errors are
// logged with their cause and shown as a generic message.
func FormatError(err error) Payload {
	var e *Error
	if !errors.As(err, &e) {
		e = Internal(err, "handling the request")
	}
	if e.Code == CodeInternal {
		slog.Error("internal error", "message", e.Message, "cause", e.Err)
	}
	return Payload{Code: e.Code, Message: e.Message, Stale: e.Stale}
}
