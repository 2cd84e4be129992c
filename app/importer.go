package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"claimdesk/app/ingest"
	"claimdesk/app/textspan"
	"claimdesk/app/web"
	"claimdesk/db"
	"claimdesk/db/store"
	"claimdesk/seeds"
)

// ImportOutcome tells what happened to one file (or one record of a JSON/JSONL file)
// of an import.
type ImportOutcome struct {
	Name string `json:"name"`
	// Record is the record number in a JSON array or the line number in a JSONL file.
	Record int `json:"record,omitempty"`
	// Status is imported | version | duplicate | skipped | rejected.
	Status    string `json:"status"`
	ArticleID int64  `json:"articleId,omitempty"`
	Title     string `json:"title,omitempty"`
	Reason    string `json:"reason,omitempty"`
	Format    string `json:"format,omitempty"`
	Encoding  string `json:"encoding,omitempty"`
	// URL is the address a web page was finally read from (ImportURLs).
	URL string `json:"url,omitempty"`
	// For a new version: the version number, the article it follows, and how its
	// annotations re-anchored.
	Version           int64         `json:"version,omitempty"`
	PreviousVersionID int64         `json:"previousVersionId,omitempty"`
	Anchors           *AnchorCounts `json:"anchors,omitempty"`

	// seq numbers the stored documents of one run, so that an outcome redone after a
	// batch was rolled back (see importBatch) replaces the one reported first.
	seq int
}

// AnchorCounts counts how a version's copied annotations re-anchored.
type AnchorCounts struct {
	Exact  int `json:"exact"`
	Fuzzy  int `json:"fuzzy"`
	Orphan int `json:"orphan"`
}

// Outcome statuses.
const (
	StatusImported  = "imported"
	StatusVersion   = "version"
	StatusDuplicate = "duplicate"
	StatusSkipped   = "skipped"
	StatusRejected  = "rejected"
)

// importBatch is the state one import run shares across its articles: the version keys
// of the articles in the workspace (read once, kept up to date as articles are added),
// the tables touched, announced once at the end, and the open write transaction.
//
// A run stores its articles in transactions of up to batchMax articles (batchAge at
// most, so other writers never wait long for the lock): a transaction per article cost
// more than the article itself (a commit writes the WAL frames of every page touched).
// An article whose store fails mid-batch could leave part of itself in the transaction,
// so the whole batch is rolled back and its articles are stored again one transaction
// each, as without batching: the failing one is rejected alone with its own reason,
// the others are stored, and a crash at any moment leaves only whole articles.
type importBatch struct {
	byName map[string]versionKey // original file name → latest version
	byURL  map[string]versionKey // URL → latest version
	tables map[string]bool
	conn   *changeBatch

	batchMax int           // articles per transaction; 0 or 1: one transaction each
	batchAge time.Duration // longest a batch keeps the write lock
	pending  []pendingDoc  // stored in the open transaction (conn.TxOpen()), in order

	// New articles of the open batch not written yet (see stage and flushStaged).
	staged    []stagedArticle
	stagedSHA map[string]int64 // body SHA-256 → id given, for duplicates within the batch
	nextID    int64            // the next article id to give; 0: read it
	seq       int
	redone    map[int]ImportOutcome // seq → outcome after a batch was redone
	full      bool                  // a write found the disk full: store nothing more
}

// pendingDoc is an article stored in the open transaction, kept to store it again.
type pendingDoc struct {
	seq               int
	display, origName string
	doc               ingest.Doc
	encoding          string
	snapshot          *web.Page // the page as fetched, for a URL import
	versionOf         int64     // the article the analyst declared this text a version of (0: none)
}

// Batching limits of ImportService runs (variables so tests can make batches small).
var (
	importBatchMax = 500
	importBatchAge = 250 * time.Millisecond
)

type versionKey struct {
	id      int64
	title   string
	version int64
}

// How a new text was matched to an earlier article (see previous).
type versionMatch int

const (
	noMatch       versionMatch = iota
	matchDeclared              // the analyst named the article (ImportOptions.VersionOf)
	matchURL                   // the same URL or canonical URL
	matchPath                  // the same relative path: a version only if the text is similar too
)

