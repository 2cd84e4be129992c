package app

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"claimdesk/db/store"
)

// Deleting an entity the analyst no longer wants (one an article removal kept with no
// mention, a name marked by mistake). What goes with it, and why:
//
//   - its mentions in the articles (spans linked to it, in every state: marks, suggestions
//     waiting, rejected ones), with their tags (the tags themselves stay); evidence that
//     cites one of those marks is not lost: it cites the mark's article instead, as when a
//     mark is deleted on its own;
//   - its aliases, its same/different decisions and its speaks-for link (the source it
//     speaks for stays): they describe the entity and mean nothing without it;
//   - the entities merged into it (their rows only keep old ids resolving to it).
//
// It is refused, and nothing changes, where it would silently change the analyst's reading
// of a claim: a claim mention names it as its speaker (the speaker is part of the mention's
// origin chain, so the claim's count of independent origins would move); the analyst
// changes or clears those speakers first, on the claim's page. A merged-away entity is refused too (the
// one it was merged into is the live one), as is a removal over changes another window
// made after the confirmation was read (readAt). Claims, articles and sources never go.
// Everything is deleted through the change set, children first: one batch of the audit
// log, which one Undo puts back whole and one Redo takes again. PreviewRemove runs the
// same removal and rolls it back, so the confirmation says exactly what Remove does.

// EntityRemoval is what deleting an entity takes (PreviewRemove) or took (Remove).
type EntityRemoval struct {
	ID   int64  `json:"id"`
	Type string `json:"type"`
	Name string `json:"name"`
	// Marks are its accepted mentions, in Articles stories (the entity page's counts);
	// Suggestions its mentions still waiting or rejected.
	Marks       int64 `json:"marks"`
	Articles    int64 `json:"articles"`
	Suggestions int64 `json:"suggestions"`
	SpanTags    int64 `json:"spanTags"` // tags taken off those mentions
	// Evidence counts the pieces of evidence citing one of those mentions: they cite its
	// article instead.
	Evidence   int64    `json:"evidence"`
	Aliases    []string `json:"aliases"` // its other spellings
	Judgements int64    `json:"judgements"`
	SpeaksFor  string   `json:"speaksFor"` // the source it spoke for ("" none); the source stays
	Merged     []string `json:"merged"`    // names of the entities merged into it
	// ReadAt is the audit log's newest id before the preview: Remove given it refuses
	// when another window changed what goes after it.
	ReadAt int64 `json:"readAt"`
	// Summary is the confirmation in sentences.
	Summary []string `json:"summary"`
}

// PreviewRemove says what Remove(id) would take with it, and changes nothing. Its
// refusals are Remove's.
func (s *EntityService) PreviewRemove(id int64) (EntityRemoval, error) {
	var r EntityRemoval
	_, err := s.ws.writePrepared(s.ws.Context(), fmt.Sprintf("entity %d", id), func(c *changeSet) error {
		readAt, err := c.q.MaxAuditID(c.ctx)
		if err != nil {
			return err
		}
		if r, err = c.removeEntity(id); err != nil {
			return err
		}
		r.ReadAt = readAt
		return errPreviewOnly
	})
	if err != errPreviewOnly {
		return EntityRemoval{}, err
	}
	return r, nil
}

// Remove deletes entity id and what hangs on it (app/entity_remove.go) as one action
// that Undo takes back whole. readAt is the preview's ReadAt: when another window changed
// anything the removal takes after it, the removal is refused with conflict (the
// confirmation no longer says what would go). nil: not checked (a script that read
// nothing).
func (s *EntityService) Remove(id int64, readAt *int64) (EntityRemoval, error) {
	var r EntityRemoval
	tables, err := s.ws.writePrepared(s.ws.Context(), fmt.Sprintf("delete entity %d", id), func(c *changeSet) error {
		if err := c.guard("entities", id, readAt, "entity"); err != nil {
			return err
		}
		var err error
		if r, err = c.removeEntity(id); err != nil {
			return err
		}
		if readAt != nil {
			r.ReadAt = *readAt
			return c.untouchedSince(*readAt, r.Name)
		}
		return nil
	})
	if err != nil {
		return EntityRemoval{}, err
	}
	s.ws.notifyChanged(tables)
	return r, nil
}

