package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"claimdesk/app/names"
	"claimdesk/db"
	"claimdesk/db/store"
)

// MergeService merges another analyst's workspace into the open one (docs/merge.md).
// Articles meet by their text's hash, every other row by its uuid (sources and tags
// also by their unique name). A row only one side has is added; a row both have with
// different values is taken from the side that changed it, when the other side's
// history shows the value it replaced, and is otherwise a conflict the analyst resolves
// (mine or theirs). Entities that meet only by name are proposed for merging, never
// merged. The whole merge is one action of the audit log: one undo takes it back.
type MergeService struct {
	ws *Workspace
}

// MergeField is one column that differs between the two sides of a conflict.
type MergeField struct {
	Field  string `json:"field"`
	Mine   string `json:"mine"`
	Theirs string `json:"theirs"`
}

// MergeConflict is a row both workspaces changed differently.
type MergeConflict struct {
	Key    string       `json:"key"` // table:uuid, what a resolution names
	Table  string       `json:"table"`
	UUID   string       `json:"uuid"`
	Label  string       `json:"label"`
	Fields []MergeField `json:"fields"`
	Take   string       `json:"take"` // "" (undecided), "mine" or "theirs"
}

// EntityNameMatch is an entity of theirs whose name meets one of ours by its normalised
// key but not by uuid: proposed for merging on the Entities page, never merged here.
type EntityNameMatch struct {
	Type       string `json:"type"`
	Name       string `json:"name"`
	EntityID   int64  `json:"entityId"`   // ours
	TheirsName string `json:"theirsName"` // as added from theirs
	AddedID    int64  `json:"addedId"`    // the entity the merge added
}

// MergeResolution decides one conflict: take "mine" or "theirs".
type MergeResolution struct {
	Key  string `json:"key"`
	Take string `json:"take"`
}

// MergePlan is what a merge does (Preview) or did (Merge).
type MergePlan struct {
	Theirs    string            `json:"theirs"`
	Added     map[string]int    `json:"added"`   // rows added, by table
	Matched   map[string]int    `json:"matched"` // rows both sides have, by table
	Updated   map[string]int    `json:"updated"` // rows taken from theirs, by table
	Conflicts []MergeConflict   `json:"conflicts"`
	Proposals []EntityNameMatch `json:"proposals"`
	// LeftOut are their rows not brought back because we deleted them (or undid them)
	// and their log holds nothing newer, with the rows that hang on them: per table, in
	// merge order. Without it "they had nothing new" and "I deleted mine" look alike.
	LeftOut []MergeLeftOut `json:"leftOut"`
	Applied bool           `json:"applied"`
}

// MergeLeftOut is one table's rows of theirs a merge leaves out because we deleted them.
type MergeLeftOut struct {
	Table string `json:"table"`
	Count int    `json:"count"`
	// Names are the rows' names or statements (sources, entities, claims, articles,
	// tags), each cut to leftOutNameRunes; at most leftOutNames of them (Count says all).
	Names []string `json:"names"`
}

// Changes counts the rows the merge adds or changes.
func (p MergePlan) Changes() int {
	n := 0
	for _, v := range p.Added {
		n += v
	}
	for _, v := range p.Updated {
		n += v
	}
	return n
}

// Preview reports what merging the workspace at path would do, changing nothing.
func (s *MergeService) Preview(path string) (MergePlan, error) {
	return s.run(path, nil, false)
}

// Merge merges the workspace at path into the open one. Every conflict must be
// resolved (mine or theirs); otherwise nothing changes and the error says how many
// remain. Merging the same workspace again changes nothing.
func (s *MergeService) Merge(path string, resolutions []MergeResolution) (MergePlan, error) {
	return s.run(path, resolutions, true)
}

