package app

// An import run's batch: the articles' version keys, the open transaction shared by up to
// importBatchMax articles, and what is done again, one article per transaction, when a
// batch fails (importer.go stores the articles, import_stage.go writes new ones in bulk).

import (
	"context"
	"time"

	"claimdesk/app/ingest"
	"claimdesk/app/web"
	"claimdesk/db/store"
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
	ws     *Workspace
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
	b := &importBatch{ws: ws, tables: map[string]bool{}, redone: map[int]ImportOutcome{}, stagedSHA: map[string]int64{}}
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
func (b *importBatch) flush(ctx context.Context) {
	if len(b.staged) > 0 {
		if _, err := b.conn.change(ctx, "", func(c *changeSet) error { return b.flushStaged(c) }); err != nil {
			b.redo(ctx, nil)
			return
		}
	}
	// Another program may add articles between two batches: the next batch reads the
	// next free id again.
	b.nextID = 0
	if err := b.conn.commit(ctx); err != nil {
		b.redo(ctx, nil)
		return
	}
	b.pending = b.pending[:0]
}

// redo rolls the open transaction back (when one is open) and stores each pending
// article again in its own transaction, then except (when not nil) the same way.
func (b *importBatch) redo(ctx context.Context, except *pendingDoc) ImportOutcome {
	b.conn.rollback()
	b.staged, b.nextID = b.staged[:0], 0
	clear(b.stagedSHA)
	pending := b.pending
	b.pending = nil
	// The keys remembered for the rolled-back articles are gone with them.
	if err := b.loadKeys(ctx, b.ws.DB().Q); err != nil {
		for _, p := range pending {
			b.redone[p.seq] = ImportOutcome{Name: p.display, Title: p.doc.Title, Status: StatusRejected, Reason: err.Error(), seq: p.seq}
		}
		if except != nil {
			return ImportOutcome{Name: except.display, Title: except.doc.Title, Status: StatusRejected, Reason: err.Error(), seq: except.seq}
		}
		return ImportOutcome{}
	}
	for _, p := range pending {
		b.redone[p.seq] = b.storeAlone(ctx, p)
	}
	if except != nil {
		return b.storeAlone(ctx, *except)
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
