package app

// One undo or redo step: each logged change of the batch reversed or replayed through the
// change set, after checking that its row still holds what the change left.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"

	"claimdesk/db/store"
)

// reverse undoes one logged change and logs the undo. The row must still hold what the
// change left (its after-image; for a delete: no row): otherwise someone else changed it
// since, and undoing would overwrite their change, so the whole step is refused.
func (c *changeSet) reverse(e store.AuditLog) error {
	ops := c.ops(e.TableName)
	switch e.Action {
	case "create":
		return c.apply(e, "undo", ops.remove, e.After.String, true)
	case "delete":
		return c.apply(e, "undo", ops.restore, e.Before.String, false)
	case "update":
		return c.apply(e, "undo", ops.revert, e.Before.String, true)
	}
	return Invalid("a %s cannot be undone", e.Action)
}

// replay re-applies one logged change (redo) and logs the redo, if the row still holds
// what the undo left (the before-image; for a create: no row).
func (c *changeSet) replay(e store.AuditLog) error {
	ops := c.ops(e.TableName)
	switch e.Action {
	case "create":
		return c.apply(e, "redo", ops.restore, e.After.String, false)
	case "delete":
		return c.apply(e, "redo", ops.remove, e.Before.String, true)
	case "update":
		return c.apply(e, "redo", ops.revert, e.After.String, true)
	}
	return Invalid("a %s cannot be redone", e.Action)
}

// apply runs one undo or redo step of entry e: checks the row (present and holding the
// image the step reverses, or absent), writes image with fn and logs the step.
func (c *changeSet) apply(e store.AuditLog, verb string, fn func(*store.Queries, context.Context, any) error, image string, exists bool) error {
	if fn == nil {
		return Invalid("a %s of %s cannot be %sne", e.Action, e.TableName, verb)
	}
	before, after := e.After.String, e.Before.String // undo: from the after-image back
	if verb == "redo" {
		before, after = after, before
	}
	if !exists {
		if err := c.taken(e, image, verb); err != nil {
			return err
		}
	}
	if err := c.mergedAway(e, image, verb, exists); err != nil {
		return err
	}
	if err := c.expectRow(c.ops(e.TableName), e, exists, before, verb); err != nil {
		return err
	}
	if removing := exists && (verb == "undo" && e.Action == "create" || verb == "redo" && e.Action == "delete"); removing {
		if err := c.unused(e, verb); err != nil {
			return err
		}
	}
	if err := fn(c.q, c.ctx, image); err != nil {
		return err
	}
	return c.logStep(verb, e, before, after)
}

// expectRow checks that the row of entry e is as the step expects: present and holding
// image (exists), or absent. Link tables (no row id, no image) are left to their
// constraints.
func (c *changeSet) expectRow(ops rowOps, e store.AuditLog, exists bool, image, verb string) error {
	if ops.image == nil || !e.RowID.Valid {
		return nil
	}
	now, err := ops.image(c.q, c.ctx, e.RowID.Int64)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if !exists {
			return nil
		}
		return changedElsewhere(verb, c.summary, e, "was deleted")
	case err != nil:
		return err
	case !exists && otherRow(now, e.Before.String+e.After.String): // the one image a create or delete logged
		return Conflict("cannot %s %s: %s %d cannot come back, its id was given since to a new %s, “%s” (made after the id fell free); "+
			"nothing was %s; it can be %s once that new %s is gone.", verb, c.summary, rowNoun(e.TableName), e.RowID.Int64,
			rowNoun(e.TableName), clipLabel(rowLabel(now)), verb+"ne", verb+"ne", rowNoun(e.TableName))
	case !exists:
		return changedElsewhere(verb, c.summary, e, "exists again")
	case !sameImage(now, image):
		return changedElsewhere(verb, c.summary, e, "was changed")
	}
	return nil
}

