package app

import (
	"context"
	"math"
	"sort"

	"claimdesk/db/store"
)

// historyBatch is one batch of the audit log as the undo and redo stacks see it: one
// user action, or one undo or redo.
type historyBatch struct {
	Batch   string
	FirstID int64
	Kind    string // the least action of its rows: "create" for most actions, "undo", "redo"
	Summary string
	At      string
	Actor   string
}

// historyDepth is how many actions undo is guaranteed to reach back, across restarts.
// The stacks are replayed from the latest batches only: enough of them that at least
// this many actions remain after the undos among them. A variable so tests can shrink it.
var historyDepth = 1000

// historyPage is how many audit rows are read per step backwards.
const historyPage = 4096

// stacks returns session's undo (done) and redo (undone) stacks, each with its top
// last: its own actions and those of ended sessions (see sessions.go).
func stacks(ctx context.Context, q *store.Queries, s *session) (done, undone []historyBatch, err error) {
	view := &liveSessions{mine: s.id, known: map[string]bool{}}
	batches, err := recentBatches(ctx, q, historyDepth, view.undoable)
	if err != nil {
		return nil, nil, err
	}
	done, undone = replayHistory(batches)
	return done, undone, nil
}

// recentBatches reads the audit log backwards and returns, oldest first, the latest
// batches holding depth more actions than undos (or the whole log if it is shorter).
// Imports are not undoable and stay out. A batch's rows are contiguous (one transaction
// of the single writer), so the oldest batch returned is always complete.
func recentBatches(ctx context.Context, q *store.Queries, depth int, undoable func(batch string) bool) ([]historyBatch, error) {
	var out []*historyBatch
	byBatch := map[string]*historyBatch{}
	actions, undos := 0, 0
	before := int64(math.MaxInt64)
	for {
		rows, err := q.ListAuditHeadsBefore(ctx, store.ListAuditHeadsBeforeParams{BeforeID: before, MaxRows: historyPage})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			before = r.ID
			if r.Batch == "" || r.Action == "import" || !undoable(r.Batch) {
				continue
			}
			if b := byBatch[r.Batch]; b != nil {
				b.FirstID = r.ID
				b.Kind, b.At = min(b.Kind, r.Action), min(b.At, r.At)
				b.Summary, b.Actor = max(b.Summary, r.Summary), max(b.Actor, r.Actor)
				continue
			}
			if actions-undos >= depth {
				return oldestFirst(out), nil // the batches so far are complete: enough
			}
			b := &historyBatch{Batch: r.Batch, FirstID: r.ID, Kind: r.Action, Summary: r.Summary, At: r.At, Actor: r.Actor}
			byBatch[r.Batch] = b
			out = append(out, b)
			// A batch's kind is known once all its rows are read; its newest row tells
			// already whether it is an undo, a redo or an action (they never mix).
			switch r.Action {
			case "undo":
				undos++
			case "redo":
			default:
				actions++
			}
		}
		if len(rows) < historyPage {
			return oldestFirst(out), nil
		}
	}
}

func oldestFirst(bs []*historyBatch) []historyBatch {
	out := make([]historyBatch, len(bs))
	for i, b := range bs {
		out[i] = *b
	}
	sort.Slice(out, func(i, j int) bool { return out[i].FirstID < out[j].FirstID })
	return out
}

// replayHistory replays batches, oldest first: an action pushes on done (and clears
// undone), an undo moves done's top to undone, a redo moves it back. When batches are
// only the latest part of the log, an undo may reach an action older than them; the
// undone stack is then cleared, so it never offers to redo the wrong action: the
// stacks stay the top parts of the stacks the whole log gives.
func replayHistory(batches []historyBatch) (done, undone []historyBatch) {
	for _, b := range batches {
		switch b.Kind {
		case "undo":
			if n := len(done); n > 0 {
				undone = append(undone, done[n-1])
				done = done[:n-1]
			} else {
				undone = nil
			}
		case "redo":
			if n := len(undone); n > 0 {
				done = append(done, undone[n-1])
				undone = undone[:n-1]
			}
		default:
			done = append(done, b)
			undone = nil
		}
	}
	return done, undone
}