func (s *MergeService) run(path string, resolutions []MergeResolution, apply bool) (MergePlan, error) {
	take := map[string]string{}
	for _, r := range resolutions {
		if r.Take != "mine" && r.Take != "theirs" {
			return MergePlan{}, Invalid("a conflict is resolved with mine or theirs; got %q for %s", r.Take, r.Key)
		}
		take[r.Key] = r.Take
	}
	ws := s.ws
	ctx := ws.Context()
	theirs, origin, cleanup, err := openTheirs(ctx, ws.DB().Path, path)
	if err != nil {
		return MergePlan{}, err
	}
	defer cleanup()
	b, err := ws.openChangeBatch(ctx)
	if err != nil {
		return MergePlan{}, storeErr(err, "the workspace")
	}
	defer b.close()
	// A merge writes every row of the other workspace in one transaction: with the
	// default 2 MB page cache SQLite spills dirty pages to the WAL again and again.
	restore := b.widenCache(ctx, mergeCacheKiB)
	defer restore()
	if err := b.begin(ctx); err != nil {
		return MergePlan{}, storeErr(err, "the workspace")
	}
	m := &merger{theirs: theirs.Q, take: take, ids: map[string]map[int64]int64{},
		plan: MergePlan{Theirs: filepath.Base(path), Added: map[string]int{}, Matched: map[string]int{}, Updated: map[string]int{},
			Conflicts: []MergeConflict{}, Proposals: []EntityNameMatch{}, LeftOut: []MergeLeftOut{}}}
	tables, err := b.change(ctx, "merge "+filepath.Base(path), func(c *changeSet) error {
		m.c = c
		if err := m.mergeAll(); err != nil {
			return err
		}
		if err := m.rereadMentions(); err != nil {
			return err
		}
		return m.appendHistory(origin)
	})
	if err != nil {
		b.rollback()
		return MergePlan{}, storeErr(err, "the merge")
	}
	undecided := 0
	for _, k := range m.plan.Conflicts {
		if k.Take == "" {
			undecided++
		}
	}
	if !apply || undecided > 0 {
		b.rollback()
		if apply {
			return m.plan, Conflict("%d conflict(s) need a decision (mine or theirs) before merging; nothing was changed", undecided)
		}
		return m.plan, nil
	}
	if err := b.commit(ctx); err != nil {
		return MergePlan{}, storeErr(err, "the merge")
	}
	m.plan.Applied = true
	ws.notifyChanged(tables)
	return m.plan, nil
}

// mergeCacheKiB is the page cache of a merge's connection, as PRAGMA cache_size takes
// it (negative: KiB): 128 MB, enough to hold the pages a 100,000-span merge dirties.
const mergeCacheKiB = -128 << 10

// openTheirs opens a private, migrated copy of the workspace at path, so that merging
// never writes to the other analyst's file (not even to migrate it).
// origin names the file their history came from: the workspace file, or for a bundle
// the workspace it was exported from.
func openTheirs(ctx context.Context, minePath, path string) (d *db.DB, origin string, cleanup func(), err error) {
	if strings.TrimSpace(path) == "" {
		return nil, "", nil, Invalid("choose the workspace to merge")
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, "", nil, NotFound("no workspace at %s", path)
	}
	if mine, err := os.Stat(minePath); err == nil && os.SameFile(mine, st) {
		return nil, "", nil, Invalid("%s is the open workspace; choose another analyst's workspace to merge", filepath.Base(path))
	}
	if st.Mode().IsRegular() && st.Size() == 0 {
		// SQLite would open it as a new, empty workspace and "merge" nothing.
		return nil, "", nil, Invalid("%s is empty (0 bytes), not a Claimdesk workspace; nothing was merged", filepath.Base(path))
	}
	dir, err := os.MkdirTemp("", "claimdesk-merge-")
	if err != nil {
		return nil, "", nil, Internal(err, "preparing the merge")
	}
	origin = filepath.Base(path)
	cleanup = func() { os.RemoveAll(dir) }
	copyPath := filepath.Join(dir, "theirs.db")
	if isBundle(path) {
		// An export bundle: read into a scratch workspace, then merged as one.
		from, err := readBundle(ctx, path, copyPath, filepath.Base(path))
		if err != nil {
			cleanup()
			return nil, "", nil, err
		}
		origin = from
	} else if err := copyWorkspace(ctx, path, copyPath); err != nil {
		cleanup()
		return nil, "", nil, Invalid("%s is not a Claimdesk workspace (or export bundle) that can be read: %v", filepath.Base(path), err)
	}
	d, _, err = db.Open(ctx, copyPath, db.MustExist)
	if err != nil {
		cleanup()
		return nil, "", nil, theirsRefused(filepath.Base(path), copyPath, err)
	}
	return d, origin, func() { d.Close(); os.RemoveAll(dir) }, nil
}

