package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"claimdesk/db/store"
)

// rowOps are the audit log's per-table operations on JSON row images (queries/row_images.sql).
// image is nil for link tables, whose rows have no id: their images are built by the caller.
type rowOps struct {
	image   func(q *store.Queries, ctx context.Context, id int64) (string, error)
	restore func(q *store.Queries, ctx context.Context, image any) error
	revert  func(q *store.Queries, ctx context.Context, image any) error
	remove  func(q *store.Queries, ctx context.Context, image any) error
}

// auditedTables lists every table whose changes are logged and can be undone.
var auditedTables = map[string]rowOps{
	"sources":           {(*store.Queries).ImageSources, (*store.Queries).RestoreSources, (*store.Queries).RevertSources, (*store.Queries).RemoveSources},
	"entities":          {(*store.Queries).ImageEntities, (*store.Queries).RestoreEntities, (*store.Queries).RevertEntities, (*store.Queries).RemoveEntities},
	"entity_aliases":    {(*store.Queries).ImageEntityAliases, (*store.Queries).RestoreEntityAliases, (*store.Queries).RevertEntityAliases, (*store.Queries).RemoveEntityAliases},
	"entity_judgements": {nil, (*store.Queries).RestoreEntityJudgements, nil, (*store.Queries).RemoveEntityJudgements},
	"claims":            {(*store.Queries).ImageClaims, (*store.Queries).RestoreClaims, (*store.Queries).RevertClaims, (*store.Queries).RemoveClaims},
	"spans":             {(*store.Queries).ImageSpans, (*store.Queries).RestoreSpans, (*store.Queries).RevertSpans, (*store.Queries).RemoveSpans},
	"claim_mentions": {(*store.Queries).ImageClaimMentions, withDefaults((*store.Queries).RestoreClaimMentions, mentionDefaultsV9),
		withDefaults((*store.Queries).RevertClaimMentions, mentionDefaultsV9), (*store.Queries).RemoveClaimMentions},
	"assessments":     {(*store.Queries).ImageAssessments, (*store.Queries).RestoreAssessments, (*store.Queries).RevertAssessments, (*store.Queries).RemoveAssessments},
	"evidence":        {(*store.Queries).ImageEvidence, (*store.Queries).RestoreEvidence, (*store.Queries).RevertEvidence, (*store.Queries).RemoveEvidence},
	"tags":            {(*store.Queries).ImageTags, (*store.Queries).RestoreTags, (*store.Queries).RevertTags, (*store.Queries).RemoveTags},
	"span_tags":       {nil, (*store.Queries).RestoreSpanTags, nil, (*store.Queries).RemoveSpanTags},
	"claim_tags":      {nil, (*store.Queries).RestoreClaimTags, nil, (*store.Queries).RemoveClaimTags},
	"article_origins": {(*store.Queries).ImageArticleOrigins, (*store.Queries).RestoreArticleOrigins, (*store.Queries).RevertArticleOrigins, (*store.Queries).RemoveArticleOrigins},
	// Imports log articles with action "import" (never undone); a workspace merge adds
	// them as "create", so undoing the merge removes them; SplitVersion changes only
	// their place in a chain of versions (the text never changes).
	"articles":             {(*store.Queries).ImageArticles, (*store.Queries).RestoreArticles, (*store.Queries).RevertArticles, (*store.Queries).RemoveArticles},
	"entity_speaks_for":    {(*store.Queries).ImageEntitySpeaksFor, (*store.Queries).RestoreEntitySpeaksFor, (*store.Queries).RevertEntitySpeaksFor, (*store.Queries).RemoveEntitySpeaksFor},
	"claim_mention_values": {(*store.Queries).ImageClaimMentionValues, (*store.Queries).RestoreClaimMentionValues, (*store.Queries).RevertClaimMentionValues, (*store.Queries).RemoveClaimMentionValues},
	// Another analyst's history a merge appended (app/merge_history.go): undoing the merge removes it.
	"merged_history": {(*store.Queries).ImageMergedHistory, (*store.Queries).RestoreMergedHistory, (*store.Queries).RevertMergedHistory, (*store.Queries).RemoveMergedHistory},
	// A removed article's web page snapshots go with it and come back with Undo (the bytes
	// travel in the image as hex); imports add them unlogged, as they add the article.
	"page_snapshots": {(*store.Queries).ImagePageSnapshots, (*store.Queries).RestorePageSnapshots, (*store.Queries).RevertPageSnapshots, (*store.Queries).RemovePageSnapshots},
	"page_redirects": {nil, (*store.Queries).RestorePageRedirects, nil, (*store.Queries).RemovePageRedirects},
	// Only a removal's clearing of a feed item's article is logged (Undo links it again);
	// pulling feeds is not.
	"feed_items": {(*store.Queries).ImageFeedItems, (*store.Queries).RestoreFeedItems, (*store.Queries).RevertFeedItems, (*store.Queries).RemoveFeedItems},
}

// mentionDefaultsV9 are the values of the claim_mentions columns schema v11 added, for
// images logged before it (undoing an older action must not write NULL into them).
var mentionDefaultsV9 = map[string]any{"own_reporting": 0, "attribution_by": "analyst", "stance": "asserts", "stance_by": "analyst"}

