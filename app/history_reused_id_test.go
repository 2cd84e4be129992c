package app

import (
	"strings"
	"testing"
)

// Span ids fall free when articles are removed and a new span may take one: its history
// then listed the removed span's (the walk of docs/ux-walks.md, uxwalk3: SUNDAL's side
// panel read "suggest 36 entities in 'Russian Culture Minister…'" and "remove 5
// articles"). A row's history starts at its own creation; the undo of a removal (a
// creation that undoes) keeps what came before it.
//
// Since schema v16 (AUTOINCREMENT) Claimdesk hands out each id once, but a workspace
// upgraded from v15 keeps the ids its history already gave twice, and another program can
// lower a sequence: the test lowers the spans sequence, as that history holds it.
func TestHistoryOfARowWhoseIDWasGivenAgain(t *testing.T) {
	ws, svc, old := sampleSpanRemoved(t)
	if _, err := ws.DB().Exec("UPDATE sqlite_sequence SET seq = ? WHERE name = 'spans'", old-1); err != nil {
		t.Fatal(err)
	}
	a := mustImportText(t, ws, svc, "mine.txt", "Tunnel collapse\n\nRescuers from Karvo reached the miners after Tomas Avelin arrived in Sundal on Thursday.\n")
	if _, err := svc.Suggestions.Run(a.ID); err != nil {
		t.Fatal(err)
	}
	var reused int
	if err := ws.DB().QueryRow("SELECT count(*) FROM spans WHERE id = ?", old).Scan(&reused); err != nil || reused != 1 {
		t.Fatalf("span id %d was not given again (%d, %v): the test needs it", old, reused, err)
	}
	h, err := svc.History.ForRow("spans", old)
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, e := range h {
		said = append(said, e.Action+": "+e.Summary)
	}
	if len(h) != 1 || !strings.Contains(h[0].Summary, "Tunnel collapse") {
		t.Errorf("the new span's history reads %q, want its own creation alone", said)
	}
}

// The undo of a removal brings the span back under its id: its history keeps the removal,
// the undo and what came before.
func TestHistoryOfARowBroughtBackByUndo(t *testing.T) {
	_, svc, old := sampleSpanRemoved(t)
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	h, err := svc.History.ForRow("spans", old)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 3 || h[0].Action != "create" || h[1].Action != "delete" {
		var said []string
		for _, e := range h {
			said = append(said, e.Action+": "+e.Summary)
		}
		t.Errorf("the restored span's history reads %q, want its creation, the removal and the undo", said)
	}
}

// sampleSpanRemoved opens a sample workspace with its suggestions, removes the sample
// articles and gives the id of the first span they held (now free).
func sampleSpanRemoved(t *testing.T) (*Workspace, *Services, int64) {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, false)
	ids := mustSampleIDs(t, svc)
	if _, err := svc.Suggestions.RunForArticles(ids); err != nil {
		t.Fatal(err)
	}
	var old int64
	if err := ws.DB().QueryRow("SELECT min(id) FROM spans").Scan(&old); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Articles.Remove(ids); err != nil {
		t.Fatal(err)
	}
	return ws, svc, old
}