// theirsRefused words why the copy of their file (at copyPath) did not open, naming
// their file by name: the private copy's path means nothing to the analyst and, through
// serve, would show a browser page a path on the server. db's advice for the workspace
// being opened ("choose another file with --db") is not for the file being merged.
func theirsRefused(name, copyPath string, err error) error {
	var de *db.Error
	if errors.As(err, &de) && de.Kind == db.ErrNotSQLite {
		return Invalid("%s is not a Claimdesk workspace (or export bundle); nothing was merged", name)
	}
	return Invalid("%s cannot be merged: %s", name, strings.TrimPrefix(strings.ReplaceAll(err.Error(), copyPath, name), name+": "))
}

// copyWorkspace writes a consistent copy of the SQLite file at path (read-only, safe
// while its owner has it open) with VACUUM INTO.
func copyWorkspace(ctx context.Context, path, out string) error {
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer raw.Close()
	_, err = raw.ExecContext(ctx, "VACUUM INTO ?", out)
	return err
}

// merger carries one merge: the change set it writes through, the other workspace, the
// analyst's decisions and the map from their ids to ours, table by table.
type merger struct {
	c      *changeSet
	theirs *store.Queries
	take   map[string]string
	ids    map[string]map[int64]int64
	plan   MergePlan
	// added holds the images of the current table's added rows until flushAdded writes
	// them with one statement per chunk; proposed, the added entities to check by name.
	added    []json.RawMessage
	proposed []addedEntity
	// What we already hold of anyone's history, and their log with its entry keys,
	// each read once when first needed (merge_history.go).
	heldHist      *heldHistory
	theirEntries  []store.AuditLog
	theirKeys     map[int64]string
	theirRowsHeld map[loggedRow]bool
	// reread are the mentions (span ids) to read again once every table is merged
	// (merge_reread.go); mentions, the claim mentions both sides marked on their own
	// (merge_same_mention.go), read when the spans are merged
	reread   map[int64]bool
	mentions *sameMentions
}

// addedEntity is an entity the merge added, checked by name once all are in.
type addedEntity struct {
	img image
	id  int64
}

// addChunk is how many added rows one statement inserts: large enough that the
// per-statement costs vanish, small enough that the JSON argument stays a few MB.
const addChunk = 5000

func (m *merger) mergeAll() error {
	for _, t := range mergeOrder {
		m.ids[t.name] = map[int64]int64{}
		if err := m.mergeTable(t); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		if err := m.flushAdded(t); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}
	return nil
}

// mine indexes our rows of a table: by uuid, by natural key, by key columns.
type mineIndex struct {
	byUUID    map[string]imageRow
	byNatural map[string]imageRow
	byKey     map[string]imageRow
}