func (ws *Workspace) newImportBatch(ctx context.Context) (*importBatch, error) {
	if err := ws.DB().Healthy(ctx); err != nil {
		return nil, storeErr(err, "the workspace") // a damaged workspace is not written to
	}
	b := &importBatch{tables: map[string]bool{}, redone: map[int]ImportOutcome{}, stagedSHA: map[string]int64{}}
	if err := b.loadKeys(ctx, ws.DB().Q); err != nil {
		return nil, err
	}
	var err error
	if b.conn, err = ws.openChangeBatch(ctx); err != nil {
		return nil, storeErr(err, "the workspace")
	}
	return b, nil
}

// loadKeys reads the version keys of every article in the workspace.
func (b *importBatch) loadKeys(ctx context.Context, q *store.Queries) error {
	rows, err := q.ListArticleKeys(ctx)
	if err != nil {
		return storeErr(err, "the article list")
	}
	b.byName, b.byURL = map[string]versionKey{}, map[string]versionKey{}
	for _, r := range rows {
		b.remember(r.ID, r.OriginalName, r.Url, r.Title, r.Version)
	}
	return nil
}

// close rolls back a transaction left open (flush commits it) and releases the
// batch's connection.
func (b *importBatch) close() { b.conn.close() }

// flush writes the staged articles and commits the open batch. If either fails, the
// batch's articles are stored again one transaction each (their outcomes replace the
// first ones, see redo).
func (b *importBatch) flush(ctx context.Context, ws *Workspace) {
	if len(b.staged) > 0 {
		if _, err := b.conn.change(ctx, "", func(c *changeSet) error { return ws.flushStaged(c, b) }); err != nil {
			b.redo(ctx, ws, nil)
			return
		}
	}
	// Another program may add articles between two batches: the next batch reads the
	// next free id again.
	b.nextID = 0
	if err := b.conn.commit(ctx); err != nil {
		b.redo(ctx, ws, nil)
		return
	}
	b.pending = b.pending[:0]
}

// redo rolls the open transaction back (when one is open) and stores each pending
// article again in its own transaction, then except (when not nil) the same way.
func (b *importBatch) redo(ctx context.Context, ws *Workspace, except *pendingDoc) ImportOutcome {
	b.conn.rollback()
	b.staged, b.nextID = b.staged[:0], 0
	clear(b.stagedSHA)
	pending := b.pending
	b.pending = nil
	// The keys remembered for the rolled-back articles are gone with them.
	if err := b.loadKeys(ctx, ws.DB().Q); err != nil {
		for _, p := range pending {
			b.redone[p.seq] = ImportOutcome{Name: p.display, Title: p.doc.Title, Status: StatusRejected, Reason: err.Error(), seq: p.seq}
		}
		if except != nil {
			return ImportOutcome{Name: except.display, Title: except.doc.Title, Status: StatusRejected, Reason: err.Error(), seq: except.seq}
		}
		return ImportOutcome{}
	}
	for _, p := range pending {
		b.redone[p.seq] = ws.storeAlone(ctx, b, p)
	}
	if except != nil {
		return ws.storeAlone(ctx, b, *except)
	}
	return ImportOutcome{}
}

// fixOutcomes replaces, in items, the outcomes of articles stored again by redo.
func (b *importBatch) fixOutcomes(items []ImportOutcome) {
	if len(b.redone) == 0 {
		return
	}
	for i, o := range items {
		if f, ok := b.redone[o.seq]; ok && o.seq != 0 {
			f.Record, f.Format, f.Encoding = o.Record, o.Format, o.Encoding
			items[i] = f
		}
	}
}

func (b *importBatch) remember(id int64, name, url, title string, version int64) {
	k := versionKey{id, title, version}
	if name != "" && b.byName[name].version <= version {
		b.byName[name] = k
	}
	if url != "" && b.byURL[url].version <= version {
		b.byURL[url] = k
	}
}

// previous finds the article a new text may be a version of: the one the analyst named,
// else the latest version with the same URL, else the latest with the same relative
// path (a candidate only: storeIn also requires a similar text). A record of a JSON
// file without a URL also needs the same title (its name is only its position in the
// file).
func (b *importBatch) previous(p pendingDoc) (versionKey, versionMatch) {
	if p.versionOf != 0 {
		return versionKey{id: p.versionOf}, matchDeclared
	}
	if url := p.doc.URL; url != "" {
		if k, ok := b.byURL[url]; ok {
			return k, matchURL
		}
	}
	name := p.origName
	if k, ok := b.byName[name]; ok && name != "" && (p.doc.Record == 0 || k.title == p.doc.Title) {
		return k, matchPath
	}
	return versionKey{}, noMatch
}

