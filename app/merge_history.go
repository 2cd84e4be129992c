package app

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"

	"claimdesk/db/store"
)

// The other side's history is appended to ours (docs/merge.md, "History"): every entry
// of their audit log, and what they had merged from others, goes to merged_history
// attributed to its actor, with its row id turned into ours. Kept apart from audit_log,
// none of it joins our undo stack; the rows are added like any merged row (and logged
// as the merge's creations), so undoing the merge removes them with the rest.

// mergedHistoryTable is how the merge adds merged_history rows (no matching by uuid:
// entries meet by entry_key, see appendHistory).
var mergedHistoryTable = mergeTable{name: "merged_history", key: []string{"id"},
	addMany: (*store.Queries).RestoreManyMergedHistory, maxID: (*store.Queries).MaxIDMergedHistory}

// historyEntry is the image of one merged_history row.
type historyEntry struct {
	ID         int64   `json:"id"`
	EntryKey   string  `json:"entry_key"`
	At         string  `json:"at"`
	Actor      string  `json:"actor"`
	Action     string  `json:"action"`
	TableName  string  `json:"table_name"`
	RowID      *int64  `json:"row_id"`
	Summary    string  `json:"summary"`
	Before     *string `json:"before"`
	After      *string `json:"after"`
	MergedFrom string  `json:"merged_from"`
}

// entryKey names an audit entry in every workspace: the batch that made it (batch ids
// carry the session and random bits) and its place in the batch; an entry logged
// without a batch is named by its content.
func entryKey(e store.AuditLog, ordinal int) string {
	if e.Batch != "" {
		return e.Batch + "#" + strconv.Itoa(ordinal)
	}
	h := sha256.New()
	for _, s := range []string{e.At, e.Actor, e.Action, e.TableName, strconv.FormatInt(e.RowID.Int64, 10), e.Before.String, e.After.String} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "h:" + hex.EncodeToString(h.Sum(nil))
}

// batchOfKey is the batch part of an entry key ("" for a content key).
func batchOfKey(key string) string {
	if b, _, ok := strings.Cut(key, "#"); ok && !strings.HasPrefix(key, "h:") {
		return b
	}
	return ""
}

// heldHistory is what our workspace already holds of anyone's history: entries of our
// own batches (they came back round) and the entries merged_history holds, by entry key.
type heldHistory struct {
	own  map[string]bool // our audit log's batches
	keys map[string]bool // entry keys: merged_history's, and our entries logged without a batch
}

func (h *heldHistory) holds(key string) bool { return h.keys[key] || h.own[batchOfKey(key)] }

// held reads what we hold, once per merge (before the merge appends anything).
func (m *merger) held() (*heldHistory, error) {
	if m.heldHist != nil {
		return m.heldHist, nil
	}
	ctx := m.c.ctx
	ours, err := m.c.q.ListAuditBatches(ctx)
	if err != nil {
		return nil, err
	}
	h := &heldHistory{own: make(map[string]bool, len(ours)), keys: map[string]bool{}}
	for _, b := range ours {
		h.own[b] = true
	}
	keys, err := m.c.q.ListMergedHistoryKeys(ctx)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		h.keys[k] = true
	}
	// Our entries logged without a batch (imports before sessions) are known by content.
	unbatched, err := m.c.q.ListAuditBatch(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, e := range unbatched {
		h.keys[entryKey(e, 0)] = true
	}
	m.heldHist = h
	return h, nil
}

// theirLog is their whole audit log with each entry's key, read once per merge.
func (m *merger) theirLog() ([]store.AuditLog, map[int64]string, error) {
	if m.theirKeys != nil {
		return m.theirEntries, m.theirKeys, nil
	}
	log, err := m.theirs.ListAuditEntries(m.c.ctx)
	if err != nil {
		return nil, nil, err
	}
	keys := make(map[int64]string, len(log))
	ordinal := map[string]int{}
	for _, e := range log {
		n := ordinal[e.Batch]
		ordinal[e.Batch] = n + 1
		keys[e.ID] = entryKey(e, n)
	}
	m.theirEntries, m.theirKeys = log, keys
	return log, keys, nil
}

// nothingNew reports whether we hold every entry of their log of row id of table (and
// there is one): we merged all they did to the row before, or it is history we share. So
// what our row holds now is our decision on it then (mine or theirs) or our change since,
// and stands; and a row we do not have any more is one we deleted or undid since, not one
// of theirs to add again.
func (m *merger) nothingNew(table string, id int64) (bool, error) {
	if m.theirRowsHeld == nil {
		h, err := m.held()
		if err != nil {
			return false, err
		}
		log, keys, err := m.theirLog()
		if err != nil {
			return false, err
		}
		rows := map[loggedRow]bool{}
		for _, e := range log {
			if !e.RowID.Valid {
				continue
			}
			r := loggedRow{e.TableName, e.RowID.Int64}
			all, seen := rows[r]
			rows[r] = (all || !seen) && h.holds(keys[e.ID])
		}
		m.theirRowsHeld = rows
	}
	return m.theirRowsHeld[loggedRow{table, id}], nil
}

// loggedRow names a row as the audit log does: its table and row_id.
type loggedRow struct {
	table string
	id    int64
}

// appendHistory adds their log and their merged history to ours, each entry once:
// not one of our own (it came back round), not one we hold already.
func (m *merger) appendHistory(from string) error {
	ctx := m.c.ctx
	h, err := m.held()
	if err != nil {
		return err
	}
	next, err := m.c.q.MaxIDMergedHistory(ctx)
	if err != nil {
		return err
	}
	t := mergedHistoryTable
	m.ids[t.name] = map[int64]int64{}
	add := func(e historyEntry, theirRow sql.NullInt64) error {
		if h.holds(e.EntryKey) {
			return nil
		}
		h.keys[e.EntryKey] = true
		if theirRow.Valid {
			if id, ok := m.ids[e.TableName][theirRow.Int64]; ok {
				e.RowID = &id
			}
		}
		next++
		e.ID = next
		img, err := json.Marshal(e)
		if err != nil {
			return err
		}
		m.added = append(m.added, img)
		m.plan.Added[t.name]++
		if len(m.added) >= addChunk {
			return m.writeAdded(t)
		}
		return nil
	}
	// What reached them from others first (older hands), then their own log.
	carried, err := m.theirs.ListMergedHistory(ctx)
	if err != nil {
		return err
	}
	for _, h := range carried {
		if err := add(historyEntry{EntryKey: h.EntryKey, At: h.At, Actor: h.Actor, Action: h.Action, TableName: h.TableName,
			Summary: h.Summary, Before: nullPtr(h.Before), After: nullPtr(h.After), MergedFrom: h.MergedFrom}, h.RowID); err != nil {
			return err
		}
	}
	log, keys, err := m.theirLog()
	if err != nil {
		return err
	}
	for _, e := range log {
		if e.TableName == t.name {
			continue // their merge appending history: what it appended comes above
		}
		if err := add(historyEntry{EntryKey: keys[e.ID], At: e.At, Actor: e.Actor, Action: e.Action, TableName: e.TableName,
			Summary: e.Summary, Before: nullPtr(e.Before), After: nullPtr(e.After), MergedFrom: from}, e.RowID); err != nil {
			return err
		}
	}
	return m.writeAdded(t)
}

func nullPtr(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	return &s.String
}