func (m *merger) indexMine(t mergeTable) (mineIndex, error) {
	rows, err := t.all(m.c.q, m.c.ctx)
	if err != nil {
		return mineIndex{}, err
	}
	ix := mineIndex{byUUID: map[string]imageRow{}, byNatural: map[string]imageRow{}, byKey: map[string]imageRow{}}
	for _, r := range rows {
		if t.hasUUID() {
			ix.byUUID[r.uuid] = r
			if t.natural != "" {
				img, err := parseImage(r.image)
				if err != nil {
					return ix, err
				}
				ix.byNatural[naturalKey(img[t.natural])] = r
			}
			continue
		}
		img, err := parseImage(r.image)
		if err != nil {
			return ix, err
		}
		ix.byKey[keyOf(t, img)] = r
	}
	return ix, nil
}

func (m *merger) mergeTable(t mergeTable) error {
	mine, err := m.indexMine(t)
	if err != nil {
		return err
	}
	rows, err := t.all(m.theirs, m.c.ctx)
	if err != nil {
		return err
	}
	var next int64
	if t.maxID != nil {
		if next, err = t.maxID(m.c.q, m.c.ctx); err != nil {
			return err
		}
	}
	// place maps one row of theirs into ours; a row whose required link is to a row left
	// out (we deleted it) goes too.
	place := func(r imageRow, img image) error {
		theirID := asInt(img[t.rowCol()])
		if !m.remap(t, img) {
			m.leftBehind(t, img)
			return nil
		}
		return m.mergeRow(t, r, img, theirID, mine, &next)
	}
	// Rows that point at a later row of the same table (an entity merged into a newer
	// one, an article's older version) wait until that row is mapped.
	pending := rows
	for len(pending) > 0 {
		var later []imageRow
		for _, r := range pending {
			img, err := parseImage(r.image)
			if err != nil {
				return err
			}
			if m.waitsForSelf(t, img) {
				later = append(later, r)
				continue
			}
			if err := place(r, img); err != nil {
				return err
			}
		}
		if len(later) == len(pending) {
			// A cycle of self-references cannot happen in a valid workspace; place the
			// rest without the self-link rather than lose them.
			for _, r := range later {
				img, _ := parseImage(r.image) // parsed once already, above
				for col, ref := range t.fks {
					if ref == t.name {
						img[col] = null
					}
				}
				if err := place(r, img); err != nil {
					return err
				}
			}
			break
		}
		pending = later
	}
	return nil
}

// waitsForSelf reports whether img points at a row of its own table not yet mapped.
func (m *merger) waitsForSelf(t mergeTable, img image) bool {
	for col, ref := range t.fks {
		if ref != t.name || isNull(img[col]) {
			continue
		}
		if _, ok := m.ids[ref][asInt(img[col])]; !ok {
			return true
		}
	}
	return false
}

// remap rewrites img's foreign keys from their ids to ours. A required link (a key
// column) to a row that was not merged makes the row unplaceable: false.
func (m *merger) remap(t mergeTable, img image) bool {
	for col, ref := range t.fks {
		if isNull(img[col]) {
			continue
		}
		ours, ok := m.ids[ref][asInt(img[col])]
		if !ok {
			for _, k := range t.key {
				if k == col {
					return false
				}
			}
			if col == "article_id" && t.name == "spans" {
				return false
			}
			img[col] = null
			continue
		}
		img[col] = intRaw(ours)
	}
	if t.name == "entity_judgements" {
		a, b := asInt(img["entity_a_id"]), asInt(img["entity_b_id"])
		if a == b {
			return false
		}
		if a > b {
			img["entity_a_id"], img["entity_b_id"] = intRaw(b), intRaw(a)
		}
	}
	return true
}

