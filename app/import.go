package app

import (
	"database/sql"
	"encoding/base64"
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"claimdesk/app/ingest"
	"claimdesk/app/web"
)

// ImportService imports article files: plain text, Markdown, HTML, JSON and JSONL,
// single files or whole folders, in any of the encodings ingest.Decode reads. Articles
// are stored whole, several to a transaction (see importBatch); duplicates are skipped,
// bad files rejected with a reason, changed texts stored as new versions with their
// annotations re-anchored. One import runs at a time and can be cancelled.
type ImportService struct {
	ws *Workspace

	mu   sync.Mutex
	runs singleRun
	web  *web.Fetcher // see fetcher and SetFetchPolicy

	// AfterImport, when set, is called with the ids of the articles an import added
	// (new articles and new versions). The window and `serve` start entity suggestions
	// there in the background; the CLI and tests leave it unset.
	AfterImport func(articleIDs []int64)
}

// DefaultMaxBytes is the default size limit of an imported file (10 MB).
const DefaultMaxBytes = 10 << 20

// ImportOptions tune an import. Zero values mean: detect the encoding, 10 MB limit.
type ImportOptions struct {
	// Encoding is "" to detect, or utf-8, utf-8-replace (invalid bytes as U+FFFD),
	// utf-16le, utf-16be, utf-16 (BOM), utf-32le, utf-32be, utf-32 (BOM), shift_jis,
	// windows-1252 / cp1252, latin-1 / iso-8859-1 (see ingest.Decode).
	Encoding string `json:"encoding"`
	// MaxBytes is the largest file accepted, in bytes (0: DefaultMaxBytes).
	MaxBytes int64 `json:"maxBytes"`
	// VersionOf, when not 0, declares the one imported text a new version of that
	// article (the analyst says so). Without it a text is a version only when its URL
	// matches, or its relative path matches and its text is similar (ingest.Similarity).
	VersionOf int64 `json:"versionOf"`
}

// ImportFile is a file handed over as bytes (a browser cannot give paths): its name
// (for the format and the version match) and its content, base64-encoded.
type ImportFile struct {
	Name    string `json:"name"`
	Content string `json:"content"`
}

// ImportSummary is the result of an import: counts and one outcome per file or record.
type ImportSummary struct {
	Imported   int  `json:"imported"`
	Versions   int  `json:"versions"`
	Duplicates int  `json:"duplicates"`
	Rejected   int  `json:"rejected"`
	Skipped    int  `json:"skipped"`
	Cancelled  bool `json:"cancelled"`
	// Stopped says why the import stopped before the end (the disk is full), once;
	// NotRead counts the files it did not get to (after a full disk or a cancel), and
	// NotReadNames names them (so a summary can say which articles are missing, not
	// only how many).
	Stopped      string          `json:"stopped,omitempty"`
	NotRead      int             `json:"notRead,omitempty"`
	NotReadNames []string        `json:"notReadNames,omitempty"`
	Items        []ImportOutcome `json:"items"`
}

// Orphan is an annotation that could not be re-anchored on a new version of its
// article: kept at its old offsets (clamped) with its old quote, for the analyst.
type Orphan struct {
	SpanID         int64  `json:"spanId"`
	ArticleID      int64  `json:"articleId"`
	ArticleTitle   string `json:"articleTitle"`
	ArticleVersion int64  `json:"articleVersion"`
	Quote          string `json:"quote"`
	Kind           string `json:"kind"`
	Start          int64  `json:"start"`
	End            int64  `json:"end"`
	State          string `json:"state"`
}

// ArticleVersion is one version in an article's chain of versions.
type ArticleVersion struct {
	ID                int64  `json:"id"`
	Version           int64  `json:"version"`
	PreviousVersionID *int64 `json:"previousVersionId"`
	Title             string `json:"title"`
	CharCount         int64  `json:"charCount"`
	OriginalName      string `json:"originalName"`
	URL               string `json:"url"`
	ImportedAt        string `json:"importedAt"`
}

// job is one file to import: from disk (path) or from memory (data).
type job struct {
	display string
	name    string // stored as the article's original name: the path relative to what was imported
	path    string
	data    []byte
	format  ingest.Format
	early   *ImportOutcome // decided while listing (skipped, rejected): not read
	url     string         // a web page to fetch (ImportURLs)
	page    *web.Page      // the fetched page, once fetched
	doc     *ingest.Doc    // an article already read (a paste)
}

