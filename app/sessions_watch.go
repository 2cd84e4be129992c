package app

import (
	"context"
	"time"
)

// othersPoll is how often WatchOthers looks for changes made by other sessions.
const othersPoll = time.Second

// WatchOthers announces, until ctx ends, the changes other windows, serve processes and
// CLI commands log in this workspace ("workspace:changed" with their tables), so open
// views and the undo/redo labels refresh. Changes made in this session are announced
// where they are made. One cheap read (the audit log's newest id) per second.
func (ws *Workspace) WatchOthers(ctx context.Context) {
	w := &othersWatch{ws: ws, live: map[string]bool{}}
	var err error
	if w.last, err = ws.DB().Q.MaxAuditID(ctx); err != nil {
		return
	}
	// The sessions behind the latest entries: when one of them ends, its actions
	// become undoable here and the Undo label must say so.
	w.note(ctx, max(0, w.last-1000))
	t := time.NewTicker(othersPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		w.poll(ctx)
	}
}

// othersWatch is WatchOthers' state: the newest audit row seen and the other sessions
// known to be running.
type othersWatch struct {
	ws   *Workspace
	last int64
	live map[string]bool
}

// poll announces the other sessions' new changes ("workspace:changed" with their
// tables) and the end of a session whose actions this one may now undo
// ("history:changed").
func (w *othersWatch) poll(ctx context.Context) {
	if tables := w.note(ctx, w.last); len(tables) > 0 {
		w.ws.notifyChanged(tables)
	}
	ended := false
	for id := range w.live {
		if !sessionLive(sessionLockPath(id)) {
			delete(w.live, id)
			ended = true
		}
	}
	if ended {
		w.ws.Events.Emit("history:changed", nil) // the UI asks for its state again
	}
}

// note reads the audit rows after audit row after, remembers the running sessions
// that wrote them and returns the tables other sessions changed.
func (w *othersWatch) note(ctx context.Context, after int64) map[string]bool {
	q := w.ws.DB().Q
	newest, err := q.MaxAuditID(ctx)
	if err != nil || newest == after {
		return nil
	}
	if newest < after {
		w.last = newest // another workspace file was opened (Switch)
		return nil
	}
	rows, err := q.ListAuditSince(ctx, after)
	if err != nil {
		return nil
	}
	tables := map[string]bool{}
	for _, r := range rows {
		w.last = max(w.last, r.ID)
		id := sessionOf(r.Batch)
		if id == w.ws.session.id {
			continue
		}
		tables[r.TableName] = true
		if _, known := w.live[id]; !known && id != "" && sessionLive(sessionLockPath(id)) {
			w.live[id] = true
		}
	}
	return tables
}
