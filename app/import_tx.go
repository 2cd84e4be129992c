package app

import (
	"context"
	"database/sql"
	"time"

	"claimdesk/db/store"
)

// batchConn runs an import batch's transactions on one connection with its
// statements prepared once. sqlc's generated methods prepare every query on every
// call, which costs as much as the insert itself when thousands of articles are
// imported one transaction each; here each query is prepared on the batch's
// connection the first time it is used, and each transaction reuses it.
type batchConn struct {
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
	open  bool      // a transaction opened with begin is open
	began time.Time // when it was opened
}

func openBatchConn(ctx context.Context, db *sql.DB) (*batchConn, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	return &batchConn{conn: conn, stmts: map[string]*sql.Stmt{}}, nil
}

// begin opens a write transaction that spans several calls (see commit), unless one
// is open already.
func (b *batchConn) begin(ctx context.Context) error {
	if b.open {
		return nil
	}
	if _, err := b.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	b.open, b.began = true, time.Now()
	return nil
}

// queries runs on the connection, inside the open transaction.
func (b *batchConn) queries() *store.Queries { return store.New(stmtConn{b}) }

// commit commits the open transaction; if the commit fails it is rolled back.
func (b *batchConn) commit(ctx context.Context) error {
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

// rollback rolls the open transaction back (a no-op when none is open).
func (b *batchConn) rollback() {
	if b.open {
		b.conn.ExecContext(context.Background(), "ROLLBACK")
		b.open = false
	}
}

// close rolls back a transaction left open and releases the statements and the
// connection.
func (b *batchConn) close() {
	if b == nil {
		return
	}
	b.rollback()
	for _, st := range b.stmts {
		st.Close()
	}
	b.conn.Close()
}

// inTx runs fn in one write transaction on the batch's connection (BEGIN IMMEDIATE,
// as the workspace's _txlock does), rolling back on error or panic, as db.InTx does.
// database/sql's Tx would re-prepare every statement (Tx.Stmt cannot reuse one
// prepared on a Conn), so the transaction is driven with SQL on the held connection.
func (b *batchConn) inTx(ctx context.Context, fn func(q *store.Queries) error) (err error) {
	if _, err := b.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			b.conn.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	if err = fn(store.New(stmtConn{b})); err != nil {
		return err
	}
	if _, err = b.conn.ExecContext(ctx, "COMMIT"); err != nil {
		return err
	}
	committed = true
	return nil
}

// stmtConn is a store.DBTX that runs queries through the batch's prepared statements.
type stmtConn struct{ b *batchConn }

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