// unused refuses an undo or redo step that removes a row another action has come to use
// without changing it: a source an accepted proposal created that another window's mention
// then names as its origin, an entity a mark created that another mention then names as
// its speaker, a tag another window put on its span; an article a removal's Undo brought
// back that another window then wrote a note on, before the removal's Redo. The step's own
// dependants went before it (the log is replayed in order, children before parents), so
// any row still naming it is another action's, and the database's ON DELETE (SET NULL,
// CASCADE) would change or delete that action's work unlogged. The whole step is refused
// then (conflict).
func (c *changeSet) unused(e store.AuditLog, verb string) error {
	if !e.RowID.Valid {
		return nil
	}
	id := e.RowID.Int64
	var n int64
	var err error
	switch e.TableName {
	case "sources":
		n, err = c.q.CountSourceUses(c.ctx, sql.NullInt64{Int64: id, Valid: true})
	case "entities":
		n, err = c.q.CountEntityUses(c.ctx, sql.NullInt64{Int64: id, Valid: true})
	case "tags":
		n, err = c.q.CountTagUses(c.ctx, id)
	case "articles":
		n, err = c.q.CountArticleUses(c.ctx, id)
	case "spans":
		n, err = c.q.CountSpanUses(c.ctx, id)
	case "claims":
		n, err = c.q.CountClaimUses(c.ctx, id)
	case "assessments":
		n, err = c.q.CountAssessmentUses(c.ctx, id)
	case "claim_mentions":
		n, err = c.q.CountMentionUses(c.ctx, id)
	case "page_snapshots":
		n, err = c.q.CountSnapshotUses(c.ctx, id)
	default:
		return nil
	}
	if err != nil || n == 0 {
		return err
	}
	// Said by name where it can be: an article imported since (in this window or another;
	// an import is never undone, so it does not stand before this step on the stack).
	if e.TableName == "sources" {
		a, err := c.q.ArticleImportedSinceNamingSource(c.ctx, store.ArticleImportedSinceNamingSourceParams{SourceID: sql.NullInt64{Int64: id, Valid: true}, AfterID: e.ID})
		if err == nil {
			return Conflict("cannot %s %s: source %d is named by “%s” (article %d, imported since, as its outlet or an origin it cites), and an import is not undone; "+
				"nothing was %s, so that article keeps it. Remove that article (or change its outlet), then %s again.",
				verb, c.summary, id, clipLabel(a.Title), a.ID, verb+"ne", verb)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	// Else the work is no step of this window's history: an import (which is never
	// undone), or another window's or program's work.
	return Conflict("cannot %s %s: %s %d is used since by work this %s does not take back (an import, or work in another window or program); nothing was %s, so that work stays",
		verb, c.summary, rowNoun(e.TableName), id, verb, verb+"ne")
}

// taken refuses, in words, an undo or redo step that puts back a source or an article
// whose name or text another row has taken since: the outlet a removal took, made again
// by a later import from that outlet; the removed article's file, imported again. Two
// sources cannot share a name nor two articles a text, and the row that came later is
// the analyst's newer work, so the step is refused and says which row is in the way
// (the new row may even hold the old id, which would read as "exists again").
func (c *changeSet) taken(e store.AuditLog, image, verb string) error {
	var img struct {
		Name   string `json:"name"`
		SHA256 string `json:"body_sha256"`
		Title  string `json:"title"`
	}
	switch e.TableName {
	case "sources":
		if json.Unmarshal([]byte(image), &img) != nil {
			return nil
		}
		if src, err := c.q.GetSourceByName(c.ctx, img.Name); err == nil {
			return Conflict("cannot %s %s: a source named “%s” was made again since (source %d, by a later import or edit), and two sources cannot share a name; "+
				"nothing was %s. Rename or remove that source, then %s again.", verb, c.summary, img.Name, src.ID, verb+"ne", verb)
		}
	case "articles":
		if json.Unmarshal([]byte(image), &img) != nil {
			return nil
		}
		if id, err := c.q.ArticleIDBySHA256(c.ctx, img.SHA256); err == nil {
			return Conflict("cannot %s %s: the text of “%s” was imported again since (article %d); "+
				"nothing was %s. Remove that article, then %s again.", verb, c.summary, clipLabel(img.Title), id, verb+"ne", verb)
		}
	}
	return nil
}

// mergedAway refuses an undo or redo step that puts back a span or a claim mention naming
// an entity merged into another since (a removal undone after another window merged an
// entity its article named): the mark would name an entity that no view shows any more,
// its mention hidden from the entity it was merged into. So too any step on an alias or a
// "speaks for" link of an entity merged since: no type-ahead, suggestion or origin count
// reads a merged-away entity's own rows, and the merge copied them to the live entity, so
// taking one off the merged-away row alone changes nothing one sees. Undoing the merge
// first (it moves the entity's marks back) lets the step through. exists: the step
// changes or removes a row (not puts one back).
func (c *changeSet) mergedAway(e store.AuditLog, image, verb string, exists bool) error {
	var img struct {
		EntityID  *int64 `json:"entity_id"`
		SpeakerID *int64 `json:"speaker_entity_id"`
	}
	what, ok := mergedAwayRows[e.TableName]
	own := e.TableName == "entity_aliases" || e.TableName == "entity_speaks_for"
	if !ok || exists && !own || json.Unmarshal([]byte(image), &img) != nil {
		return nil
	}
	for _, id := range []*int64{img.EntityID, img.SpeakerID} {
		if id == nil {
			continue
		}
		ent, err := c.q.GetEntity(c.ctx, *id)
		if err != nil || !ent.MergedIntoID.Valid {
			continue // a missing entity is the foreign key's to refuse
		}
		if own {
			// a merged-away entity keeps its own aliases (a merge copies them), and the
			// Undo of a removal brings them back with it: only a merge since refuses
			since, err := c.mergedSince(*id, e.ID)
			if err != nil {
				return err
			}
			if !since {
				continue
			}
		}
		into, err := c.q.GetEntity(c.ctx, ent.MergedIntoID.Int64)
		if err != nil {
			return err
		}
		return Conflict("cannot %s %s: “%s” was merged into “%s” since (in this or another window), and %s “%s”; "+
			"nothing was %s. Undo that merge first, then %s again.", verb, c.summary, ent.Name, into.Name, what, ent.Name, verb+"ne", verb)
	}
	return nil
}

// mergedSince reports whether entity id was merged into another by a change logged after
// audit entry afterID (a merge, or the Redo of one).
func (c *changeSet) mergedSince(id, afterID int64) (bool, error) {
	later, err := c.q.ListAuditForRowAfter(c.ctx, store.ListAuditForRowAfterParams{TableName: "entities", RowID: sql.NullInt64{Int64: id, Valid: true}, AfterID: afterID})
	if err != nil {
		return false, err
	}
	type merged struct {
		Into *int64 `json:"merged_into_id"`
	}
	for _, r := range later {
		var before, after merged
		// an update from unmerged to merged; a row put back (no before-image) is not one
		if json.Unmarshal([]byte(r.After.String), &after) == nil && after.Into != nil &&
			json.Unmarshal([]byte(r.Before.String), &before) == nil && before.Into == nil {
			return true, nil
		}
	}
	return false, nil
}

// mergedAwayRows are the tables whose rows name an entity that mergedAway checks, with
// the words that say what the step would bring back.
var mergedAwayRows = map[string]string{
	"spans":             "a mark it brings back names",
	"claim_mentions":    "a mark it brings back names",
	"entity_aliases":    "it changes an alias of",
	"entity_speaks_for": "it changes what speaks for a body:",
}

// otherRow reports whether two images of one id are two different rows (their UUIDs
// differ): SQLite gives a new row the highest id plus one, so a row made after a removal
// of the newest rows takes a removed row's id.
func otherRow(now, image string) bool {
	var a, b struct {
		UUID string `json:"uuid"`
	}
	return json.Unmarshal([]byte(now), &a) == nil && json.Unmarshal([]byte(image), &b) == nil &&
		a.UUID != "" && b.UUID != "" && a.UUID != b.UUID
}

// rowLabel is what a row image names: its name, title, statement or quote.
func rowLabel(image string) string {
	var m map[string]any
	if json.Unmarshal([]byte(image), &m) != nil {
		return ""
	}
	for _, k := range []string{"name", "title", "statement", "quote"} {
		if v, ok := m[k].(string); ok && v != "" {
			return v
		}
	}
	return ""
}

// changedElsewhere is the conflict of an undo or redo whose row someone else changed.
func changedElsewhere(verb, summary string, e store.AuditLog, what string) error {
	return Conflict("cannot %s %s: %s %d %s since, in another window or program; "+
		"nothing was %s, so that change stays", verb, summary, rowNoun(e.TableName), e.RowID.Int64, what, verb+"ne")
}

// rowNoun names a table's row for messages ("claim_mentions" → "claim mention").
func rowNoun(table string) string {
	switch table {
	case "entities":
		return "entity"
	case "evidence":
		return "evidence"
	case "entity_aliases":
		return "alias"
	}
	return strings.ReplaceAll(strings.TrimSuffix(table, "s"), "_", " ")
}

// conflictOnStep explains an undo or redo that the current data no longer allows (for
// example, restoring a span whose article was deleted by another program).
func conflictOnStep(err error, verb, summary string) error {
	if e, ok := err.(*Error); ok {
		return e
	}
	return &Error{Code: CodeConflict, Message: "cannot " + verb + " \"" + summary + "\": the workspace has changed in a way that prevents it (" + err.Error() + ")", Err: err}
}

// standing keeps the entries of a row's log (oldest first) whose change still stands:
// not the undo and redo steps themselves, and not a change whose latest step is an undo.
// What the row once held counts only through these: an undone action (a merge above all)
// is taken back whole, as if it had never been, while a redone one counts again.
func standing(entries []store.AuditLog) []store.AuditLog {
	undone := map[int64]bool{}
	for _, e := range entries {
		if e.UndoesID.Valid && (e.Action == "undo" || e.Action == "redo") {
			undone[e.UndoesID.Int64] = e.Action == "undo"
		}
	}
	out := make([]store.AuditLog, 0, len(entries))
	for _, e := range entries {
		if e.Action == "undo" || e.Action == "redo" || undone[e.ID] {
			continue
		}
		out = append(out, e)
	}
	return out
}