// ImportPaths imports files and folders (recursively; hidden files and folders are
// left out, files of other kinds in a folder are listed as skipped). An explicit file
// of an unsupported kind is rejected. Progress events {task: "import"} follow each file.
func (s *ImportService) ImportPaths(paths []string, opts ImportOptions) (ImportSummary, error) {
	if len(paths) == 0 {
		return ImportSummary{}, Invalid("no files or folders given to import")
	}
	if err := checkImportOptions(&opts); err != nil {
		return ImportSummary{}, err
	}
	var jobs []job
	for _, p := range paths {
		jobs = append(jobs, listPath(p)...)
	}
	// A path is shown as it is stored (storedFileName), so two files whose names differ
	// only in bytes that are not UTF-8 read apart in the outcomes too.
	for i := range jobs {
		jobs[i].display = storedFileName(jobs[i].display)
		if jobs[i].early != nil {
			jobs[i].early.Name = storedFileName(jobs[i].early.Name)
		}
	}
	return s.run(jobs, opts)
}

// ImportFiles imports files given as bytes (base64), as a browser's file picker or
// drag and drop hands them over. The browser door limits a request to 16 MiB (about
// 12 MB of files once base64-encoded): import larger batches with ImportPaths or the CLI.
func (s *ImportService) ImportFiles(files []ImportFile, opts ImportOptions) (ImportSummary, error) {
	if len(files) == 0 {
		return ImportSummary{}, Invalid("no files given to import")
	}
	if err := checkImportOptions(&opts); err != nil {
		return ImportSummary{}, err
	}
	jobs := make([]job, 0, len(files))
	for _, f := range files {
		name := filepath.Base(strings.ReplaceAll(f.Name, "\\", "/"))
		if name == "" || name == "." || name == "/" {
			name = "unnamed"
		}
		// A browser folder pick gives the path below the chosen folder ("news/a/001.txt"):
		// kept as the original name, for finding versions by relative path.
		j := job{display: name, name: relativeName(f.Name, name)}
		format, ok := ingest.FormatOf(name)
		switch {
		case !ok:
			j.early = &ImportOutcome{Name: name, Status: StatusRejected, Reason: unsupportedReason(name)}
		case int64(base64.StdEncoding.DecodedLen(len(f.Content))) > opts.MaxBytes+3:
			j.early = &ImportOutcome{Name: name, Status: StatusRejected, Reason: tooBig(int64(base64.StdEncoding.DecodedLen(len(f.Content))), opts.MaxBytes)}
		default:
			data, err := base64.StdEncoding.DecodeString(f.Content)
			if err != nil {
				j.early = &ImportOutcome{Name: name, Status: StatusRejected, Reason: "the file's content is not valid base64: " + err.Error()}
			} else if int64(len(data)) > opts.MaxBytes {
				j.early = &ImportOutcome{Name: name, Status: StatusRejected, Reason: tooBig(int64(len(data)), opts.MaxBytes)}
			} else {
				j.data, j.format = data, format
			}
		}
		jobs = append(jobs, j)
	}
	return s.run(jobs, opts)
}

// Cancel stops a running import after the article it is storing: what was imported
// stays, whole. It reports whether an import was running.
func (s *ImportService) Cancel() bool { return s.runs.stop() }

// Orphans lists the annotations that did not re-anchor onto a new version of their
// article, for the analyst to fix or delete.
func (s *ImportService) Orphans() ([]Orphan, error) {
	rows, err := s.ws.DB().Q.ListOrphanSpans(s.ws.Context())
	if err != nil {
		return nil, storeErr(err, "the orphaned annotations")
	}
	out := make([]Orphan, 0, len(rows))
	for _, r := range rows {
		out = append(out, Orphan{SpanID: r.ID, ArticleID: r.ArticleID, ArticleTitle: r.ArticleTitle,
			ArticleVersion: r.ArticleVersion, Quote: r.Quote, Kind: r.Kind, Start: r.StartCp, End: r.EndCp, State: r.State})
	}
	return out, nil
}

// Versions lists every version of the article id belongs to, oldest first.
func (s *ImportService) Versions(articleID int64) ([]ArticleVersion, error) {
	ctx := s.ws.Context()
	q := s.ws.DB().Q
	cur, err := q.GetArticleForVersion(ctx, articleID)
	if err != nil {
		return nil, storeErr(err, fmt.Sprintf("article %d", articleID))
	}
	seen := map[int64]bool{cur.ID: true}
	for cur.PreviousVersionID.Valid && !seen[cur.PreviousVersionID.Int64] {
		p, err := q.GetArticleForVersion(ctx, cur.PreviousVersionID.Int64)
		if err != nil {
			break // the previous version was deleted
		}
		seen[p.ID] = true
		cur = p
	}
	var out []ArticleVersion
	listed := map[int64]bool{}
	for {
		out = append(out, ArticleVersion{ID: cur.ID, Version: cur.Version, PreviousVersionID: nullID(cur.PreviousVersionID),
			Title: cur.Title, CharCount: cur.CharCount, OriginalName: cur.OriginalName, URL: cur.Url, ImportedAt: cur.ImportedAt})
		listed[cur.ID] = true
		next, err := q.NextVersionOf(ctx, sql.NullInt64{Int64: cur.ID, Valid: true})
		// links that loop (a damaged file) lead back to a listed version: each is listed once
		if err != nil || listed[next] || len(out) > 10000 {
			break
		}
		if cur, err = q.GetArticleForVersion(ctx, next); err != nil {
			break
		}
	}
	return out, nil
}