func (m *merger) mergeRow(t mergeTable, r imageRow, img image, theirID int64, mine mineIndex, next *int64) error {
	var found imageRow
	var ok bool
	if t.hasUUID() {
		if found, ok = mine.byUUID[r.uuid]; !ok && t.natural != "" {
			found, ok = mine.byNatural[naturalKey(img[t.natural])]
		}
		if !ok && t.name == "sources" {
			var err error
			if found, ok, err = m.sameBody(img, mine); err != nil {
				return err
			}
		}
		if !ok && t.name == "spans" {
			var err error
			if found, ok, err = m.sameMention(img, theirID, mine); err != nil { // merge_same_mention.go
				return err
			}
		}
	} else {
		found, ok = mine.byKey[keyOf(t, img)]
	}
	if !ok {
		gone, err := m.nothingNew(t.name, theirID)
		if err != nil {
			return err
		}
		if gone { // we had it and deleted it (or undid it) since: not brought back
			m.leaveOut(t, img)
			return nil
		}
		return m.add(t, img, theirID, next)
	}
	m.plan.Matched[t.name]++
	ourImg, err := parseImage(found.image)
	if err != nil {
		return err
	}
	if theirID != 0 {
		m.ids[t.name][theirID] = asInt(ourImg[t.rowCol()])
	}
	return m.reconcile(t, found, ourImg, img, theirID)
}

// leftOutNames is how many names a table's left-out rows list (their count says all);
// leftOutNameRunes, how long one name may be before it is cut with "…".
const (
	leftOutNames     = 50
	leftOutNameRunes = 80
)

// leaveOut records a row of theirs not brought back because we deleted it.
func (m *merger) leaveOut(t mergeTable, img image) {
	lo := &m.plan.LeftOut
	if n := len(*lo); n == 0 || (*lo)[n-1].Table != t.name {
		*lo = append(*lo, MergeLeftOut{Table: t.name, Names: []string{}})
	}
	last := &(*lo)[len(*lo)-1]
	last.Count++
	if t.label != "" && t.named && len(last.Names) < leftOutNames {
		last.Names = append(last.Names, cutName(show(img[t.label]), leftOutNameRunes))
	}
}

// leftBehind records a row remap could not place: one whose required link is to a row
// left out. A judgement of an entity against itself (both sides mapped to one of ours)
// is not a deletion of ours and is not reported.
func (m *merger) leftBehind(t mergeTable, img image) {
	if t.name == "entity_judgements" && show(img["entity_a_id"]) == show(img["entity_b_id"]) {
		return
	}
	m.leaveOut(t, img)
}

// cutName shortens s to at most n characters (runes), ending a cut one with "…".
func cutName(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// add inserts their row under a new id of ours (keeping its uuid) and logs it.
func (m *merger) add(t mergeTable, img image, theirID int64, next *int64) error {
	if t.maxID != nil {
		if err := idsLeft(t.name, *next, 1); err != nil {
			return err
		}
		*next++
		img["id"] = intRaw(*next)
		m.ids[t.name][theirID] = *next
	} else if col := t.rowCol(); col != "id" {
		m.ids[t.name][theirID] = asInt(img[col])
	}
	image, err := marshalImage(img)
	if err != nil {
		return err
	}
	m.added = append(m.added, image)
	m.plan.Added[t.name]++
	if t.name == "entities" {
		m.proposed = append(m.proposed, addedEntity{img: img, id: *next})
	}
	if len(m.added) >= addChunk {
		return m.writeAdded(t)
	}
	return nil
}

// flushAdded writes the table's added rows still held, then proposes added entities
// that meet ours by name (after all are in, as a row added per statement would see).
func (m *merger) flushAdded(t mergeTable) error {
	if err := m.writeAdded(t); err != nil {
		return err
	}
	for _, e := range m.proposed {
		if err := m.propose(e.img, e.id); err != nil {
			return err
		}
	}
	m.proposed = nil
	return nil
}

// writeAdded inserts the held rows and logs each as created, two statements in all:
// the rows keep the order they were added in, and so do their log entries.
func (m *merger) writeAdded(t mergeTable) error {
	if len(m.added) == 0 {
		return nil
	}
	images := "[" + string(joinRaw(m.added)) + "]"
	m.added = m.added[:0]
	if err := t.addMany(m.c.q, m.c.ctx, images); err != nil {
		return err
	}
	m.c.tables[t.name] = true
	return m.c.q.AppendAuditMany(m.c.ctx, store.AppendAuditManyParams{At: m.c.at, Actor: m.c.ws.Analyst, TableName: t.name,
		Batch: m.c.batch, Summary: m.c.summary, Images: images})
}

// joinRaw joins JSON values with commas (the inside of an array).
func joinRaw(vals []json.RawMessage) []byte {
	n := len(vals)
	for _, v := range vals {
		n += len(v)
	}
	out := make([]byte, 0, n)
	for i, v := range vals {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, v...)
	}
	return out
}

