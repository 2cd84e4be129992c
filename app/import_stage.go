package app

// New articles of an import batch, staged and then written in one statement per batch.

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"claimdesk/app/ingest"
)

// stageMaxBytes is the longest text staged; a longer one is written by itself (storeIn).
// Batching pays for many short articles, not for one long one.
const stageMaxBytes = 1 << 20

// stagedArticle is a new article (not a version) of the open batch, written with the
// batch's others in one InsertArticleBatch statement (see flushStaged). JSON names are
// the ones the query reads.
type stagedArticle struct {
	ID           int64  `json:"id"`
	SourceID     *int64 `json:"source_id"`
	Title        string `json:"title"`
	Body         string `json:"body"`
	SHA          string `json:"sha"`
	Chars        int64  `json:"chars"`
	URL          string `json:"url"`
	Byline       string `json:"byline"`
	Language     string `json:"language"`
	PublishedAt  string `json:"published_at"`
	Encoding     string `json:"encoding"`
	OriginalName string `json:"original_name"`
	ImportedAt   string `json:"imported_at"`
	ImportedBy   string `json:"imported_by"`

	doc pendingDoc
}

// stage takes a new article (not a version) into the open batch: duplicate check
// (against the workspace and the batch), its outlet, and its id (the next free one:
// the batch holds the write lock); the row itself is written by flushStaged.
func (b *importBatch) stage(c *changeSet, p pendingDoc) (ImportOutcome, error) {
	ctx, q, d := c.ctx, c.q, p.doc
	out := ImportOutcome{Name: p.display, Title: d.Title, Ahead: aheadOfToday(d.PublishedAt, b.ws.Clock()), seq: p.seq}
	sha := ingest.Hash(d.Body)
	dup := func(id int64) (ImportOutcome, error) {
		out.Status, out.ArticleID, out.Reason = StatusDuplicate, id, fmt.Sprintf("the same text is already in the workspace (article %d)", id)
		return out, nil
	}
	if id, ok := b.stagedSHA[sha]; ok {
		return dup(id)
	}
	if id, err := q.ArticleIDBySHA256(ctx, sha); err == nil {
		return dup(id)
	} else if !errors.Is(err, sql.ErrNoRows) {
		return out, err
	}
	now := c.at
	row := stagedArticle{Title: d.Title, Body: d.Body, SHA: sha, Chars: int64(ingest.CodePoints(d.Body)),
		URL: d.URL, Byline: d.Byline, Language: d.Language, PublishedAt: d.PublishedAt, Encoding: p.encoding,
		OriginalName: p.origName, ImportedAt: now, ImportedBy: b.ws.Analyst, doc: p}
	if sourceName(d.Source) != "" { // invisible characters alone are no outlet
		id, _, err := findOrCreateSource(ctx, q, d.Source, "outlet", now)
		if err != nil {
			return out, err
		}
		row.SourceID = &id
	}
	if b.nextID == 0 {
		maxID, err := q.MaxArticleID(ctx)
		if err != nil {
			return out, err
		}
		if err := idsLeft("articles", maxID, 1); err != nil {
			return out, err
		}
		b.nextID = maxID + 1
	} else if err := idsLeft("articles", b.nextID-1, 1); err != nil {
		return out, err
	}
	row.ID = b.nextID
	b.nextID++
	b.staged = append(b.staged, row)
	b.stagedSHA[sha] = row.ID
	c.tables["articles"] = true
	if len(d.Cites) > 0 {
		c.tables["article_origins"] = true
	}
	out.Status, out.ArticleID = StatusImported, row.ID
	return out, nil
}

// flushStaged writes the staged articles in one statement, then their origins and
// audit entries.
func (b *importBatch) flushStaged(c *changeSet) error {
	if len(b.staged) == 0 {
		return nil
	}
	ctx, q := c.ctx, c.q
	rows, err := json.Marshal(b.staged)
	if err != nil {
		return err
	}
	if err := q.InsertArticleBatch(ctx, string(rows)); err != nil {
		return err
	}
	for _, a := range b.staged {
		if err := importRecords(c, a.ID, a.doc, a.SHA, a.ImportedAt, 1, sql.NullInt64{}, false, map[string]bool{}); err != nil {
			return err
		}
	}
	b.staged = b.staged[:0]
	clear(b.stagedSHA)
	return nil
}
