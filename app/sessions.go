package app

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// A session is one window, one `serve` process or one CLI command on a workspace. Its
// id starts every audit batch it writes ("<session>.<random>"), so undo and redo can
// offer a session its own actions and those of sessions that have ended (a restarted
// window gets its history back), never the actions of another window still open on
// the same file: those are visible, not undoable from here.
//
// A session is live while its process holds an exclusive lock on its lock file; the
// kernel releases the lock when the process ends, killed or not, so a crashed window
// counts as ended. Where locks are not available (sessionLock returns nil), every
// other session counts as ended: undo then works as before sessions, guarded by the
// row check in HistoryService (an undo never overwrites a change made elsewhere).
type session struct {
	id   string
	lock *os.File
}

func newSession() *session {
	b := make([]byte, 6)
	rand.Read(b)
	s := &session{id: hex.EncodeToString(b)}
	s.lock = sessionLock(sessionLockPath(s.id))
	return s
}

// close ends the session: its actions become undoable by the next session.
func (s *session) close() {
	if s == nil || s.lock == nil {
		return
	}
	os.Remove(s.lock.Name())
	s.lock.Close()
	s.lock = nil
}

// batchID names a new audit batch of this session.
func (s *session) batchID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return s.id + "." + hex.EncodeToString(b)
}

// sessionOf returns the session that wrote batch ("" for batches logged before
// sessions, which belong to no running session).
func sessionOf(batch string) string {
	id, _, ok := strings.Cut(batch, ".")
	if !ok {
		return ""
	}
	return id
}

// sessionDir holds the lock files: the user's runtime folder, else a private folder
// in the system's temporary folder.
func sessionDir() string {
	if d := os.Getenv("XDG_RUNTIME_DIR"); d != "" {
		return filepath.Join(d, "claimdesk-sessions")
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("claimdesk-sessions-%d", os.Getuid()))
}

func sessionLockPath(id string) string { return filepath.Join(sessionDir(), id+".lock") }

// liveSessions answers "is session id still running?" for the undo stacks, once per id.
type liveSessions struct {
	mine  string
	known map[string]bool
}

// undoable reports whether an action of the session that wrote batch is on this
// session's stacks: its own, or one whose session has ended.
func (l *liveSessions) undoable(batch string) bool {
	id := sessionOf(batch)
	if id == "" || id == l.mine {
		return true
	}
	live, ok := l.known[id]
	if !ok {
		live = sessionLive(sessionLockPath(id))
		l.known[id] = live
	}
	return !live
}