// importBytes decodes, parses and stores the article(s) of one file. display is the
// name shown in outcomes; origName is what is stored as the article's original name
// and matched to find earlier versions (a file's base name).
func (ws *Workspace) importBytes(ctx context.Context, b *importBatch, display, origName string, format ingest.Format, raw []byte, encoding string, versionOf int64) []ImportOutcome {
	reject := func(reason string) []ImportOutcome {
		return []ImportOutcome{{Name: display, Status: StatusRejected, Reason: reason, Format: string(format)}}
	}
	var decoded ingest.Decoded
	var err error
	if format == ingest.FormatHTML && encoding == "" {
		decoded, err = ingest.DecodeHTML(raw, "") // the page's own <meta charset>
	} else {
		decoded, err = ingest.Decode(raw, encoding)
	}
	if err != nil {
		// The message names the encoding to choose (the dialog's list, or --encoding).
		return reject(err.Error())
	}
	text := ingest.Normalize(decoded.Text)
	if strings.TrimSpace(text) == "" {
		return reject("the file holds only white space")
	}
	var docs []ingest.Doc
	var bad []ingest.RecordError
	if format == ingest.FormatText {
		// The plain-text rules exactly as the sample corpus is read.
		a := ingest.ParsePlainText(text)
		docs = []ingest.Doc{{Title: a.Title, Body: a.Body, Source: a.Outlet, PublishedAt: a.PublishedAt, Byline: a.Byline, Cites: a.Cites}}
	} else {
		docs, bad = ingest.Parse(format, text)
	}
	var out []ImportOutcome
	for _, e := range bad {
		if e.Record == 0 {
			return reject(e.Message)
		}
		out = append(out, ImportOutcome{Name: display, Record: e.Record, Status: StatusRejected, Reason: e.Message, Format: string(format)})
	}
	for _, d := range docs {
		if d.Body == "" {
			reason := "no article text"
			switch format {
			case ingest.FormatText:
				reason = "no article text after the title line"
			case ingest.FormatHTML:
				reason = "no article text in the page (nothing outside scripts, styles, navigation and forms)"
			case ingest.FormatMarkdown:
				reason = "no article text after the title"
			}
			out = append(out, ImportOutcome{Name: display, Record: d.Record, Status: StatusRejected, Reason: reason, Format: string(format), Title: d.Title})
			continue
		}
		name := origName
		if d.Record > 0 {
			name = fmt.Sprintf("%s#%d", origName, d.Record)
		}
		if versionOf != 0 && len(docs) > 1 {
			out = append(out, ImportOutcome{Name: display, Record: d.Record, Status: StatusRejected, Format: string(format), Title: d.Title,
				Reason: fmt.Sprintf("the file holds %d articles; only one text can be declared a version of article %d", len(docs), versionOf)})
			continue
		}
		o := ws.storeDoc(ctx, b, pendingDoc{display: display, origName: name, doc: d, encoding: decoded.Encoding, versionOf: versionOf})
		o.Record, o.Format, o.Encoding = d.Record, string(format), decoded.Encoding
		out = append(out, o)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Record < out[j].Record })
	return out
}

// storeDoc stores one article: in the run's open batch when batching (see
// importBatch), else in its own transaction, so a batch leaves only whole articles. A
// text already in the workspace (same SHA-256) is a duplicate and is not stored twice.
// A changed text of an article already there (same URL or file name) is stored as its
// next version, and the previous version's annotations are copied onto it, re-anchored,
// in the same transaction.
func (ws *Workspace) storeDoc(ctx context.Context, b *importBatch, p pendingDoc) ImportOutcome {
	b.seq++
	p.seq = b.seq
	if b.batchMax <= 1 || b.full {
		return ws.storeAlone(ctx, b, p)
	}
	if err := b.conn.begin(ctx); err != nil {
		return ws.storeAlone(ctx, b, p) // reports the error (busy, …) as the article's
	}
	var out ImportOutcome
	tables, err := b.conn.change(ctx, "", func(c *changeSet) error {
		var err error
		if _, match := b.previous(p); match == noMatch {
			out, err = ws.stage(c, b, p)
		} else if err = ws.flushStaged(c, b); err == nil {
			// A version reads its previous version, which may be staged: written first.
			out, err = ws.storeIn(c, b, p)
		}
		return err
	})
	if err != nil {
		// Part of this article may be in the transaction: redo the batch without it,
		// then this article alone, which reports its own error.
		return b.redo(ctx, ws, &p)
	}
	b.pending = append(b.pending, p)
	b.stored(out, p, tables)
	if len(b.pending) >= b.batchMax || b.conn.age() >= b.batchAge {
		b.flush(ctx, ws)
	}
	return out
}

