package app

import (
	"sync"

	"claimdesk/db"
)

// A sorted claim list is cut into pages from every claim that passes the filter, sorted
// (claims_sort.go), so each page the list scrolls to read and sorted them all again: on
// the 50,000-claim benchmark workspace 2.7 s (origins) to 10.4 s (contradictions) a page.
// The last sorted list is kept and reused while the workspace has not changed: the audit
// log's newest entry, as the suggester's cache reads it (suggest_cache.go: every change,
// undo and redo, in any window or process, appends an entry; a change made by another
// program than claimdesk is not seen until the next change or a reopen).

// sortedClaims is the last sorted list, the filter it was made for, and where the audit
// log stood when it was read.
type sortedClaims struct {
	mu   sync.Mutex
	db   *db.DB // the handle read from: another workspace (File ▸ Open) starts afresh
	at   int64
	f    ClaimFilter
	rows []ClaimSummary
}

// sortedList is List(f) for a sorted filter, from the kept list when nothing changed.
func (s *ClaimService) sortedList(f ClaimFilter) ([]ClaimSummary, error) {
	d := s.ws.DB()
	v, err := d.Q.SuggestInputsVersion(s.ws.Context()) // read before the list it guards
	if err != nil {
		return nil, storeErr(err, "the workspace's history")
	}
	c := &s.sorted
	c.mu.Lock()
	defer c.mu.Unlock() // a second page asked meanwhile waits for this one, then reuses it
	if c.rows != nil && c.db == d && c.at == v.AnyChange && c.f == f {
		return c.rows, nil
	}
	rows, err := s.List(f)
	if err != nil {
		return nil, err
	}
	c.db, c.at, c.f, c.rows = d, v.AnyChange, f, rows
	return rows, nil
}
