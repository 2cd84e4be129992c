package app

import (
	"errors"
	"strings"
	"testing"
)

// An entity page left open in one window while another window merged that entity away
// ("M. Orrin" into "Maren Orrin"): the stale page's Add alias, Remove alias and "speaks
// for" used to write on the merged-away row, which no page, type-ahead, suggestion or
// origin count reads, and the page then showed the change as made. Rename was already
// refused (Update); these are refused the same way, naming the live entity, and store
// nothing. Invented names.
func TestStalePageEditsOfAMergedEntityAreRefused(t *testing.T) {
	ws, svc, other, full, short, board := orrinsBeforeTheMerge(t)
	// the other window merges while this one still shows M. Orrin's page
	if _, err := other.Entities.Merge(short.ID, full.ID); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)
	for name, call := range map[string]func() error{
		"AddAlias":     func() error { _, err := svc.Entities.AddAlias(short.ID, "Marin Orrin"); return err },
		"RemoveAlias":  func() error { _, err := svc.Entities.RemoveAlias(short.ID, "Orrin"); return err },
		"SetSpeaksFor": func() error { _, err := svc.Entities.SetSpeaksFor(short.ID, board.ID); return err },
	} {
		err := call()
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeConflict || !strings.Contains(e.Message, "Maren Orrin") {
			t.Errorf("%s on the merged-away M. Orrin: %v; want a conflict naming Maren Orrin", name, err)
		}
	}
	sameFullDump(t, "after the refused edits", fullDump(t, ws), before)
	// the live entity takes the same edits
	if d, err := svc.Entities.AddAlias(full.ID, "Marin Orrin"); err != nil || !contains(d.Aliases, "Marin Orrin") {
		t.Errorf("AddAlias on Maren Orrin: %v %v", d.Aliases, err)
	}
}

// orrinsBeforeTheMerge: a workspace with two windows, the people "Maren Orrin" and
// "M. Orrin" (alias "Orrin"), and the body "Tollmarsh Port Board"; nothing merged yet.
func orrinsBeforeTheMerge(t *testing.T) (*Workspace, *Services, *Services, EntityDetail, EntityDetail, Source) {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, true)
	other := secondWindow(t, ws)
	full, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Maren Orrin"})
	if err != nil {
		t.Fatal(err)
	}
	short, err := svc.Entities.Create(EntityInput{Type: "person", Name: "M. Orrin", Aliases: []string{"Orrin"}})
	if err != nil {
		t.Fatal(err)
	}
	board, err := svc.Sources.Create(SourceInput{Name: "Tollmarsh Port Board", Kind: "organisation"})
	if err != nil {
		t.Fatal(err)
	}
	return ws, svc, other, full, short, board
}