// propose lists an added entity whose normalised name meets one of ours.
func (m *merger) propose(img image, added int64) error {
	name, typ := show(img["name"]), show(img["type"])
	found, err := m.c.q.FindEntityByKey(m.c.ctx, store.FindEntityByKeyParams{AliasKey: names.Key(name), Type: typ})
	if err != nil {
		return err
	}
	for _, e := range found {
		if e.ID >= added {
			continue // itself, or one of theirs added after it (ids grow as rows are added)
		}
		m.plan.Proposals = append(m.plan.Proposals, EntityNameMatch{Type: typ, Name: e.Name, EntityID: e.ID, TheirsName: name, AddedID: added})
		break
	}
	return nil
}

// reconcile compares a row both sides have, column by column. Equal: nothing to do.
// Different: the side whose history holds the other side's current value changed it
// later and wins; otherwise the column is in conflict, settled as the analyst decided.
func (m *merger) reconcile(t mergeTable, found imageRow, ours, theirs image, theirID int64) error {
	var diff []MergeField
	for _, col := range t.compared {
		if a, b := show(ours[col]), show(theirs[col]); a != b {
			diff = append(diff, MergeField{Field: col, Mine: a, Theirs: b})
		}
	}
	if len(diff) == 0 {
		return nil
	}
	if same, err := m.nothingNew(t.name, theirID); err != nil || same {
		return err // merged before: ours is what the analyst kept or made since
	}
	theirLog, err := m.rowLog(m.theirs, t, theirID)
	if err != nil {
		return err
	}
	myLog, err := m.rowLog(m.c.q, t, asInt(ours[t.rowCol()]))
	if err != nil {
		return err
	}
	theirHistory := m.history(theirLog, t, true, show(theirs["uuid"]))
	myHistory := m.history(myLog, t, false, found.uuid)
	uuid := m.uuidOf(t, found, ours)
	key := t.name + ":" + uuid
	var takeTheirs, conflicting []MergeField
	for _, f := range diff {
		theirsLater, mineLater := holds(theirHistory, f.Field, f.Mine), holds(myHistory, f.Field, f.Theirs)
		switch {
		case theirsLater && !mineLater:
			takeTheirs = append(takeTheirs, f)
		case mineLater && !theirsLater:
		default:
			conflicting = append(conflicting, f)
		}
	}
	if len(conflicting) > 0 {
		decision := m.take[key]
		m.plan.Conflicts = append(m.plan.Conflicts, MergeConflict{Key: key, Table: t.name, UUID: uuid,
			Label: m.labelOf(t, ours), Fields: conflicting, Take: decision})
		if decision == "theirs" {
			takeTheirs = append(takeTheirs, conflicting...)
		}
	}
	if len(takeTheirs) == 0 {
		return nil
	}
	before, err := marshalImage(ours)
	if err != nil {
		return err
	}
	for _, f := range takeTheirs {
		ours[f.Field] = theirs[f.Field]
	}
	if _, ok := ours["updated_at"]; ok && len(takeTheirs) == len(diff) {
		ours["updated_at"] = theirs["updated_at"] // the row is now their version
	}
	after, err := marshalImage(ours)
	if err != nil {
		return err
	}
	// A changed link may point at a row of this table added just before: write those first.
	if err := m.writeAdded(t); err != nil {
		return err
	}
	if err := m.c.ops(t.name).revert(m.c.q, m.c.ctx, string(after)); err != nil {
		return err
	}
	m.plan.Updated[t.name]++
	if err := m.noteReread(t, ours, takeTheirs); err != nil {
		return err
	}
	return m.c.log("update", t.name, asInt(ours[t.rowCol()]), string(before), string(after))
}

