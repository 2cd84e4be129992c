package app

import (
	"database/sql"
	"encoding/json"

	"claimdesk/db/store"
)

// HistoryService undoes and redoes the analyst's actions and shows the audit log. The
// undo and redo stacks are derived from the append-only log itself, so they survive a
// restart and every undo and redo is itself logged.
type HistoryService struct {
	ws *Workspace
}

// HistoryState tells the UI what Undo and Redo would do.
type HistoryState struct {
	CanUndo   bool   `json:"canUndo"`
	CanRedo   bool   `json:"canRedo"`
	UndoLabel string `json:"undoLabel"`
	RedoLabel string `json:"redoLabel"`
	// UndoNote says what Undo does not do, when that is what an analyst would expect:
	// after an import the step to undo is the suggester's run on the last article, and
	// the import itself is never undone (Remove takes an article out).
	UndoNote string `json:"undoNote"`
}

// AuditEntry is one line of the audit log.
type AuditEntry struct {
	ID       int64           `json:"id"`
	At       string          `json:"at"`
	Actor    string          `json:"actor"` // who did it: the analyst, or "suggester (run by …)" for a run's suggestions
	Action   string          `json:"action"`
	Table    string          `json:"table"`
	RowID    *int64          `json:"rowId"`
	Batch    string          `json:"batch"`
	Summary  string          `json:"summary"`
	Before   json.RawMessage `json:"before"`
	After    json.RawMessage `json:"after"`
	UndoesID *int64          `json:"undoesId"`
	// From names the workspace an entry was merged from ("" for this workspace's own):
	// another analyst's change, shown in the history, never undone here. Its id is
	// negative, so it never meets an id of the audit log.
	From string `json:"from"`
}

// State reports whether there is something to undo or redo, and what.
func (s *HistoryService) State() (HistoryState, error) {
	done, undone, err := stacks(s.ws.Context(), s.ws.DB().Q, s.ws.session)
	if err != nil {
		return HistoryState{}, storeErr(err, "the history")
	}
	var st HistoryState
	if n := len(done); n > 0 {
		st.CanUndo, st.UndoLabel = true, done[n-1].Summary
		if isSuggestRun(done[n-1].Summary) {
			st.UndoNote = "only the machine's suggestions for that article, not the import: Remove takes an article out"
		}
	}
	if n := len(undone); n > 0 {
		st.CanRedo, st.RedoLabel = true, undone[n-1].Summary
	}
	return st, nil
}

// Undo reverses the latest action not yet undone, as a whole.
func (s *HistoryService) Undo() (HistoryState, error) { return s.step(true) }

// Redo re-applies the latest undone action.
func (s *HistoryService) Redo() (HistoryState, error) { return s.step(false) }

func (s *HistoryService) step(undo bool) (HistoryState, error) {
	ws := s.ws
	ctx := ws.Context()
	// On a held connection with each query prepared once (writePrepared): undoing the
	// removal of an entity with 5,000 mentions restores every span, tag and alias with the
	// same few queries, which ws.write prepared again for each row (docs/performance.md).
	tables, err := ws.writePrepared(ctx, "the history", func(c *changeSet) error {
		done, undone, err := stacks(ctx, c.q, ws.session)
		if err != nil {
			return err
		}
		stack, verb := done, "undo"
		if !undo {
			stack, verb = undone, "redo"
		}
		if len(stack) == 0 {
			return Invalid("nothing to %s", verb)
		}
		target := stack[len(stack)-1]
		entries, err := c.q.ListAuditBatch(ctx, target.Batch)
		if err != nil {
			return err
		}
		c.summary = target.Summary
		if undo {
			for i := len(entries) - 1; i >= 0; i-- {
				if err := c.reverse(entries[i]); err != nil {
					return conflictOnStep(err, "undo", target.Summary)
				}
			}
		} else {
			for _, e := range entries {
				if err := c.replay(e); err != nil {
					return conflictOnStep(err, "redo", target.Summary)
				}
			}
		}
		return nil
	})
	if err != nil {
		return HistoryState{}, err
	}
	ws.notifyChanged(tables)
	st, err := s.State()
	if err == nil {
		ws.Events.Emit("history:changed", st)
	}
	return st, err
}

