package app

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// TestReplayOfLatestBatchesIsTopOfWholeReplay: on random valid histories, the stacks
// replayed from any latest part of the log are the top parts of the stacks the whole
// log gives, so undo and redo never pick a different action than a full replay would.
func TestReplayOfLatestBatchesIsTopOfWholeReplay(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for run := 0; run < 300; run++ {
		var log []historyBatch
		var done, undone int
		for i := 0; i < 60; i++ {
			b := historyBatch{Batch: fmt.Sprint(i), FirstID: int64(i)}
			switch r := rng.Intn(10); {
			case r < 3 && done > 0:
				b.Kind, done, undone = "undo", done-1, undone+1
			case r < 5 && undone > 0:
				b.Kind, done, undone = "redo", done+1, undone-1
			default:
				b.Kind, done, undone = "create", done+1, 0
			}
			log = append(log, b)
		}
		wholeDone, wholeUndone := replayHistory(log)
		for from := range log {
			d, u := replayHistory(log[from:])
			if !isTopOf(d, wholeDone) || !isTopOf(u, wholeUndone) {
				t.Fatalf("run %d, from batch %d: done %v undone %v; whole log: done %v undone %v",
					run, from, batchIDs(d), batchIDs(u), batchIDs(wholeDone), batchIDs(wholeUndone))
			}
		}
	}
}

func isTopOf(part, whole []historyBatch) bool {
	if len(part) > len(whole) {
		return false
	}
	top := whole[len(whole)-len(part):]
	for i := range part {
		if part[i].Batch != top[i].Batch {
			return false
		}
	}
	return true
}

func batchIDs(bs []historyBatch) string {
	var s []string
	for _, b := range bs {
		s = append(s, b.Batch)
	}
	return strings.Join(s, ",")
}

// TestUndoReachesHistoryDepth: with the depth shrunk to 3, undo still reaches back 3
// actions after any number of earlier actions, undos count against the part read (so
// the depth holds while undoing), and redo brings the undone actions back in order.
func TestUndoReachesHistoryDepth(t *testing.T) {
	defer func(d int) { historyDepth = d }(historyDepth)
	historyDepth = 3
	_, svc := MustOpenWorkspace(t, false)
	a, s, _ := articleWith(t, svc, "", "Lyubimova")
	var ids []int64
	for i := 0; i < 8; i++ {
		sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Note: fmt.Sprint("note ", i), Start: s, End: s + 3, Quote: string([]rune(a.Body)[s : s+3])})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, sp.ID)
	}
	for i := 7; i >= 5; i-- {
		st, err := svc.History.State()
		if err != nil || !st.CanUndo {
			t.Fatalf("before undo %d: %+v %v", i, st, err)
		}
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Spans.Get(ids[i]); err == nil {
			t.Fatalf("undo %d left span %d", i, ids[i])
		}
	}
	// Five actions are left, so the undo stack still holds the depth's three.
	if st, _ := svc.History.State(); !st.CanUndo || !st.CanRedo {
		t.Fatalf("after three undos of eight actions: %+v", st)
	}
	for i := 5; i <= 7; i++ {
		if _, err := svc.History.Redo(); err != nil {
			t.Fatalf("redo %d: %v", i, err)
		}
		if _, err := svc.Spans.Get(ids[i]); err != nil {
			t.Fatalf("redo %d did not bring span %d back: %v", i, ids[i], err)
		}
	}
	if st, _ := svc.History.State(); st.CanRedo || !st.CanUndo {
		t.Fatalf("after redoing all: %+v", st)
	}
}