// notStored is the outcome of an article not stored because the disk is full.
func notStored(p pendingDoc) ImportOutcome {
	return ImportOutcome{Name: p.display, Title: p.doc.Title, Status: StatusRejected, Reason: "not imported: the disk is full", seq: p.seq}
}

// storeAlone stores one article in its own transaction.
func (ws *Workspace) storeAlone(ctx context.Context, b *importBatch, p pendingDoc) ImportOutcome {
	if b.full {
		return notStored(p)
	}
	var out ImportOutcome
	tables, err := b.conn.alone(ctx, "", func(c *changeSet) error {
		var err error
		out, err = ws.storeIn(c, b, p)
		return err
	})
	if db.IsFull(err) {
		b.full = true
		return notStored(p)
	}
	if err != nil {
		return ImportOutcome{Name: p.display, Title: p.doc.Title, Status: StatusRejected, Reason: storeErr(err, "importing "+p.display).Error(), seq: p.seq}
	}
	b.stored(out, p, tables)
	return out
}

// stored remembers an article the batch stored, for the versions and the tables
// announced at the end.
func (b *importBatch) stored(out ImportOutcome, p pendingDoc, tables map[string]bool) {
	if out.Status == StatusImported || out.Status == StatusVersion {
		v := out.Version
		if v == 0 {
			v = 1
		}
		b.remember(out.ArticleID, p.origName, p.doc.URL, p.doc.Title, v)
		for t := range tables {
			b.tables[t] = true
		}
	}
}

