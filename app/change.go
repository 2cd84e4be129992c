package app

import (
	"context"
	"time"

	"claimdesk/db"
	"claimdesk/db/store"
)

// One way to change the workspace. Every write in app goes through a changeSet, and this
// file holds the only ways to get one, each with its write transaction:
//
//   - ws.change(summary, fn): one analyst's action in a transaction of its own; the open
//     views are told which tables changed. Almost every service uses this.
//   - ws.write(ctx, what, fn): the same without the announcement, for writes whose caller
//     announces them itself (undo and redo, feeds) or not at all (workspace metadata).
//   - a changeBatch: many changes on one held connection with statements prepared once
//     (imports, suggestion runs, a merge), several of them per transaction; or one change
//     that repeats a few queries thousands of times (ws.writePrepared: an entity's removal).
//
// What a changeSet logs (audit.go: created, update, delete, linked, unlinked) is one batch
// of the audit log, undone and redone as a whole. A write that logs nothing (feeds,
// metadata: tables with no history) still runs inside a change: one shape for every write.
// TestWritesGoThroughAChange fails on a transaction opened, a changeSet built or an audit
// entry appended anywhere else, and on a write query run outside any transaction.

// changeSet records the changes of one user action, inside its transaction, as one
// batch of the audit log. Services make every change through it, so nothing escapes
// the log and every action can be undone as a whole.
type changeSet struct {
	ctx     context.Context
	q       *store.Queries
	ws      *Workspace
	batch   string
	summary string
	at      string
	tables  map[string]bool
	// siblings: the claim's other articles as resolveVagueOrigin read them in this action
	siblings *siblingReads
	// readAt: the row this save edits and when its form read it (app/read_at.go)
	readAt *readAtGuard
}

// newChange is the one constructor of a changeSet: a new audit batch of this session,
// stamped now, writing with q, the Queries of a write transaction the caller opened.
// summary describes the action for the history ("tag Olga Lyubimova as person"); it may
// be set later, before the first entry is logged.
func (ws *Workspace) newChange(ctx context.Context, q *store.Queries, summary string) *changeSet {
	return &changeSet{ctx: ctx, q: q, ws: ws, batch: ws.session.batchID(), summary: summary, at: ws.now(), tables: map[string]bool{}}
}

// change runs fn as one audited action in one write transaction. summary describes the
// action for the history. On success it tells the UI which tables changed.
func (ws *Workspace) change(summary string, fn func(c *changeSet) error) error {
	tables, err := ws.write(ws.Context(), summary, fn)
	if err != nil {
		return err
	}
	ws.notifyChanged(tables)
	return nil
}

// write runs fn as one change in a write transaction of its own and returns the tables
// it changed, for the caller to announce. what is the change's summary and names it in
// an error (fn may set a better summary once it knows it, as undo does).
func (ws *Workspace) write(ctx context.Context, what string, fn func(c *changeSet) error) (map[string]bool, error) {
	var c *changeSet
	err := ws.DB().InTx(ctx, func(q *store.Queries) error {
		c = ws.newChange(ctx, q, what)
		return fn(c)
	})
	if err != nil {
		return nil, storeErr(err, what)
	}
	return c.tables, nil
}

// writePrepared is write on a connection held for the change, whose statements are
// prepared once for it (a changeBatch) instead of on every call: for an action that runs
// the same few queries for each of thousands of rows. Deleting an entity with 5,000
// mentions spent 64 % of its CPU preparing the generated queries again for each mention
// (docs/performance.md, BenchmarkEntityRemoveManyMentions).
func (ws *Workspace) writePrepared(ctx context.Context, what string, fn func(c *changeSet) error) (map[string]bool, error) {
	if err := ws.DB().Healthy(ctx); err != nil {
		return nil, storeErr(err, what) // a damaged workspace is not written to, as InTx
	}
	cb, err := ws.openChangeBatch(ctx)
	if err != nil {
		return nil, storeErr(err, what)
	}
	defer cb.close()
	tables, err := cb.alone(ctx, what, fn)
	if err != nil {
		return nil, storeErr(err, what)
	}
	return tables, nil
}

// notifyChanged emits "workspace:changed" with the tables touched, so open views refresh.
func (ws *Workspace) notifyChanged(tables map[string]bool) {
	names := make([]string, 0, len(tables))
	for t := range tables {
		names = append(names, t)
	}
	ws.Events.Emit("workspace:changed", WorkspaceChanged{Tables: names})
}

// changeBatch runs many changes on one connection held for a run (db.Batch): statements
// are prepared once, and several changes share a transaction (begin … commit), each
// still its own batch of the audit log. Its owner decides when to commit and, when a
// change fails, whether to roll back the open transaction: a batch never commits part
// of a change, since a failed change leaves the transaction for the owner to roll back.
// Errors are returned as the store gave them, for the owner to map (a batch reports a
// failure per article, not per run).
type changeBatch struct {
	ws *Workspace
	b  *db.Batch
}

// openChangeBatch holds a connection for a run; close gives it back.
func (ws *Workspace) openChangeBatch(ctx context.Context) (*changeBatch, error) {
	b, err := ws.DB().OpenBatch(ctx)
	if err != nil {
		return nil, err
	}
	return &changeBatch{ws: ws, b: b}, nil
}

// begin opens a write transaction that spans several changes, unless one is open.
func (cb *changeBatch) begin(ctx context.Context) error { return cb.b.Begin(ctx) }

// change runs fn as one change inside the open transaction (opened first when none is)
// and returns the tables it changed, also when it fails.
func (cb *changeBatch) change(ctx context.Context, summary string, fn func(c *changeSet) error) (map[string]bool, error) {
	if err := cb.b.Begin(ctx); err != nil {
		return nil, err
	}
	c := cb.ws.newChange(ctx, cb.b.Queries(), summary)
	return c.tables, cb.b.UsedUpIDs(ctx, fn(c))
}

// alone runs fn as one change in a transaction of its own, committed when fn succeeds
// and rolled back when it fails or panics. No transaction may be open (begin).
func (cb *changeBatch) alone(ctx context.Context, summary string, fn func(c *changeSet) error) (map[string]bool, error) {
	var c *changeSet
	err := cb.b.InTx(ctx, func(q *store.Queries) error {
		c = cb.ws.newChange(ctx, q, summary)
		return fn(c)
	})
	if c == nil {
		return nil, err
	}
	return c.tables, err
}

// commit commits the open transaction (a no-op when none is open).
func (cb *changeBatch) commit(ctx context.Context) error { return cb.b.Commit(ctx) }

// rollback drops the open transaction's changes (a no-op when none is open).
func (cb *changeBatch) rollback() { cb.b.Rollback() }

// close rolls back a transaction left open and gives the connection back.
func (cb *changeBatch) close() {
	if cb != nil {
		cb.b.Close()
	}
}

// txOpen reports whether a transaction is open; age how long it has held the write lock.
func (cb *changeBatch) txOpen() bool       { return cb.b.TxOpen() }
func (cb *changeBatch) age() time.Duration { return cb.b.Age() }

// reads is the connection's Queries for reading with the prepared statements (inside the
// open transaction when one is open). Writes go through change: the rules test refuses
// a write query called on reads().
func (cb *changeBatch) reads() *store.Queries { return cb.b.Queries() }

// widenCache gives the connection a larger page cache for a long transaction (see
// db.Batch.WidenCache) and returns what puts the old one back.
func (cb *changeBatch) widenCache(ctx context.Context, kib int) func() {
	return cb.b.WidenCache(ctx, kib)
}