// rowLog is one side's audit log of a row, oldest first.
func (m *merger) rowLog(q *store.Queries, t mergeTable, id int64) ([]store.AuditLog, error) {
	return q.ListAuditForRow(m.c.ctx, store.ListAuditForRowParams{TableName: t.name, RowID: sql.NullInt64{Int64: id, Valid: true}})
}

// history returns the row's past images from one side's log of it (before and after
// images of its changes that still stand: an undone merge or edit is no longer part of
// it), links remapped to our ids for their side. Images of another row that once had
// the same id (another uuid) are not its history.
func (m *merger) history(entries []store.AuditLog, t mergeTable, theirSide bool, uuid string) []image {
	var out []image
	for _, e := range standing(entries) {
		for _, s := range []sql.NullString{e.Before, e.After} {
			if !s.Valid {
				continue
			}
			img, err := parseImage(s.String)
			if err != nil {
				continue
			}
			if u, ok := img["uuid"]; ok && uuid != "" && !isNull(u) && show(u) != uuid {
				continue
			}
			if theirSide {
				for col, ref := range t.fks {
					if !isNull(img[col]) {
						if ours, ok := m.ids[ref][asInt(img[col])]; ok {
							img[col] = intRaw(ours)
						}
					}
				}
			}
			out = append(out, img)
		}
	}
	return out
}

// holds reports whether some past image had value in column col: that side moved on
// from value since.
func holds(history []image, col, value string) bool {
	for _, img := range history {
		if _, ok := img[col]; ok && show(img[col]) == value {
			return true
		}
	}
	return false
}

func (m *merger) uuidOf(t mergeTable, found imageRow, ours image) string {
	if found.uuid != "" {
		return found.uuid
	}
	if t.name == "claim_mentions" {
		if u, err := m.c.q.SpanUUID(m.c.ctx, asInt(ours["span_id"])); err == nil {
			return u.String
		}
	}
	return keyOf(t, ours)
}

func (m *merger) labelOf(t mergeTable, ours image) string {
	if t.label == "" {
		return ""
	}
	return show(ours[t.label])
}

func keyOf(t mergeTable, img image) string {
	parts := make([]string, len(t.key))
	for i, k := range t.key {
		parts[i] = show(img[k])
	}
	return strings.Join(parts, "/")
}

// MergeTables lists the tables a merge covers, parents first (the order of its summary),
// then the history it appends.
func MergeTables() []string {
	out := make([]string, 0, len(mergeOrder)+1)
	for _, t := range mergeOrder {
		out = append(out, t.name)
	}
	return append(out, mergedHistoryTable.name)
}

// sameBody is our source for their source's body under another of its names (a legal or
// group word, or an organisation's alias: sourceOfSameBody), so one body stays one origin
// after a merge as it is when one analyst marks both (ratk15). Their name is one more name
// of our source, as an import naming it would find it, so ours stays: only the other
// fields (grade, note, kind) reconcile, shown side by side when both set them apart.
func (m *merger) sameBody(img image, mine mineIndex) (imageRow, bool, error) {
	id, err := sourceOfSameBody(m.c.ctx, m.c.q, show(img["name"]), show(img["kind"]))
	if err != nil || id == 0 {
		return imageRow{}, false, err
	}
	for _, r := range mine.byUUID {
		ours, err := parseImage(r.image)
		if err != nil {
			return imageRow{}, false, err
		}
		if asInt(ours["id"]) == id {
			img["name"] = ours["name"]
			return r, true, nil
		}
	}
	return imageRow{}, false, nil
}
