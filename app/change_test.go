package app

import (
	"context"
	"errors"
	"testing"
)

// Changes of one batch share a transaction but stay separate actions: each is its own
// audit batch (undone alone), and rolling the transaction back keeps none of them.
func TestChangeBatchKeepsEachChangeItsOwnAction(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	ctx := context.Background()
	cb, err := ws.openChangeBatch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer cb.close()
	var batches []string
	for _, name := range []string{"first tag", "second tag"} {
		tables, err := cb.change(ctx, "create "+name, func(c *changeSet) error {
			batches = append(batches, c.batch)
			_, err := c.createTag(name, "")
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if !tables["tags"] {
			t.Fatalf("change %q reports tables %v, want tags", name, tables)
		}
	}
	if !cb.txOpen() {
		t.Fatal("the two changes should share one open transaction")
	}
	if batches[0] == "" || batches[0] == batches[1] {
		t.Fatalf("audit batches %q: want two different ones", batches)
	}
	// Nothing is visible to the rest of the app before the commit; rolled back, nothing stays.
	cb.rollback()
	if entries, err := svc.History.Recent(10); err != nil || len(entries) != 0 {
		t.Fatalf("after the rollback the log holds %d entries (%v), want none", len(entries), err)
	}
	for _, name := range []string{"third tag", "fourth tag"} {
		if _, err := cb.change(ctx, "create "+name, func(c *changeSet) error {
			_, err := c.createTag(name, "")
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := cb.commit(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := svc.History.State()
	if err != nil || st.UndoLabel != "create fourth tag" {
		t.Fatalf("undo offers %q (%v), want the last change alone", st.UndoLabel, err)
	}
	if st, err = svc.History.Undo(); err != nil || st.UndoLabel != "create third tag" {
		t.Fatalf("after one undo, undo offers %q (%v), want the first change", st.UndoLabel, err)
	}
}

// A change that fails keeps nothing and says why; ws.write maps the store's error.
func TestWriteRollsBackAFailedChange(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	boom := errors.New("boom")
	_, err := ws.write(ws.Context(), "two tags", func(c *changeSet) error {
		if _, err := c.createTag("kept only if all is well", ""); err != nil {
			return err
		}
		return boom
	})
	var appErr *Error
	if !errors.As(err, &appErr) || appErr.Code != CodeInternal {
		t.Fatalf("a failed change returned %v, want an internal Error", err)
	}
	if entries, err := svc.History.Recent(10); err != nil || len(entries) != 0 {
		t.Fatalf("a failed change left %d audit entries (%v)", len(entries), err)
	}
	tags, err := svc.Tags.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(tags) != 0 {
		t.Fatalf("a failed change left tags %v", tags)
	}
}
