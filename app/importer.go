package app

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"claimdesk/app/ingest"
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
	// NotStored marks a rejected outcome that says nothing of the file: the import stopped
	// (the disk is full) before storing it, and it can be imported again as it is.
	NotStored bool   `json:"notStored,omitempty"`
	Format    string `json:"format,omitempty"`
	Encoding  string `json:"encoding,omitempty"`
	// URL is the address a web page was finally read from (ImportURLs).
	URL string `json:"url,omitempty"`
	// For a new version: the version number, the article it follows and that article's
	// title (a paste or a file can become one by its URL or name: the window says of
	// which article), and how its annotations re-anchored.
	Version           int64         `json:"version,omitempty"`
	PreviousVersionID int64         `json:"previousVersionId,omitempty"`
	PreviousTitle     string        `json:"previousTitle,omitempty"`
	Anchors           *AnchorCounts `json:"anchors,omitempty"`
	// Ahead is the publication day the text states when it lies after today: the article
	// keeps it, and the summary says so (uxwalk5's finding 1).
	Ahead string `json:"ahead,omitempty"`

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

// importBytes decodes, parses and stores the article(s) of one file. display is the
// name shown in outcomes; origName is what is stored as the article's original name
// and matched to find earlier versions (a file's base name).
func (b *importBatch) importBytes(ctx context.Context, display, origName string, format ingest.Format, raw []byte, encoding string, versionOf int64) []ImportOutcome {
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
		o := b.storeDoc(ctx, pendingDoc{display: display, origName: name, doc: d, encoding: decoded.Encoding, versionOf: versionOf})
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
func (b *importBatch) storeDoc(ctx context.Context, p pendingDoc) ImportOutcome {
	b.seq++
	p.seq = b.seq
	if b.batchMax <= 1 || b.full {
		return b.storeAlone(ctx, p)
	}
	if err := b.conn.begin(ctx); err != nil {
		return b.storeAlone(ctx, p) // reports the error (busy, …) as the article's
	}
	var out ImportOutcome
	tables, err := b.conn.change(ctx, "", func(c *changeSet) error {
		var err error
		if _, match := b.previous(p); match == noMatch && len(p.doc.Body) <= stageMaxBytes {
			out, err = b.stage(c, p)
		} else if err = b.flushStaged(c); err == nil {
			// A version reads its previous version, which may be staged: written first.
			// A long text goes in alone: staged, it would be copied twice more (into the
			// batch statement's JSON, escaped, and the buffer that JSON grows in).
			out, err = b.storeIn(c, p)
		}
		return err
	})
	if err != nil {
		// Part of this article may be in the transaction: redo the batch without it,
		// then this article alone, which reports its own error.
		return b.redo(ctx, &p)
	}
	b.pending = append(b.pending, p)
	b.stored(out, p, tables)
	if len(b.pending) >= b.batchMax || b.conn.age() >= b.batchAge {
		b.flush(ctx)
	}
	return out
}

// notStored is the outcome of an article not stored because the disk is full.
func notStored(p pendingDoc) ImportOutcome {
	return ImportOutcome{Name: p.display, Title: p.doc.Title, Status: StatusRejected, Reason: "not imported: the disk is full", NotStored: true, seq: p.seq}
}

// storeAlone stores one article in its own transaction.
func (b *importBatch) storeAlone(ctx context.Context, p pendingDoc) ImportOutcome {
	if b.full {
		return notStored(p)
	}
	var out ImportOutcome
	tables, err := b.conn.alone(ctx, "", func(c *changeSet) error {
		var err error
		out, err = b.storeIn(c, p)
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

// storeIn writes one article as change c (the tables it touches go to c.tables).
func (b *importBatch) storeIn(c *changeSet, p pendingDoc) (ImportOutcome, error) {
	ctx, q, tables := c.ctx, c.q, c.tables
	display, origName, d := p.display, p.origName, p.doc
	out := ImportOutcome{Name: display, Title: d.Title, Ahead: aheadOfToday(d.PublishedAt, b.ws.Clock()), seq: p.seq}
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
		if sourceName(d.Source) != "" { // invisible characters alone are no outlet
			id, _, err := findOrCreateSource(ctx, q, d.Source, "outlet", now)
			if err != nil {
				return err
			}
			sourceID = sql.NullInt64{Int64: id, Valid: true}
		}
		version, prevID := int64(1), sql.NullInt64{}
		var prevLen int64
		prevTitle := ""
		if match != noMatch {
			// The batch's map can be stale if another program imported meanwhile:
			// follow the chain to its newest version inside the transaction. Links that
			// loop (a damaged file) have no newest version: the walk had no end.
			for seen := map[int64]bool{prev.id: true}; ; {
				next, err := q.NextVersionOf(ctx, sql.NullInt64{Int64: prev.id, Valid: true})
				if errors.Is(err, sql.ErrNoRows) {
					break
				} else if err != nil {
					return err
				}
				if seen[next] {
					return Conflict("the versions of article %d loop back on themselves (a damaged file), so none is the newest: split them (claimdesk versions --split %d), then import this text again", next, next)
				}
				seen[next] = true
				prev.id = next
			}
			p, err := q.GetArticleForVersion(ctx, prev.id)
			gone := errors.Is(err, sql.ErrNoRows)
			if gone && match == matchDeclared {
				return NotFound("article %d does not exist: the text cannot be declared its version", prev.id)
			} else if err != nil && !gone {
				return err
			}
			// the article of the same URL or name, read when the run began, was removed
			// since (in another window): this text has no earlier version left
			similar := !gone
			if similar && match == matchPath {
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
				version, prevID, prevLen, prevTitle = p.Version+1, sql.NullInt64{Int64: p.ID, Valid: true}, p.CharCount, p.Title
			}
		}
		charCount := int64(ingest.CodePoints(d.Body))
		b.nextID = 0 // CreateArticle picks the id: the staged path reads the next one again
		id, err := q.CreateArticle(ctx, store.CreateArticleParams{
			SourceID: sourceID, Title: d.Title, Body: d.Body, BodySha256: sha,
			CharCount: charCount, Url: d.URL, Byline: d.Byline, Language: d.Language,
			PublishedAt: d.PublishedAt, Encoding: p.encoding, OriginalName: origName,
			PreviousVersionID: prevID, Version: version, ImportedAt: now, ImportedBy: b.ws.Analyst,
		})
		if err != nil {
			return err
		}
		tables["articles"] = true
		if err := importRecords(c, id, p, sha, now, version, prevID, match == matchDeclared, tables); err != nil {
			return err
		}
		out.Status, out.ArticleID = StatusImported, id
		if prevID.Valid {
			c.summary = fmt.Sprintf("carry annotations over to version %d of “%s”", version, clipLabel(d.Title))
			counts, err := c.copyAnnotations(prevID.Int64, id, d.Body, int(prevLen))
			if err != nil {
				return err
			}
			out.Status, out.Version, out.PreviousVersionID, out.PreviousTitle, out.Anchors = StatusVersion, version, prevID.Int64, prevTitle, &counts
		}
		return nil
	}()
	return out, err
}

// importRecords writes what goes with a new article once its row is stored: the
// agencies it cites as suggested origins, and its audit entry.
func importRecords(c *changeSet, id int64, p pendingDoc, sha, now string, version int64, prevID sql.NullInt64, declared bool, tables map[string]bool) error {
	ctx, q, d := c.ctx, c.q, p.doc
	// The agencies an article cites are where its material came from: stored as
	// suggested origins, for the analyst to confirm (independence counting).
	for _, cited := range d.Cites {
		originID, _, err := findOrCreateSource(ctx, q, cited, "agency", now)
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

// importText imports one plain-text article (the sample corpus, tests). A text already
// in the workspace is reported as a duplicate, not stored twice.
func (ws *Workspace) importText(ctx context.Context, name string, raw []byte, declaredEncoding string) ImportOutcome {
	b, err := ws.newImportBatch(ctx)
	if err != nil {
		return ImportOutcome{Name: name, Status: StatusRejected, Reason: err.Error()}
	}
	defer b.close()
	outs := b.importBytes(ctx, name, name, ingest.FormatText, raw, declaredEncoding, 0)
	ws.notifyChanged(b.tables)
	return outs[0]
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
		o := b.importBytes(ctx, p, p, ingest.FormatText, raw, "", 0)[0]
		if o.Status == StatusRejected {
			return outcomes, Internal(errors.New(o.Reason), "importing sample "+name)
		}
		outcomes = append(outcomes, o)
		ws.Events.Emit("progress", Progress{Task: "import", Done: i + 1, Total: len(names), Label: o.Title})
	}
	return outcomes, nil
}
