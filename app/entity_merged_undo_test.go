package app

import (
	"errors"
	"strings"
	"testing"
)

// Undo of an edit of an entity's own rows (an alias removed or added, a "speaks for" link
// removed or changed) after another window merged that entity away: the step put the
// alias or the link back on the merged-away row, which no page, type-ahead, suggestion or
// origin count reads (or took it off that row while the merge's copy stayed on the live
// entity), and said it was undone. Marks and claim mentions were already refused so
// (mergedAway); these are refused the same way, nothing changed, and go through once the
// merge is undone. Invented names.
func TestUndoOfAnAliasOrSpeaksForRemovalAfterAMergeIsRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(svc *Services, short, board int64) error
	}{
		{"alias", func(svc *Services, short, _ int64) error {
			_, err := svc.Entities.RemoveAlias(short, "Orrin")
			return err
		}},
		{"speaks for", func(svc *Services, short, _ int64) error {
			_, err := svc.Entities.SetSpeaksFor(short, 0)
			return err
		}},
		// the merge copies an alias and the link to the live entity: undoing the edit of
		// the merged-away row alone left the copy, and the Undo changed nothing one sees
		{"alias added", func(svc *Services, short, _ int64) error {
			_, err := svc.Entities.AddAlias(short, "Marin Orrin")
			return err
		}},
		{"speaks for changed", func(svc *Services, short, _ int64) error {
			council, err := svc.Sources.Create(SourceInput{Name: "Tollmarsh Council", Kind: "organisation"})
			if err != nil {
				return err
			}
			_, err = svc.Entities.SetSpeaksFor(short, council.ID)
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws, svc, other, full, short, board := orrinsBeforeTheMerge(t)
			if _, err := svc.Entities.SetSpeaksFor(short.ID, board.ID); err != nil {
				t.Fatal(err)
			}
			if err := tc.edit(svc, short.ID, board.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := other.Entities.Merge(short.ID, full.ID); err != nil {
				t.Fatal(err)
			}
			before := fullDump(t, ws)
			_, err := svc.History.Undo()
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeConflict || !strings.Contains(e.Message, "merged into") {
				t.Fatalf("Undo of the %s removal after the merge: %v; want a conflict saying M. Orrin was merged", tc.name, err)
			}
			sameFullDump(t, "after the refused Undo", fullDump(t, ws), before)
			// once the other window's merge is undone, the step goes through
			if _, err := other.History.Undo(); err != nil {
				t.Fatal(err)
			}
			if _, err := svc.History.Undo(); err != nil {
				t.Errorf("Undo once the merge is undone: %v", err)
			}
		})
	}
}
