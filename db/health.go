package db

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// ErrDamaged is matched (errors.Is) by the error of a write refused because the
// workspace is damaged.
var ErrDamaged = errors.New("workspace damaged")

// healthWait is how long after opening a write waits for the quick check. The check
// reads every page: a few milliseconds on a small workspace, 13.5 s on the 450 MB
// benchmark workspace (20,000 articles, a million spans). Writes wait for it that long
// at most, then go ahead; from the moment it finds damage, every write is refused.
const healthWait = 2 * time.Second

// health is what the quick check run at open found (see Healthy).
type health struct {
	done    chan struct{}
	cancel  context.CancelFunc // stops the check when the workspace closes
	started time.Time
	mu      sync.Mutex
	damage  string // "" when healthy
}

// startHealthCheck runs PRAGMA quick_check in the background: opening a big workspace
// does not wait for it, the first write does (Healthy).
func (d *DB) startHealthCheck() {
	ctx, cancel := context.WithCancel(context.Background())
	d.health = &health{done: make(chan struct{}), cancel: cancel, started: time.Now()}
	go func() {
		defer close(d.health.done)
		detail, err := d.quickCheck(ctx)
		if err != nil && !IsCorrupt(err) {
			return // closed meanwhile, busy…: no finding either way
		}
		if err != nil {
			detail = err.Error()
		}
		if detail != "" {
			d.markDamaged(detail)
		}
	}()
}

// Close stops the quick check if it still runs and waits for it, then closes the pool:
// a check left running would hold a connection (and the -wal and -shm files) open after
// the workspace was closed, so the file could not be moved or removed at once.
func (d *DB) Close() error {
	if d.health != nil {
		d.health.cancel()
		<-d.health.done
	}
	return d.DB.Close()
}

// quickCheck returns what PRAGMA quick_check reports ("" for ok; at most 5 findings).
func (d *DB) quickCheck(ctx context.Context) (string, error) {
	rows, err := d.QueryContext(ctx, "PRAGMA quick_check(5)")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", err
		}
		if line != "ok" {
			found = append(found, line)
		}
	}
	return strings.Join(found, "; "), rows.Err()
}

// WaitHealthCheck waits until the quick check run at open has finished (or ctx ends):
// for a benchmark, whose figures would otherwise include the check reading every page
// on another core (13.5 s on the benchmark workspace).
func (d *DB) WaitHealthCheck(ctx context.Context) error {
	if d.health == nil {
		return nil
	}
	select {
	case <-d.health.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (d *DB) markDamaged(detail string) {
	if d.health == nil {
		return
	}
	d.health.mu.Lock()
	if d.health.damage == "" {
		d.health.damage = detail
	}
	d.health.mu.Unlock()
}

// Healthy returns an error naming the damage and the way out when the workspace is
// damaged: nothing is written to a damaged file. Soon after opening it waits for the
// quick check (healthWait at most); damage found while writing counts too.
func (d *DB) Healthy(ctx context.Context) error {
	if d.health == nil {
		return nil
	}
	wait := time.NewTimer(time.Until(d.health.started.Add(healthWait)))
	defer wait.Stop()
	select {
	case <-d.health.done:
	case <-wait.C:
	case <-ctx.Done():
		return ctx.Err()
	}
	d.health.mu.Lock()
	damage := d.health.damage
	d.health.mu.Unlock()
	if damage == "" {
		return nil
	}
	return &Error{Kind: ErrCorrupt, Err: ErrDamaged, Msg: fmt.Sprintf(
		"the workspace is damaged (SQLite found: %s); nothing more is written to it. Save what can be read with "+
			"`claimdesk backup --db %s COPY.db`, or recover it with the sqlite3 shell: "+
			"sqlite3 %s .recover | sqlite3 recovered.db (docs/reliability.md)", damage, d.Path, d.Path)}
}