// removeEntity deletes entity id and what goes with it, logged, and says what went.
func (c *changeSet) removeEntity(id int64) (EntityRemoval, error) {
	r := EntityRemoval{ID: id, Aliases: []string{}, Merged: []string{}}
	e, err := c.q.GetEntitySummary(c.ctx, id)
	if err != nil {
		return r, storeErr(err, fmt.Sprintf("entity %d", id))
	}
	row, err := c.q.GetEntity(c.ctx, id)
	if err != nil {
		return r, err
	}
	if row.MergedIntoID.Valid {
		return r, Conflict("%s (entity %d) was merged into entity %d: delete that one; nothing was deleted", e.Name, id, row.MergedIntoID.Int64)
	}
	r.Type, r.Name, r.Marks, r.Articles = e.Type, e.Name, e.Mentions, e.Articles
	c.summary = "delete " + e.Type + " " + clipLabel(e.Name)
	eid := sql.NullInt64{Int64: id, Valid: true}
	speaking, err := c.q.ListSpeakerMentionsOfEntity(c.ctx, eid)
	if err != nil {
		return r, err
	}
	if n := len(speaking); n > 0 {
		claims := make([]string, 0, n)
		for _, m := range speaking {
			claims = append(claims, "“"+clipLabel(m.Statement)+"”")
		}
		return r, Conflict("%s is the speaker of %d claim %s (%s): change or clear %s speaker on the claim's page first; nothing was deleted",
			e.Name, n, plural(n, "mention", "mentions"), listed(claims, 3), plural(n, "its", "their"))
	}
	spans, err := c.q.ListEntitySpanIDs(c.ctx, eid)
	if err != nil {
		return r, err
	}
	for _, sid := range spans {
		sp, err := c.q.GetSpan(c.ctx, sid)
		if err != nil {
			return r, err
		}
		if sp.State != "accepted" {
			r.Suggestions++
		}
		tags, err := c.q.ListSpanTags(c.ctx, sid)
		if err != nil {
			return r, err
		}
		r.SpanTags += int64(len(tags))
		evidence, err := c.q.ListEvidenceIDsForSpan(c.ctx, sql.NullInt64{Int64: sid, Valid: true})
		if err != nil {
			return r, err
		}
		r.Evidence += int64(len(evidence))
		if err := c.deleteSpan(sid); err != nil {
			return r, err
		}
	}
	aliases, err := c.q.ListEntityAliases(c.ctx, id)
	if err != nil {
		return r, err
	}
	texts := make([]string, 0, len(aliases))
	for _, a := range aliases {
		texts = append(texts, a.Alias)
	}
	r.Aliases = otherAliases(e.Name, texts)
	if sf, err := c.q.GetEntitySpeaksFor(c.ctx, id); err == nil {
		r.SpeaksFor = sf.SourceName
	}
	// decisions are counted once a pair, the merged entities' own among them (a merge
	// leaves the merged entity's decisions on it, and they go with it)
	judged := map[[2]int64]bool{}
	if err := c.countJudgements(id, judged); err != nil {
		return r, err
	}
	if err := c.removeMergedInto(id, &r, judged); err != nil {
		return r, err
	}
	r.Judgements = int64(len(judged))
	if err := c.deleteEntity(id); err != nil {
		return r, err
	}
	r.Summary = r.sentences()
	return r, nil
}

// removeMergedInto deletes the entities merged into id (and those merged into them),
// each before the one it points at.
func (c *changeSet) removeMergedInto(id int64, r *EntityRemoval, judged map[[2]int64]bool) error {
	merged, err := c.q.ListEntitiesMergedInto(c.ctx, sql.NullInt64{Int64: id, Valid: true})
	if err != nil {
		return err
	}
	for _, m := range merged {
		if err := c.countJudgements(m.ID, judged); err != nil {
			return err
		}
		if err := c.removeMergedInto(m.ID, r, judged); err != nil {
			return err
		}
		if err := c.deleteEntity(m.ID); err != nil {
			return err
		}
		r.Merged = append(r.Merged, m.Name)
	}
	return nil
}

// countJudgements adds the same/different decisions about entity id to judged.
func (c *changeSet) countJudgements(id int64, judged map[[2]int64]bool) error {
	judgements, err := c.q.ListJudgementsOfEntity(c.ctx, id)
	for _, j := range judgements {
		judged[[2]int64{j.EntityAID, j.EntityBID}] = true
	}
	return err
}

