// Package app holds Claimdesk's services: the one set of operations the Wails window,
// the HTTP bridge (claimdesk serve) and the CLI all call. Services take their
// dependencies (workspace, clock, events) at construction; they return *Error values
// and their own camelCase types, never sqlc rows.
package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"claimdesk/db"
	"claimdesk/db/store"
)

// Version is the application version, set at build time with
// -ldflags "-X claimdesk/app.Version=...".
var Version = "0.1.0-dev"

// Clock returns the current time; injected so tests control it.
type Clock func() time.Time

// Workspace is an open workspace file and what every service needs alongside it.
type Workspace struct {
	file    atomic.Pointer[db.DB] // the open file; swapped by Switch while calls run
	Clock   Clock
	Events  Events
	Analyst string  // recorded as actor/annotator on changes
	Dialogs Dialogs // native file dialogs; nil outside the desktop window
	ctx     context.Context
	session *session // whose actions undo offers (see sessions.go)
}

// OpenOptions says how to open a workspace.
type OpenOptions struct {
	Create bool // create the file when missing (window, serve, import, init)
	Empty  bool // when creating, do not import the sample corpus
	// SuggestSamples runs the suggester over the sample corpus a new workspace gets, so
	// a new analyst first sees what the app proposes (the window, serve and init do).
	SuggestSamples bool
}

// OpenWorkspace opens (and when allowed creates and seeds) the workspace at path.
func OpenWorkspace(ctx context.Context, path string, opt OpenOptions) (*Workspace, error) {
	mode := db.MustExist
	if opt.Create {
		mode = db.CreateIfMissing
	}
	d, created, err := db.Open(ctx, path, mode)
	if err != nil {
		var de *db.Error
		if errors.As(err, &de) {
			code := CodeInvalid
			if de.Kind == db.ErrMissing {
				code = CodeNotFound
			} else if de.Kind == db.ErrBusy {
				code = CodeConflict
			} else if de.Kind == db.ErrOpen || de.Kind == db.ErrMigrate {
				code = CodeInternal
			}
			return nil, &Error{Code: code, Message: de.Error(), Err: err}
		}
		return nil, Internal(err, "opening "+path)
	}
	ws := &Workspace{Clock: time.Now, Events: NoEvents{}, Analyst: currentUser(), ctx: ctx, session: newSession()}
	ws.file.Store(d)
	if created {
		if err := ws.initialise(ctx, opt); err != nil {
			d.Close()
			ws.session.close()
			os.Remove(d.Path)
			os.Remove(d.Path + "-wal")
			os.Remove(d.Path + "-shm")
			return nil, err
		}
	}
	return ws, nil
}

// initialise records who made the workspace and imports the sample corpus.
func (ws *Workspace) initialise(ctx context.Context, opt OpenOptions) error {
	now := ws.now()
	_, err := ws.write(ctx, "the new workspace", func(c *changeSet) error {
		if err := c.q.SetMeta(ctx, store.SetMetaParams{Key: "created_at", Value: now}); err != nil {
			return err
		}
		return c.q.SetMeta(ctx, store.SetMetaParams{Key: "created_by_version", Value: Version})
	})
	if err != nil {
		return storeErr(err, "the new workspace")
	}
	if opt.Empty {
		return nil
	}
	return ws.seed(ctx, opt.SuggestSamples)
}

// seed imports the sample corpus and, when asked, suggests entities in it.
func (ws *Workspace) seed(ctx context.Context, suggest bool) error {
	outcomes, err := ws.importSeeds(ctx)
	if err != nil || !suggest {
		return err
	}
	ids := make([]int64, 0, len(outcomes))
	for _, o := range outcomes {
		if o.ArticleID > 0 {
			ids = append(ids, o.ArticleID)
		}
	}
	_, err = (&SuggestionService{ws: ws}).RunForArticles(ids)
	return err
}

// DB is the open workspace file. Services read it once per call, so a call that is
// running when Switch swaps the file finishes on the file it started with.
func (ws *Workspace) DB() *db.DB { return ws.file.Load() }

// SetContext replaces the context services run in (Wails hands it over at start-up).
func (ws *Workspace) SetContext(ctx context.Context) { ws.ctx = ctx }

// Context is the context service calls run in: the app's lifetime.
func (ws *Workspace) Context() context.Context { return ws.ctx }

// Close closes the workspace file.
func (ws *Workspace) Close() error {
	ws.session.close()
	return ws.DB().Close()
}

// now is the injected clock as stored text (RFC 3339, UTC, milliseconds).
func (ws *Workspace) now() string { return FormatTime(ws.Clock()) }

// FormatTime is the one way times are written to the workspace.
func FormatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// timeLayout is how the workspace stores times (UTC, milliseconds).
const timeLayout = "2006-01-02T15:04:05.000Z"

// DefaultPath is where the workspace lives unless --db or CLAIMDESK_DB say otherwise:
// $XDG_DATA_HOME/claimdesk/claimdesk.db, falling back to ~/.local/share/claimdesk/.
func DefaultPath() (string, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", Invalid("cannot find your home folder (%v); pass --db PATH or set CLAIMDESK_DB", err)
		}
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "claimdesk", "claimdesk.db"), nil
}

// ResolvePath picks the workspace path: the flag, then CLAIMDESK_DB, then DefaultPath
// (whose folder is created, owner-only, since the user did not choose it).
func ResolvePath(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if env := os.Getenv("CLAIMDESK_DB"); env != "" {
		return env, nil
	}
	p, err := DefaultPath()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return "", Invalid("cannot create the workspace folder %s (%v); pass --db PATH or set CLAIMDESK_DB", filepath.Dir(p), err)
	}
	return p, nil
}

func currentUser() string {
	for _, k := range []string{"CLAIMDESK_ANALYST", "USER", "LOGNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "analyst"
}