// withDefaults wraps a restore or revert so that an image missing a column gets its default.
func withDefaults(op func(q *store.Queries, ctx context.Context, image any) error, defaults map[string]any) func(q *store.Queries, ctx context.Context, image any) error {
	return func(q *store.Queries, ctx context.Context, image any) error {
		text, ok := image.(string)
		if !ok {
			return op(q, ctx, image)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(text), &m); err != nil {
			return op(q, ctx, image)
		}
		missing := false
		for k, v := range defaults {
			if _, ok := m[k]; !ok {
				m[k], missing = v, true
			}
		}
		if !missing {
			return op(q, ctx, image)
		}
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return op(q, ctx, string(b))
	}
}

func (c *changeSet) log(action, table string, rowID int64, before, after string) error {
	c.tables[table] = true
	_, err := c.q.AppendAudit(c.ctx, store.AppendAuditParams{
		At: c.at, Actor: c.ws.Analyst, Action: action, TableName: table,
		RowID: sql.NullInt64{Int64: rowID, Valid: rowID != 0}, Batch: c.batch, Summary: c.summary,
		Before: nullText(before), After: nullText(after),
	})
	return err
}

// logStep logs one undo or redo (action) of entry e, pointing back at it.
func (c *changeSet) logStep(action string, e store.AuditLog, before, after string) error {
	c.tables[e.TableName] = true
	_, err := c.q.AppendAudit(c.ctx, store.AppendAuditParams{
		At: c.at, Actor: c.ws.Analyst, Action: action, TableName: e.TableName, RowID: e.RowID,
		Batch: c.batch, Summary: action + ": " + strings.TrimPrefix(c.summary, action+": "),
		Before: nullText(before), After: nullText(after), UndoesID: sql.NullInt64{Int64: e.ID, Valid: true},
	})
	return err
}

// logImport logs an imported article (action "import"). Imports are not undone, so the
// entry belongs to no batch and stays out of the undo stacks; at is when it was stored.
func (c *changeSet) logImport(id int64, at, summary string, image map[string]any) error {
	after, _ := json.Marshal(image)
	_, err := c.q.AppendAudit(c.ctx, store.AppendAuditParams{
		At: at, Actor: c.ws.Analyst, Action: "import", TableName: "articles",
		RowID: sql.NullInt64{Int64: id, Valid: true}, Summary: summary,
		After: sql.NullString{String: string(after), Valid: true},
	})
	return err
}

func (c *changeSet) ops(table string) rowOps {
	ops, ok := auditedTables[table]
	if !ok {
		panic("table not audited: " + table)
	}
	return ops
}

// created logs a row the action inserted (its after image).
func (c *changeSet) created(table string, id int64) error {
	after, err := c.ops(table).image(c.q, c.ctx, id)
	if err != nil {
		return err
	}
	return c.log("create", table, id, "", after)
}

// createdSpans logs spans first..last, which the action has just inserted, as created:
// the entries created logs one span at a time (the same order and images), in one
// statement.
func (c *changeSet) createdSpans(first, last int64) error {
	c.tables["spans"] = true
	n, err := c.q.LogCreatedSpans(c.ctx, store.LogCreatedSpansParams{
		At: c.at, Actor: c.ws.Analyst, Batch: c.batch, Summary: c.summary, FirstID: first, LastID: last,
	})
	if err != nil {
		return err
	}
	if n != last-first+1 {
		return fmt.Errorf("logged %d of the %d new spans", n, last-first+1)
	}
	return nil
}

// update runs fn, which changes row id of table, and logs its before and after images.
func (c *changeSet) update(table string, id int64, fn func() error) error {
	ops := c.ops(table)
	before, err := ops.image(c.q, c.ctx, id)
	if err != nil {
		return err
	}
	if err := fn(); err != nil {
		return err
	}
	after, err := ops.image(c.q, c.ctx, id)
	if err != nil {
		return err
	}
	if before == after {
		return nil
	}
	if err := c.checkReadAt(table, id, before, after); err != nil {
		return err
	}
	return c.log("update", table, id, before, after)
}

// delete logs row id's before image, then deletes it. Callers delete dependent rows
// first (each through delete), so undo can restore parents before children.
func (c *changeSet) delete(table string, id int64) error {
	ops := c.ops(table)
	before, err := ops.image(c.q, c.ctx, id)
	if err != nil {
		return err
	}
	if err := c.log("delete", table, id, before, ""); err != nil {
		return err
	}
	return ops.remove(c.q, c.ctx, before)
}

// linked logs a new row of a link table (span_tags, claim_tags, entity_judgements),
// whose image the caller builds from the row's keys, and inserts it.
func (c *changeSet) linked(table, image string) error {
	if err := c.ops(table).restore(c.q, c.ctx, image); err != nil {
		return err
	}
	return c.log("create", table, 0, "", image)
}

// unlinked logs and deletes a row of a link table.
func (c *changeSet) unlinked(table, image string) error {
	if err := c.log("delete", table, 0, image, ""); err != nil {
		return err
	}
	return c.ops(table).remove(c.q, c.ctx, image)
}

// sameImage reports whether row image now still holds every column of the logged image
// want (compared as JSON values, so key order and number spelling do not matter).
func sameImage(now, want string) bool {
	var a, b map[string]any
	if json.Unmarshal([]byte(now), &a) != nil || json.Unmarshal([]byte(want), &b) != nil {
		return now == want
	}
	for k, v := range b {
		if !reflect.DeepEqual(a[k], v) {
			return false
		}
	}
	return true
}

func nullText(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// linkImage builds a link-table row image from its two keys.
func linkImage(k1 string, v1 int64, k2 string, v2 int64) string {
	return fmt.Sprintf(`{"%s":%d,"%s":%d}`, k1, v1, k2, v2)
}