// ForRow returns the audit entries of one row, oldest first (a span's or claim's history).
func (s *HistoryService) ForRow(table string, id int64) ([]AuditEntry, error) {
	if _, ok := auditedTables[table]; !ok && table != "articles" {
		return nil, Invalid("no history is kept for %q", table)
	}
	rows, err := s.ws.DB().Q.ListAuditForRow(s.ws.Context(), store.ListAuditForRowParams{TableName: table, RowID: sql.NullInt64{Int64: id, Valid: true}})
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	rows, since := sinceCreated(rows)
	// Another workspace's entries on the row: with an earlier row of this id, only those a
	// merge stored from the row's creation here on. Their dates are their author's, older
	// than the merge that brought the row: kept by date, a merged row's past was lost.
	merged, err := s.ws.DB().Q.ListMergedHistoryForRow(s.ws.Context(), store.ListMergedHistoryForRowParams{
		TableName: table, RowID: sql.NullInt64{Int64: id, Valid: true}, SinceID: since})
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	return inTimeOrder(auditEntries(rows), mergedEntries(merged), false), nil
}

// sinceCreated keeps a row's entries from its own creation on. Ids fell free when rows were
// removed (before AUTOINCREMENT, schema v16, or when another program clears a sequence) and
// a new row may have taken one: the entries before its creation (an insert that undoes
// nothing) are another row's. The undo of a removal is an insert that undoes, so a row
// brought back keeps its past. since is the creation entry's id when entries were dropped, else 0.
func sinceCreated(rows []store.AuditLog) (kept []store.AuditLog, since int64) {
	for i := len(rows) - 1; i > 0; i-- {
		if !rows[i].Before.Valid && rows[i].After.Valid && !rows[i].UndoesID.Valid {
			return rows[i:], rows[i].ID
		}
	}
	return rows, 0
}

// Recent returns the latest entries of the whole log, newest first.
func (s *HistoryService) Recent(limit int64) ([]AuditEntry, error) {
	if limit <= 0 || limit > 10000 {
		return nil, Invalid("limit must be between 1 and 10000, got %d", limit)
	}
	rows, err := s.ws.DB().Q.ListRecentAudit(s.ws.Context(), limit)
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	merged, err := s.ws.DB().Q.ListRecentMergedHistory(s.ws.Context(), limit)
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	out := inTimeOrder(auditEntries(rows), mergedEntries(merged), true)
	return out[:min(len(out), int(limit))], nil
}

// inTimeOrder interleaves our entries and merged ones by time (each list already in
// order: oldest first, or newest first with newest). Ties keep ours first.
func inTimeOrder(ours, merged []AuditEntry, newest bool) []AuditEntry {
	out := make([]AuditEntry, 0, len(ours)+len(merged))
	i, j := 0, 0
	for i < len(ours) || j < len(merged) {
		takeOurs := j == len(merged) || (i < len(ours) && (ours[i].At == merged[j].At || (ours[i].At < merged[j].At) != newest))
		if takeOurs {
			out = append(out, ours[i])
			i++
		} else {
			out = append(out, merged[j])
			j++
		}
	}
	return out
}

func mergedEntries(rows []store.MergedHistory) []AuditEntry {
	out := make([]AuditEntry, 0, len(rows))
	for _, r := range rows {
		out = append(out, AuditEntry{
			ID: -r.ID, At: r.At, Actor: shownActor(r.Actor, r.Action, r.TableName, r.After), Action: r.Action, Table: r.TableName, RowID: nullID(r.RowID),
			Summary: r.Summary, Before: rawJSON(r.Before), After: rawJSON(r.After), From: r.MergedFrom,
		})
	}
	return out
}

// shownActor is who an entry reads as done by. The log stores the analyst whose
// workspace wrote it; a span created as a waiting suggestion was made by the suggester,
// on that analyst's run, and says so (the stored actor stays who ran it).
func shownActor(actor, action, table string, after sql.NullString) string {
	if action != "create" || table != "spans" || !after.Valid {
		return actor
	}
	var img struct {
		State string `json:"state"`
	}
	if json.Unmarshal([]byte(after.String), &img) != nil || img.State != "suggested" {
		return actor
	}
	return "suggester (run by " + actor + ")"
}

func auditEntries(rows []store.AuditLog) []AuditEntry {
	out := make([]AuditEntry, 0, len(rows))
	for _, r := range rows {
		out = append(out, AuditEntry{
			ID: r.ID, At: r.At, Actor: shownActor(r.Actor, r.Action, r.TableName, r.After), Action: r.Action, Table: r.TableName, RowID: nullID(r.RowID),
			Batch: r.Batch, Summary: r.Summary, Before: rawJSON(r.Before), After: rawJSON(r.After), UndoesID: nullID(r.UndoesID),
		})
	}
	return out
}

func rawJSON(s sql.NullString) json.RawMessage {
	if !s.Valid {
		return json.RawMessage("null")
	}
	return json.RawMessage(s.String)
}