// untouchedSince refuses the change (conflict) when a row it changed or deleted was
// changed by another action after readAt: the confirmation read before that no longer
// says what goes. Rows created after readAt and linked to what goes count too (a mark
// another window made is deleted with the entity, and logged here).
func (c *changeSet) untouchedSince(readAt int64, name string) error {
	mine, err := c.q.ListAuditBatch(c.ctx, c.batch)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	links := map[string]map[string]bool{} // link table -> keys of its rows this change unlinked
	for _, e := range mine {
		if !e.RowID.Valid {
			if links[e.TableName] == nil {
				links[e.TableName] = map[string]bool{}
			}
			links[e.TableName][linkKey(e.TableName, e.Before.String)] = true
			continue
		}
		key := fmt.Sprintf("%s/%d", e.TableName, e.RowID.Int64)
		if seen[key] {
			continue
		}
		seen[key] = true
		later, err := c.q.ListAuditForRowAfter(c.ctx, store.ListAuditForRowAfterParams{TableName: e.TableName, RowID: e.RowID, AfterID: readAt})
		if err != nil {
			return err
		}
		for _, l := range later {
			if l.Batch != c.batch {
				return changedSince(name)
			}
		}
	}
	// a link row (a tag on a mark, a same/different decision) has no id to look up: its
	// table's later entries are read once and matched by the row's key
	for table, keys := range links {
		later, err := c.q.ListLinkAuditAfter(c.ctx, store.ListLinkAuditAfterParams{TableName: table, AfterID: readAt})
		if err != nil {
			return err
		}
		for _, l := range later {
			if l.Batch != c.batch && (keys[linkKey(table, l.Before.String)] || keys[linkKey(table, l.After.String)]) {
				return changedSince(name)
			}
		}
	}
	return nil
}

func changedSince(name string) error {
	return Conflict("%s was changed in another window since this confirmation was read: look again before deleting it; nothing was deleted", name)
}

// linkKey is a link row's key in its image (its key columns' values, as mergeOrder names
// them): one row logged by different actions gives one key. "" for no image.
func linkKey(table, image string) string {
	if image == "" {
		return ""
	}
	var row map[string]any
	if json.Unmarshal([]byte(image), &row) != nil {
		return ""
	}
	for _, t := range mergeOrder {
		if t.name == table {
			parts := make([]string, 0, len(t.key))
			for _, k := range t.key {
				parts = append(parts, fmt.Sprint(row[k]))
			}
			return strings.Join(parts, "/")
		}
	}
	return image
}

// sentences is the confirmation: what goes, what stays, and that Undo brings it back.
func (r EntityRemoval) sentences() []string {
	out := []string{fmt.Sprintf("Delete the %s “%s”.", r.Type, clipLabel(r.Name))}
	var with []string
	if r.Marks > 0 {
		with = append(with, fmt.Sprintf("its %d %s in %d %s", r.Marks, plural(int(r.Marks), "mark", "marks"), r.Articles, plural(int(r.Articles), "article", "articles")))
	}
	if r.Suggestions > 0 {
		with = append(with, fmt.Sprintf("%d %s naming it", r.Suggestions, plural(int(r.Suggestions), "suggestion", "suggestions")))
	}
	if r.SpanTags > 0 {
		with = append(with, fmt.Sprintf("%d %s", r.SpanTags, plural(int(r.SpanTags), "tag on them (the tag itself stays)", "tags on them (the tags themselves stay)")))
	}
	if n := len(r.Aliases); n > 0 {
		with = append(with, fmt.Sprintf("its %d %s (%s)", n, plural(n, "alias", "aliases"), listed(r.Aliases, 5)))
	}
	if r.Judgements > 0 {
		with = append(with, fmt.Sprintf("%d same/different %s", r.Judgements, plural(int(r.Judgements), "decision", "decisions")))
	}
	if r.SpeaksFor != "" {
		with = append(with, "its link to “"+clipLabel(r.SpeaksFor)+"”, which it speaks for (the source stays)")
	}
	if len(with) > 0 {
		out = append(out, "With it go "+listed(with, len(with))+".")
	} else {
		out = append(out, "It has no mention, alias or link: only the entity goes.")
	}
	if n := len(r.Merged); n > 0 {
		out = append(out, fmt.Sprintf("%d %s merged into it %s too: %s.", n, plural(n, "entity", "entities"), plural(n, "goes", "go"), listed(sorted(r.Merged), 5)))
	}
	if r.Evidence > 0 {
		out = append(out, fmt.Sprintf("%d %s citing these marks will cite their article instead.", r.Evidence, plural(int(r.Evidence), "piece of evidence", "pieces of evidence")))
	}
	return append(out, "Claims, articles and sources stay. Undo brings all of it back.")
}
