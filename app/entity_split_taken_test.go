package app

import (
	"errors"
	"strings"
	"testing"
)

// Split takes an alias off an entity into a new entity named by it. When another live
// entity of that type already goes by that name ("Orrin", a second person known by the
// surname alone, beside "Maren Orrin" whose aliases held "Orrin"), the split made a
// third entity of the same name: two live people named Orrin, which Create and a rename
// refuse ("they would be the same entity"), a type-ahead with two of one name, and marks
// by name landing on whichever came first. It is refused, naming the one that exists,
// and nothing changes. Invented names.
func TestSplitOntoANameAnotherEntityHasIsRefused(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	nils, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Orrin"})
	if err != nil {
		t.Fatal(err)
	}
	maren, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Maren Orrin"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.AddAlias(maren.ID, "Orrin"); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)
	_, err = svc.Entities.Split(maren.ID, "Orrin")
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeConflict || !strings.Contains(e.Message, "entity 1") {
		t.Errorf("split of “Orrin” off Maren Orrin while person Orrin (entity %d) exists: %v; want a conflict naming it", nils.ID, err)
	}
	sameFullDump(t, "after the refused split", fullDump(t, ws), before)
	// an alias no other entity has still splits off
	if _, err := svc.Entities.AddAlias(maren.ID, "M. Orrin"); err != nil {
		t.Fatal(err)
	}
	if d, err := svc.Entities.Split(maren.ID, "M. Orrin"); err != nil || d.Name != "M. Orrin" {
		t.Errorf("split of M. Orrin: %+v %v", d.EntitySummary, err)
	}
}
