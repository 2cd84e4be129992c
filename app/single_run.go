package app

import (
	"context"
	"sync"
)

// singleRun lets one long task of a service run at a time, cancellably: an import, a
// feed pull. A second start while one runs is a conflict with the service's message.
type singleRun struct {
	mu     sync.Mutex
	cancel context.CancelFunc
}

// start begins a run in a context derived from parent; done ends it (call it once,
// when the run returns).
func (r *singleRun) start(parent context.Context, busy string) (ctx context.Context, done func(), err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cancel != nil {
		return nil, nil, Conflict("%s", busy)
	}
	ctx, cancel := context.WithCancel(parent)
	r.cancel = cancel
	return ctx, func() {
		r.mu.Lock()
		r.cancel = nil
		r.mu.Unlock()
		cancel()
	}, nil
}

// stop cancels the running task; false when none runs.
func (r *singleRun) stop() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cancel == nil {
		return false
	}
	r.cancel()
	return true
}
