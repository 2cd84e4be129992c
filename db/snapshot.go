package db

import (
	"context"
	"fmt"

	"claimdesk/db/store"
)

// ReadSnapshot runs fn on one connection inside a read transaction: in WAL mode every
// query fn makes sees the same snapshot of the file while writers carry on. cacheKiB,
// when not 0, is the connection's page cache while fn runs (as PRAGMA cache_size takes
// it; negative: KiB): a long read (an export reads every span and looks up entities,
// claims and articles all over the file) otherwise reads the same pages from the file
// again and again through SQLite's default 2 MB cache. The connection gets its own size
// back before it returns to the pool. The transaction is always rolled back: nothing fn
// might write through q is kept.
func (d *DB) ReadSnapshot(ctx context.Context, cacheKiB int, fn func(q *store.Queries) error) error {
	conn, err := d.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if cacheKiB != 0 {
		var cacheSize int64
		if err := conn.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&cacheSize); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = %d", cacheKiB)); err != nil {
			return err
		}
		defer conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA cache_size = %d", cacheSize))
	}
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	return fn(store.New(conn))
}
