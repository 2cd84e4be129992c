package db

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"claimdesk/db/store"
)

// Batch is a connection held for a run of many write transactions (an import, a
// suggestion run, a merge) with its statements prepared once. sqlc's generated methods
// prepare every query on every call, which costs as much as the insert itself when
// thousands of articles are imported one transaction each; here each query is prepared
// on the batch's connection the first time it is used, and every transaction reuses it.
//
// A transaction is either one call (InTx) or spans several (Begin … Commit or
// Rollback). database/sql's Tx would re-prepare every statement (Tx.Stmt cannot reuse
// one prepared on a Conn), so the transaction is driven with SQL on the held connection:
// BEGIN IMMEDIATE, as the workspace's _txlock does for DB.InTx.
type Batch struct {
	d     *DB
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
	open  bool      // a transaction opened with Begin is open
	began time.Time // when it was opened
}

// OpenBatch takes a connection from the pool for a batch; Close gives it back.
func (d *DB) OpenBatch(ctx context.Context) (*Batch, error) {
	conn, err := d.Conn(ctx)
	if err != nil {
		return nil, err
	}
	return &Batch{d: d, conn: conn, stmts: map[string]*sql.Stmt{}}, nil
}

// Begin opens a write transaction that spans several calls (see Commit), unless one is
// open already.
func (b *Batch) Begin(ctx context.Context) error {
	if b.open {
		return nil
	}
	if _, err := b.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	b.open, b.began = true, time.Now()
	return nil
}

// TxOpen reports whether a transaction opened with Begin is open.
func (b *Batch) TxOpen() bool { return b.open }

// Age is how long the open transaction has held the write lock (0 when none is open).
func (b *Batch) Age() time.Duration {
	if !b.open {
		return 0
	}
	return time.Since(b.began)
}

// Queries runs on the batch's connection (inside the open transaction, if any) with
// its prepared statements.
func (b *Batch) Queries() *store.Queries { return store.New(stmtConn{b}) }

// Commit commits the open transaction (a no-op when none is open); if the commit fails
// it is rolled back.
func (b *Batch) Commit(ctx context.Context) error {
	if !b.open {
		return nil
	}
	b.open = false
	if _, err := b.conn.ExecContext(ctx, "COMMIT"); err != nil {
		b.conn.ExecContext(context.Background(), "ROLLBACK")
		return err
	}
	return nil
}

// Rollback rolls the open transaction back (a no-op when none is open).
func (b *Batch) Rollback() {
	if b.open {
		b.conn.ExecContext(context.Background(), "ROLLBACK")
		b.open = false
	}
}

// Close rolls back a transaction left open and releases the statements and the
// connection. A nil batch is closed already.
func (b *Batch) Close() {
	if b == nil {
		return
	}
	b.Rollback()
	for _, st := range b.stmts {
		st.Close()
	}
	b.conn.Close()
}

// InTx runs fn in one write transaction of its own on the batch's connection, rolling
// back on error or panic, as DB.InTx does.
func (b *Batch) InTx(ctx context.Context, fn func(q *store.Queries) error) (err error) {
	if _, err := b.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			b.conn.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	if err = fn(b.Queries()); err != nil {
		if IsCorrupt(err) {
			b.d.markDamaged(err.Error()) // as DB.InTx: the next writes are refused
		}
		return usedUpIDs(ctx, b.conn, err)
	}
	if _, err = b.conn.ExecContext(ctx, "COMMIT"); err != nil {
		return err
	}
	committed = true
	return nil
}

// UsedUpIDs is err, or the used-up id sequence it turns out to be (see usedUpIDs), for a
// change run inside a transaction that spans several (Begin).
func (b *Batch) UsedUpIDs(ctx context.Context, err error) error { return usedUpIDs(ctx, b.conn, err) }

// WidenCache sets the connection's page cache (as PRAGMA cache_size takes it; negative:
// KiB) for one long transaction and returns what puts the old size back: the connection
// goes back to the pool, and the rest of the app keeps the default.
func (b *Batch) WidenCache(ctx context.Context, kib int) (restore func()) {
	var old int
	if err := b.conn.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&old); err != nil {
		return func() {}
	}
	b.conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = %d", kib))
	return func() { b.conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA cache_size = %d", old)) }
}

// stmtConn is a store.DBTX that runs queries through the batch's prepared statements.
type stmtConn struct{ b *Batch }

func (t stmtConn) stmt(ctx context.Context, query string) *sql.Stmt {
	st, ok := t.b.stmts[query]
	if !ok {
		var err error
		if st, err = t.b.conn.PrepareContext(ctx, query); err != nil {
			return nil
		}
		t.b.stmts[query] = st
	}
	return st
}

func (t stmtConn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return t.b.conn.ExecContext(ctx, query, args...)
}

func (t stmtConn) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.b.conn.PrepareContext(ctx, query)
}

func (t stmtConn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return t.b.conn.QueryContext(ctx, query, args...)
}

func (t stmtConn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return t.b.conn.QueryRowContext(ctx, query, args...)
}