func checkImportOptions(opts *ImportOptions) error {
	if opts.MaxBytes < 0 {
		return Invalid("the size limit cannot be negative (got %d bytes)", opts.MaxBytes)
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.VersionOf < 0 {
		return Invalid("versionOf must be an article id (got %d)", opts.VersionOf)
	}
	if err := ingest.CheckEncoding(opts.Encoding); err != nil {
		return Invalid("%s", err.Error())
	}
	return nil
}

// run imports the jobs one by one, in batched transactions of whole articles,
// reporting progress after each file and stopping between articles when cancelled
// (what was stored until then is committed).
func (s *ImportService) run(jobs []job, opts ImportOptions) (ImportSummary, error) {
	if opts.VersionOf != 0 {
		readable := 0
		for _, j := range jobs {
			if j.early == nil {
				readable++
			}
		}
		if readable != 1 {
			return ImportSummary{}, Invalid("a new version of article %d is one file; %d were given", opts.VersionOf, readable)
		}
	}
	ctx, finished, err := s.runs.start(s.ws.Context(), "an import is already running; wait for it or cancel it")
	if err != nil {
		return ImportSummary{}, err
	}
	defer finished()

	ws := s.ws
	b, err := ws.newImportBatch(ws.Context())
	if err != nil {
		return ImportSummary{}, err
	}
	defer b.close()
	b.batchMax, b.batchAge = importBatchMax, importBatchAge
	sum := ImportSummary{Items: []ImportOutcome{}}
	total := 0
	for _, j := range jobs {
		if j.early == nil {
			total++
		}
	}
	done := 0
	// notRead names the jobs from i on as not read (a file decided without a write is
	// said as always), so that a stopped import names every file it did not import.
	notRead := func(i int) {
		for _, rest := range jobs[i:] {
			if rest.early == nil {
				sum.NotRead++
				sum.NotReadNames = append(sum.NotReadNames, rest.display)
			} else {
				sum.Items = append(sum.Items, *rest.early)
			}
		}
	}
	for i, j := range jobs {
		if ctx.Err() != nil {
			sum.Cancelled = true
			notRead(i)
			break
		}
		if b.full {
			// Every next file would fail the same way: stop, keep what was committed.
			sum.Stopped = DiskFullMessage
			notRead(i)
			break
		}
		var outs []ImportOutcome
		if j.url != "" && j.early == nil {
			// Fetched in the cancellable context: a cancel drops the page being fetched.
			j.early = s.fetchJob(ctx, &j, opts)
			if j.early != nil && ctx.Err() != nil {
				sum.Cancelled = true
				j.early = nil // the page was dropped, not refused
				jobs[i] = j
				notRead(i)
				break
			}
			if j.early != nil {
				done++
				ws.Events.Emit("progress", Progress{Task: "import", Done: done, Total: total, Label: j.display})
			}
		}
		if j.early != nil {
			outs = []ImportOutcome{*j.early}
		} else {
			// The store runs in the workspace's context, not the cancellable one: a
			// cancel waits for the article being stored instead of tearing it.
			outs = b.importJob(ws.Context(), j, opts)
			done++
			label := j.display
			if len(outs) == 1 && outs[0].Title != "" {
				label = outs[0].Title
			}
			ws.Events.Emit("progress", Progress{Task: "import", Done: done, Total: total, Label: label})
		}
		sum.Items = append(sum.Items, outs...)
	}
	b.flush(ws.Context())
	b.fixOutcomes(sum.Items)
	if b.full {
		sum.Stopped = DiskFullMessage
	}
	for _, o := range sum.Items {
		switch o.Status {
		case StatusImported:
			sum.Imported++
		case StatusVersion:
			sum.Versions++
		case StatusDuplicate:
			sum.Duplicates++
		case StatusSkipped:
			sum.Skipped++
		default:
			sum.Rejected++
		}
	}
	if len(b.tables) > 0 {
		ws.notifyChanged(b.tables)
	}
	if s.AfterImport != nil {
		var added []int64
		for _, o := range sum.Items {
			if (o.Status == StatusImported || o.Status == StatusVersion) && o.ArticleID != 0 {
				added = append(added, o.ArticleID)
			}
		}
		if len(added) > 0 {
			s.AfterImport(added)
		}
	}
	return sum, nil
}
