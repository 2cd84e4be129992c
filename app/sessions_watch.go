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
	last, err := ws.DB().Q.MaxAuditID(ctx)
	if err != nil {
		return
	}
	t := time.NewTicker(othersPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		last = ws.announceOthers(ctx, last)
	}
}

// announceOthers announces the other sessions' changes logged after audit row last and
// returns the newest row seen.
func (ws *Workspace) announceOthers(ctx context.Context, last int64) int64 {
	q := ws.DB().Q
	newest, err := q.MaxAuditID(ctx)
	if err != nil || newest == last {
		return last
	}
	if newest < last {
		return newest // another workspace file was opened (Switch)
	}
	rows, err := q.ListAuditSince(ctx, last)
	if err != nil {
		return last
	}
	tables := map[string]bool{}
	for _, r := range rows {
		last = r.ID
		if sessionOf(r.Batch) != ws.session.id {
			tables[r.TableName] = true
		}
	}
	if len(tables) > 0 {
		ws.notifyChanged(tables)
	}
	return last
}
