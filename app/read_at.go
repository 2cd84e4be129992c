package app

// A record the UI edits carries ReadAt, the audit log's newest id when it was read; a
// save sends it back. Two windows (the desktop window and a browser on `serve`, or two
// analysts on one file) could otherwise each save a form over the other's newer edit,
// silently. The audit log is the one history of every change, undo and redo included,
// so it says what changed a row since: a save that would change a field another save
// changed after ReadAt is refused with conflict, and nothing is written. A field changed
// elsewhere that this save leaves alone (or sets to what it already holds) is no
// conflict, so an edit of one field never fails over an edit of another, nor over the
// claim's updated_at that every mention edit touches.

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"claimdesk/db/store"
)

// readAtGuard is the row a save edits and the audit id its form was read at.
type readAtGuard struct {
	table  string
	id     int64
	readAt int64
	what   string // how the message names the record: "claim", "mention", "source"
}

// guard makes the change refuse to overwrite fields of row id of table that another save
// changed after readAt (nil: the caller read nothing, as the CLI; nothing is checked).
// Called before the change writes anything. A readAt the log has not reached (a form
// read in another workspace before File > Open, or in a copy of this file) says nothing
// about this row's changes, and would let every overwrite through: refused, as is a
// negative one.
func (c *changeSet) guard(table string, id int64, readAt *int64, what string) error {
	if readAt == nil {
		return nil
	}
	if *readAt < 0 {
		return Invalid("readAt is the audit log id a record was read at, 0 or more; got %d", *readAt)
	}
	newest, err := c.q.MaxAuditID(c.ctx)
	if err != nil {
		return err
	}
	if *readAt > newest {
		return Conflict("This %s's form was read elsewhere (at history entry %d; this workspace's history ends at %d): another workspace, or another copy of this file. Reload it here; nothing was saved.", what, *readAt, newest)
	}
	c.readAt = &readAtGuard{table: table, id: id, readAt: *readAt, what: what}
	return nil
}

// bookkeeping columns change on every save and say nothing the analyst typed.
var bookkeeping = map[string]bool{"updated_at": true, "created_at": true, "id": true, "uuid": true}

// checkReadAt refuses the update of a guarded row from image before to image after when a
// field it changes was changed by another save since the guard's readAt.
func (c *changeSet) checkReadAt(table string, id int64, before, after string) error {
	g := c.readAt
	if g == nil || g.table != table || g.id != id {
		return nil
	}
	mine := changedFields(before, after)
	if len(mine) == 0 {
		return nil
	}
	rows, err := c.q.ListAuditForRowAfter(c.ctx, store.ListAuditForRowAfterParams{
		TableName: table, RowID: sql.NullInt64{Int64: id, Valid: true}, AfterID: g.readAt,
	})
	if err != nil {
		return err
	}
	// The row as the form read it is the before-image of the first later change by
	// another save (this save's own earlier steps skipped). A field this save changes
	// that reads otherwise now was changed elsewhere, and would be overwritten; one
	// changed and changed back (an undo) reads the same, and is no conflict.
	read, at, seen := "", "", false
	for _, r := range rows {
		if r.Batch == c.batch {
			continue
		}
		if !seen {
			read, seen = r.Before.String, true
		}
		if len(both(changedFields(r.Before.String, r.After.String), mine)) > 0 {
			at = r.At
		}
	}
	if !seen {
		return nil
	}
	if read == "" {
		// the row was made after readAt (a readAt of 0, or of another workspace whose
		// log is shorter): the form read some other record, not this one
		return Conflict("This %s did not exist yet when its form was read (history entry %d): the form shows another record, of another workspace or an older copy. Reload it; nothing was saved.", g.what, g.readAt)
	}
	clash := both(changedFields(read, before), mine)
	if len(clash) == 0 {
		return nil
	}
	// Stale: the UI knows this refusal from other conflicts (workspace busy, a name taken)
	// by the marker (frontend/src/lib/saveConflict.ts), not by these words
	return StaleSave("This %s was changed in another window %s (%s): reload to see it. Nothing was saved; your text is still here to copy.",
		g.what, shownWhen(at, c.at), strings.ReplaceAll(strings.Join(clash, ", "), "_", " "))
}

// both are the fields in a and in b.
func both(a, b []string) []string {
	var out []string
	for _, f := range a {
		if slices.Contains(b, f) {
			out = append(out, f)
		}
	}
	return out
}

// changedFields are the columns whose values differ between two row images, bookkeeping
// left out. A missing image (a row created or deleted) changes every column of the other.
func changedFields(before, after string) []string {
	var a, b map[string]any
	_ = json.Unmarshal([]byte(before), &a)
	_ = json.Unmarshal([]byte(after), &b)
	var out []string
	seen := map[string]bool{}
	for _, m := range []map[string]any{a, b} {
		for k := range m {
			if seen[k] || bookkeeping[k] {
				continue
			}
			seen[k] = true
			va, oka := a[k]
			vb, okb := b[k]
			if oka != okb || !reflect.DeepEqual(va, vb) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// shownWhen is when the other save was made, in the analyst's local time: "at 14:02"
// today (as of now), else "on 2026-05-08 at 14:02".
func shownWhen(at, now string) string {
	t, err := time.Parse(timeLayout, at)
	if err != nil {
		return "meanwhile"
	}
	n, err := time.Parse(timeLayout, now)
	t = t.Local()
	if err == nil && n.Local().Format("2006-01-02") == t.Format("2006-01-02") {
		return "at " + t.Format("15:04")
	}
	return fmt.Sprintf("on %s at %s", t.Format("2006-01-02"), t.Format("15:04"))
}

// readAtNow is the audit id a record read now is read at: taken before the record, so
// a save landing between the two reads makes a later save of this form refused (ask to
// reload), never silently accepted.
func (ws *Workspace) readAtNow(q *store.Queries) (int64, error) {
	return q.MaxAuditID(ws.Context())
}