// storeIn writes one article as change c (the tables it touches go to c.tables).
func (ws *Workspace) storeIn(c *changeSet, b *importBatch, p pendingDoc) (ImportOutcome, error) {
	ctx, q, tables := c.ctx, c.q, c.tables
	display, origName, d := p.display, p.origName, p.doc
	out := ImportOutcome{Name: display, Title: d.Title, seq: p.seq}
	sha := ingest.Hash(d.Body)
	now := c.at
	prev, match := b.previous(p)
	err := func() error {
		if id, err := q.ArticleIDBySHA256(ctx, sha); err == nil {
			out.Status, out.ArticleID, out.Reason = StatusDuplicate, id, fmt.Sprintf("the same text is already in the workspace (article %d)", id)
			return nil
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		var sourceID sql.NullInt64
		if d.Source != "" {
			id, err := sourceByName(ctx, q, d.Source, "outlet", now)
			if err != nil {
				return err
			}
			sourceID = sql.NullInt64{Int64: id, Valid: true}
		}
		version, prevID := int64(1), sql.NullInt64{}
		var prevLen int64
		if match != noMatch {
			// The batch's map can be stale if another program imported meanwhile:
			// follow the chain to its newest version inside the transaction.
			for {
				next, err := q.NextVersionOf(ctx, sql.NullInt64{Int64: prev.id, Valid: true})
				if errors.Is(err, sql.ErrNoRows) {
					break
				} else if err != nil {
					return err
				}
				prev.id = next
			}
			p, err := q.GetArticleForVersion(ctx, prev.id)
			if errors.Is(err, sql.ErrNoRows) && match == matchDeclared {
				return NotFound("article %d does not exist: the text cannot be declared its version", prev.id)
			} else if err != nil {
				return err
			}
			similar := true
			if match == matchPath {
				// The same path alone is not enough (every folder of a corpus has its
				// 001.txt, every saved page is index.html): the texts must be similar too.
				body, err := q.GetArticleBody(ctx, p.ID)
				if err != nil {
					return err
				}
				if sim := ingest.Similarity(body, d.Body); sim < ingest.VersionSimilarity {
					similar = false
					out.Reason = fmt.Sprintf("a different text from article %d of the same name (%.0f %% similar): imported as a new article; if it is a new version, declare it so (import --version-of %d)", p.ID, sim*100, p.ID)
				}
			}
			if similar {
				version, prevID, prevLen = p.Version+1, sql.NullInt64{Int64: p.ID, Valid: true}, p.CharCount
			}
		}
		charCount := int64(ingest.CodePoints(d.Body))
		b.nextID = 0 // CreateArticle picks the id: the staged path reads the next one again
		id, err := q.CreateArticle(ctx, store.CreateArticleParams{
			SourceID: sourceID, Title: d.Title, Body: d.Body, BodySha256: sha,
			CharCount: charCount, Url: d.URL, Byline: d.Byline, Language: d.Language,
			PublishedAt: d.PublishedAt, Encoding: p.encoding, OriginalName: origName,
			PreviousVersionID: prevID, Version: version, ImportedAt: now, ImportedBy: ws.Analyst,
		})
		if err != nil {
			return err
		}
		tables["articles"] = true
		if err := ws.importRecords(c, id, p, sha, now, version, prevID, match == matchDeclared, tables); err != nil {
			return err
		}
		out.Status, out.ArticleID = StatusImported, id
		if prevID.Valid {
			c.summary = fmt.Sprintf("carry annotations over to version %d of “%s”", version, clipLabel(d.Title))
			counts, err := c.copyAnnotations(prevID.Int64, id, d.Body, int(prevLen))
			if err != nil {
				return err
			}
			out.Status, out.Version, out.PreviousVersionID, out.Anchors = StatusVersion, version, prevID.Int64, &counts
		}
		return nil
	}()
	return out, err
}

// importRecords writes what goes with a new article once its row is stored: the
// agencies it cites as suggested origins, and its audit entry.
func (ws *Workspace) importRecords(c *changeSet, id int64, p pendingDoc, sha, now string, version int64, prevID sql.NullInt64, declared bool, tables map[string]bool) error {
	ctx, q, d := c.ctx, c.q, p.doc
	// The agencies an article cites are where its material came from: stored as
	// suggested origins, for the analyst to confirm (independence counting).
	for _, cited := range d.Cites {
		originID, err := sourceByName(ctx, q, cited, "agency", now)
		if err != nil {
			return err
		}
		if err := q.AddArticleOrigin(ctx, store.AddArticleOriginParams{
			ArticleID: id, OriginSourceID: originID, Cue: "names " + cited,
			State: "suggested", Origin: "rule:ingest-cites", Confidence: 0.7, CreatedAt: now,
		}); err != nil {
			return err
		}
		tables["article_origins"] = true
	}
	if p.snapshot != nil {
		if err := addSnapshot(ctx, q, id, p.snapshot, p.encoding); err != nil {
			return err
		}
		tables["page_snapshots"] = true
	}
	image := map[string]any{"title": d.Title, "sha256": sha, "source": d.Source, "file": p.display, "url": d.URL}
	summary := "imported " + p.display
	if prevID.Valid {
		image["version"], image["previousVersionId"] = version, prevID.Int64
		if declared {
			image["declared"] = true // the analyst's word, not a guess (see SuspectVersions)
		}
		summary = fmt.Sprintf("imported %s as version %d of “%s”", p.display, version, clipLabel(d.Title))
	}
	return c.logImport(id, now, summary, image)
}

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
func (ws *Workspace) stage(c *changeSet, b *importBatch, p pendingDoc) (ImportOutcome, error) {
	ctx, q, d := c.ctx, c.q, p.doc
	out := ImportOutcome{Name: p.display, Title: d.Title, seq: p.seq}
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
		OriginalName: p.origName, ImportedAt: now, ImportedBy: ws.Analyst, doc: p}
	if d.Source != "" {
		id, err := sourceByName(ctx, q, d.Source, "outlet", now)
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
		b.nextID = maxID + 1
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
func (ws *Workspace) flushStaged(c *changeSet, b *importBatch) error {
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
		if err := ws.importRecords(c, a.ID, a.doc, a.SHA, a.ImportedAt, 1, sql.NullInt64{}, false, map[string]bool{}); err != nil {
			return err
		}
	}
	b.staged = b.staged[:0]
	clear(b.stagedSHA)
	return nil
}

// copyAnnotations copies every span of article from (with its claim mention and tags)
// onto article to, whose text is body, re-anchoring each by position, quote and
// context. Each copy is logged in the audit log as one action. Orphans are kept.
func (c *changeSet) copyAnnotations(from, to int64, body string, fromLen int) (AnchorCounts, error) {
	var counts AnchorCounts
	spans, err := c.q.ListSpansToCopy(c.ctx, from)
	if err != nil || len(spans) == 0 {
		return counts, err
	}
	links, err := c.q.ListSpanTagLinksForArticle(c.ctx, from)
	if err != nil {
		return counts, err
	}
	tagsOf := map[int64][]int64{}
	for _, l := range links {
		tagsOf[l.SpanID] = append(tagsOf[l.SpanID], l.TagID)
	}
	text := textspan.New(body)
	for _, sp := range spans {
		old := textspan.Anchor{Start: int(sp.StartCp), End: int(sp.EndCp), Quote: sp.Quote, Prefix: sp.Prefix, Suffix: sp.Suffix}
		a, status := textspan.Reanchor(old, text, fromLen)
		switch status {
		case textspan.StatusExact:
			counts.Exact++
		case textspan.StatusFuzzy:
			counts.Fuzzy++
		default:
			counts.Orphan++
		}
		id, err := c.q.CopySpan(c.ctx, store.CopySpanParams{
			ArticleID: to, Kind: sp.Kind, EntityType: sp.EntityType, EntityID: sp.EntityID,
			StartCp: int64(a.Start), EndCp: int64(a.End), Quote: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix,
			AnchorStatus: status, State: sp.State, Origin: sp.Origin, Confidence: sp.Confidence,
			Note: sp.Note, Annotator: sp.Annotator, CreatedAt: sp.CreatedAt, UpdatedAt: c.at,
			ProposedName: sp.ProposedName, Normalized: sp.Normalized, Hedge: sp.Hedge, SpeakerName: sp.SpeakerName,
		})
		if err != nil {
			return counts, err
		}
		if err := c.created("spans", id); err != nil {
			return counts, err
		}
		if img, err := c.q.ImageClaimMentions(c.ctx, sp.ID); err == nil {
			var m map[string]any
			if err := json.Unmarshal([]byte(img), &m); err != nil {
				return counts, err
			}
			m["span_id"] = id
			copied, _ := json.Marshal(m)
			if err := c.q.RestoreClaimMentions(c.ctx, string(copied)); err != nil {
				return counts, err
			}
			if err := c.created("claim_mentions", id); err != nil {
				return counts, err
			}
			// read again in the new version: its date (and the re-anchored quote) may differ
			if err := c.normalizeMention(id); err != nil {
				return counts, err
			}
		} else if !errors.Is(err, sql.ErrNoRows) {
			return counts, err
		}
		for _, tagID := range tagsOf[sp.ID] {
			if err := c.linked("span_tags", linkImage("span_id", id, "tag_id", tagID)); err != nil {
				return counts, err
			}
		}
	}
	return counts, nil
}

// importText imports one plain-text article (the sample corpus, tests). A text already
// in the workspace is reported as a duplicate, not stored twice.
func (ws *Workspace) importText(ctx context.Context, name string, raw []byte, declaredEncoding string) ImportOutcome {
	b, err := ws.newImportBatch(ctx)
	if err != nil {
		return ImportOutcome{Name: name, Status: StatusRejected, Reason: err.Error()}
	}
	defer b.close()
	outs := ws.importBytes(ctx, b, name, name, ingest.FormatText, raw, declaredEncoding, 0)
	ws.notifyChanged(b.tables)
	return outs[0]
}

// sourceByName finds a source by name (case-insensitive) or creates it with the given kind.
func sourceByName(ctx context.Context, q *store.Queries, name, kind, now string) (int64, error) {
	s, err := q.GetSourceByName(ctx, name)
	if err == nil {
		return s.ID, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	return q.CreateSource(ctx, store.CreateSourceParams{Name: name, Kind: kind, Reliability: "F", CreatedAt: now})
}

// importSeeds imports the embedded sample corpus in file-name order.
func (ws *Workspace) importSeeds(ctx context.Context) ([]ImportOutcome, error) {
	names, err := fs.Glob(seeds.Files, "*.txt")
	if err != nil {
		return nil, Internal(err, "listing the sample corpus")
	}
	sort.Strings(names)
	b, err := ws.newImportBatch(ctx)
	if err != nil {
		return nil, err
	}
	defer b.close()
	var outcomes []ImportOutcome
	for i, name := range names {
		raw, err := seeds.Files.ReadFile(name)
		if err != nil {
			return outcomes, Internal(err, "reading sample "+name)
		}
		p := path.Join("seeds", name)
		o := ws.importBytes(ctx, b, p, p, ingest.FormatText, raw, "", 0)[0]
		if o.Status == StatusRejected {
			return outcomes, Internal(errors.New(o.Reason), "importing sample "+name)
		}
		outcomes = append(outcomes, o)
		ws.Events.Emit("progress", Progress{Task: "import", Done: i + 1, Total: len(names), Label: o.Title})
	}
	return outcomes, nil
}
