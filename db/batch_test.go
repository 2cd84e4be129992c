package db

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"claimdesk/db/store"
)

// meta reads a workspace_meta value through the pool (another connection than the
// batch's), "" when the key is missing.
func meta(t *testing.T, d *DB, key string) string {
	t.Helper()
	v, err := d.Q.GetMeta(context.Background(), key)
	if err != nil {
		return ""
	}
	return v
}

func setMeta(q *store.Queries, key, value string) error {
	return q.SetMeta(context.Background(), store.SetMetaParams{Key: key, Value: value})
}

// openTestBatch opens a new workspace and a batch on it, closed with the test.
func openTestBatch(t *testing.T) (*DB, *Batch) {
	t.Helper()
	d := MustOpenDB(t)
	b, err := d.OpenBatch(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return d, b
}

// begunWith opens b's transaction and writes key in it.
func begunWith(t *testing.T, b *Batch, key string) {
	t.Helper()
	if err := b.Begin(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := setMeta(b.Queries(), key, "1"); err != nil {
		t.Fatal(err)
	}
}

func TestBatchSpansTransactionsAndPreparesOnce(t *testing.T) {
	d, b := openTestBatch(t)
	ctx := context.Background()
	if b.TxOpen() || b.Age() != 0 {
		t.Fatal("a new batch has no open transaction")
	}
	if err := b.Begin(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.Begin(ctx); err != nil { // already open: a no-op, not a nested BEGIN
		t.Fatalf("second Begin: %v", err)
	}
	for _, k := range []string{"batch-a", "batch-b", "batch-c"} {
		if err := setMeta(b.Queries(), k, "1"); err != nil {
			t.Fatal(err)
		}
	}
	if !b.TxOpen() {
		t.Fatal("the transaction should stay open across calls")
	}
	if got := meta(t, d, "batch-a"); got != "" {
		t.Fatalf("another connection sees %q before the commit", got)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"batch-a", "batch-b", "batch-c"} {
		if got := meta(t, d, k); got != "1" {
			t.Fatalf("%s after the commit = %q, want 1", k, got)
		}
	}
	if n := len(b.stmts); n != 1 {
		t.Fatalf("three SetMeta calls prepared %d statements, want 1", n)
	}
	// A second transaction reuses the statement.
	if err := b.InTx(ctx, func(q *store.Queries) error { return setMeta(q, "batch-d", "2") }); err != nil {
		t.Fatal(err)
	}
	if n := len(b.stmts); n != 1 {
		t.Fatalf("a second transaction prepared again: %d statements", n)
	}
	if got := meta(t, d, "batch-d"); got != "2" {
		t.Fatalf("batch-d = %q, want 2", got)
	}
}

func TestBatchRollbackKeepsNothing(t *testing.T) {
	d, b := openTestBatch(t)
	ctx := context.Background()
	begunWith(t, b, "gone")
	b.Rollback()
	if b.TxOpen() {
		t.Fatal("Rollback left the transaction open")
	}
	b.Rollback() // none open: a no-op
	if got := meta(t, d, "gone"); got != "" {
		t.Fatalf("a rolled-back write is visible: %q", got)
	}
	// InTx: an error rolls back, a panic rolls back and goes on.
	boom := errors.New("boom")
	if err := b.InTx(ctx, func(q *store.Queries) error {
		if err := setMeta(q, "gone-err", "1"); err != nil {
			return err
		}
		return boom
	}); !errors.Is(err, boom) {
		t.Fatalf("InTx returned %v, want boom", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the panic was swallowed")
			}
		}()
		b.InTx(ctx, func(q *store.Queries) error {
			setMeta(q, "gone-panic", "1")
			panic("mid-write")
		})
	}()
	for _, k := range []string{"gone-err", "gone-panic"} {
		if got := meta(t, d, k); got != "" {
			t.Fatalf("%s is visible after a failed transaction: %q", k, got)
		}
	}
	// The connection is usable after all that, and the lock was released: the pool writes.
	if err := d.InTx(ctx, func(q *store.Queries) error { return setMeta(q, "after", "1") }); err != nil {
		t.Fatalf("the pool cannot write after the batch's failures: %v", err)
	}
}

func TestBatchCloseRollsBackAnOpenTransaction(t *testing.T) {
	d, b := openTestBatch(t)
	ctx := context.Background()
	begunWith(t, b, "left-open")
	time.Sleep(time.Millisecond)
	if b.Age() <= 0 {
		t.Fatal("an open transaction has an age")
	}
	b.Close()
	var nilBatch *Batch
	nilBatch.Close() // a nil batch is closed already
	if got := meta(t, d, "left-open"); got != "" {
		t.Fatalf("Close committed the open transaction: %q", got)
	}
	if err := d.InTx(ctx, func(q *store.Queries) error { return setMeta(q, "after-close", "1") }); err != nil {
		t.Fatalf("Close kept the write lock: %v", err)
	}
}

func TestBatchWidenCacheRestores(t *testing.T) {
	_, b := openTestBatch(t)
	ctx := context.Background()
	cache := func() (n int) {
		if err := b.conn.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := cache()
	restore := b.WidenCache(ctx, -4096)
	if got := cache(); got != -4096 {
		t.Fatalf("cache_size while widened = %d, want -4096", got)
	}
	restore()
	if got := cache(); got != before {
		t.Fatalf("cache_size after restore = %d, want %d", got, before)
	}
}

// A damaged page met by a write inside a batch is remembered as DB.InTx remembers it:
// the next writes are refused (Healthy) instead of writing on over the damage. An undo
// runs on a batch (app/history.go), so this is the path every undo takes.
func TestBatchRemembersDamageFoundWhileWriting(t *testing.T) {
	d, b := openTestBatch(t)
	ctx := context.Background()
	if err := d.Healthy(ctx); err != nil {
		t.Fatalf("a fresh workspace is damaged: %v", err)
	}
	damaged := fmt.Errorf("database disk image is malformed: %w", ErrDamaged)
	if err := b.InTx(ctx, func(q *store.Queries) error { return damaged }); !IsCorrupt(err) {
		t.Fatalf("InTx returned %v, want the damage", err)
	}
	if err := d.Healthy(ctx); err == nil {
		t.Error("after a batch met a damaged page, the workspace still takes writes")
	}
}
