package db

import (
	"context"
	"errors"
	"testing"

	"claimdesk/db/store"
)

// A read snapshot sees the file as it stood when its first query ran: a write committed
// meanwhile by another connection is not seen inside, and is seen after.
func TestReadSnapshotIsolatesFromWriters(t *testing.T) {
	d := MustOpenDB(t)
	ctx := context.Background()
	if err := d.InTx(ctx, func(q *store.Queries) error { return setMeta(q, "snap", "old") }); err != nil {
		t.Fatal(err)
	}
	var first, second string
	err := d.ReadSnapshot(ctx, -8192, func(q *store.Queries) error {
		var err error
		if first, err = q.GetMeta(ctx, "snap"); err != nil {
			return err
		}
		// A writer carries on beside the reader (WAL) ...
		if err := d.InTx(ctx, func(w *store.Queries) error { return setMeta(w, "snap", "new") }); err != nil {
			return err
		}
		// ... and the reader still sees its snapshot.
		second, err = q.GetMeta(ctx, "snap")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if first != "old" || second != "old" {
		t.Fatalf("inside the snapshot: %q then %q, want old twice", first, second)
	}
	if got := meta(t, d, "snap"); got != "new" {
		t.Fatalf("after the snapshot: %q, want new", got)
	}
}

func TestReadSnapshotKeepsNoWriteAndRestoresCache(t *testing.T) {
	d := MustOpenDB(t)
	ctx := context.Background()
	// Hold the pool to one connection, so the snapshot's is the one checked after.
	d.SetMaxOpenConns(1)
	defer d.SetMaxOpenConns(MaxOpenConns)
	var before int
	if err := d.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&before); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := d.ReadSnapshot(ctx, -8192, func(q *store.Queries) error {
		if err := setMeta(q, "snapshot-write", "1"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("ReadSnapshot returned %v, want fn's error", err)
	}
	var after int
	if err := d.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&after); err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Fatalf("cache_size after the snapshot = %d, want %d", after, before)
	}
	if got := meta(t, d, "snapshot-write"); got != "" {
		t.Fatalf("a write inside a read snapshot was kept: %q", got)
	}
}
