package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"claimdesk/app/export"
	"claimdesk/app/names"
	"claimdesk/atomicfile"
	"claimdesk/db"
	"claimdesk/db/store"
)

// ExportService writes the workspace out as CSV, JSON Lines, W3C Web Annotation JSON-LD
// or schema.org ClaimReview JSON-LD (docs/export.md). Export streams: it reads pages of
// exportPageSize rows in id order inside one read snapshot, so memory does not grow with
// the number of rows and a concurrent edit never splits the output.
type ExportService struct {
	ws      *Workspace
	mu      sync.Mutex
	cancels map[int]context.CancelFunc
	nextID  int
}

// ExportOptions says what to export. Zero values of the filters mean "any".
type ExportOptions struct {
	What      string `json:"what"`      // annotations | claims | entities | mentions | assessments | evidence | sources
	Format    string `json:"format"`    // csv | jsonl | webannotation (annotations) | claimreview (claims)
	ArticleID int64  `json:"articleId"` // only records about this article
	Tag       string `json:"tag"`       // only records with this tag (by name)
	Since     string `json:"since"`     // YYYY-MM-DD: only records changed on or after it
	State     string `json:"state"`     // suggested | accepted | rejected (annotations, mentions)
	Excel     bool   `json:"excel"`     // CSV: put a UTF-8 byte order mark first
}

// ExportResult is an export held in memory, for the browser to save.
type ExportResult struct {
	Filename string   `json:"filename"`
	Content  string   `json:"content"`
	Rows     int      `json:"rows"`
	Warnings []string `json:"warnings"` // e.g. cells Excel would cut; nothing was changed
	// Encoding is "base64" for a binary export (xlsx), whose Content is then base64;
	// "" for text.
	Encoding string `json:"encoding"`
}

// ExportFileResult is an export written to a file.
type ExportFileResult struct {
	Path     string   `json:"path"`
	Rows     int      `json:"rows"`
	Warnings []string `json:"warnings"`
}

// exportDone is what a finished export run reports.
type exportDone struct {
	rows     int
	warnings []string
}

// MaxExportBytes bounds Export (in memory, for the browser); larger exports go to a file.
const MaxExportBytes = 50 << 20

// exportByteCap is MaxExportBytes, lowered by tests.
var exportByteCap = MaxExportBytes

// exportCacheKiB is the page cache of an export's connection, as PRAGMA cache_size
// takes it (negative: KiB): 64 MB, what an export of a large workspace touches more than
// once (entities, claims, articles), within the 200 MB memory budget of an export (in
// resident memory it costs about twice that: claimsCacheKiB says why).
const exportCacheKiB = -64 << 10

// claimsCacheKiB is the claims export's page cache: 16 MB, what one of its pages
// (claimsPageSize claims) reads twice, their mentions, spans and articles (once for the
// counts in ExportClaims, once for the counted columns). Its claims are read in id order,
// so a larger cache mostly holds the pages of claims already written. A cached page costs
// about twice its size here: modernc's allocator gives a 4 KiB page and SQLite's header an
// 8 KiB slot (on the benchmark workspace the 64 MB cache of the other exports added some
// 130 MB to the claims export's peak RSS; docs/performance.md, "The claims export within
// its memory budget").
const claimsCacheKiB = -16 << 10

// exportPageSize is how many rows one keyset page reads.
var exportPageSize int64 = 5000

// claimsPageSize is how many claims one page of the claims export reads: each page also
// reads its claims' mentions, their articles and the contradictions' snapshot, all alive
// together (export_claims.go), so its pages are smaller than the other exports'.
const claimsPageSize = 1000

// ExportWhat and ExportFormats list the vocabularies, in documentation order.
var (
	ExportWhat    = []string{"annotations", "claims", "entities", "mentions", "assessments", "evidence", "sources"}
	ExportFormats = []string{"csv", "jsonl", "webannotation", "claimreview", "xlsx"}
)

// Which filters apply to which export.
var (
	exportTagged   = set("annotations", "mentions", "claims", "assessments", "evidence")
	exportStateful = set("annotations", "mentions")
)

// CheckExportOptions validates and normalises options without the workspace: the CLI
// calls it to tell wrong usage (exit 2) from failures. Every error is `invalid`.
func CheckExportOptions(o ExportOptions) (ExportOptions, error) {
	o.What = strings.ToLower(strings.TrimSpace(o.What))
	o.Format = strings.ToLower(strings.TrimSpace(o.Format))
	if o.What == "bundle" {
		return checkBundleOptions(o)
	}
	if o.Format == "" {
		o.Format = "csv"
	}
	if o.What == "all" && o.Format != "xlsx" {
		return o, Invalid("what=all (every table, a sheet each) is for the xlsx format only; export one table at a time as %s", o.Format)
	}
	if !set(ExportWhat...)[o.What] && o.What != "all" {
		return o, Invalid("what to export must be one of %s (or all, for xlsx; or bundle, for a merge); got %q", strings.Join(ExportWhat, ", "), o.What)
	}
	switch o.Format {
	case "csv", "jsonl", "xlsx":
	case "webannotation":
		if o.What != "annotations" {
			return o, Invalid("the webannotation format (W3C Web Annotation) is for annotations only, not %s", o.What)
		}
	case "claimreview":
		if o.What != "claims" {
			return o, Invalid("the claimreview format (schema.org ClaimReview) is for claims only, not %s", o.What)
		}
	default:
		return o, Invalid("format must be one of %s; got %q", strings.Join(ExportFormats, ", "), o.Format)
	}
	if o.Excel && o.Format != "csv" {
		return o, Invalid("the Excel byte order mark is for CSV only, not %s", o.Format)
	}
	if o.ArticleID < 0 {
		return o, Invalid("article id must be positive; got %d", o.ArticleID)
	}
	o.Tag = names.Clean(o.Tag)
	if o.Tag != "" && !exportTagged[o.What] {
		return o, Invalid("a tag filter applies to annotations, mentions, claims, assessments and evidence, not %s", o.What)
	}
	o.Since = strings.TrimSpace(o.Since)
	if o.Since != "" {
		if _, err := time.Parse("2006-01-02", o.Since); err != nil {
			return o, Invalid("since must be a date written YYYY-MM-DD (e.g. 2025-06-29); got %q", o.Since)
		}
	}
	o.State = strings.ToLower(strings.TrimSpace(o.State))
	if o.State != "" {
		if !spanStates[o.State] {
			return o, Invalid("state must be suggested, accepted or rejected; got %q", o.State)
		}
		if !exportStateful[o.What] {
			return o, Invalid("a state filter applies to annotations and mentions, not %s", o.What)
		}
	}
	// Web Annotation is for sharing the analyst's work: machine suggestions (and the
	// rejected ones) only when asked for with a state.
	if o.Format == "webannotation" && o.State == "" {
		o.State = "accepted"
	}
	return o, nil
}

// exportFilename suggests a file name for an export, e.g. claimdesk-annotations-20261122.csv.
func (ws *Workspace) exportFilename(o ExportOptions) string {
	name := "claimdesk-" + o.What
	if o.ArticleID > 0 {
		name += fmt.Sprintf("-article%d", o.ArticleID)
	}
	name += "-" + ws.Clock().UTC().Format("20060102")
	switch o.Format {
	case "csv":
		return name + ".csv"
	case "jsonl":
		return name + ".jsonl"
	case "xlsx":
		return name + ".xlsx"
	}
	return name + "." + o.Format + ".jsonl"
}

// exportExtensions are the file name endings ExportToFile accepts per format: the file
// chooser offers them, and they keep a bound method (callable from the browser) from
// writing over a program's or the shell's files.
var exportExtensions = map[string][]string{
	"csv":           {".csv"},
	"jsonl":         {".jsonl", ".ndjson", ".json"},
	"webannotation": {".jsonl", ".jsonld", ".json"},
	"claimreview":   {".jsonl", ".jsonld", ".json"},
	"xlsx":          {".xlsx"},
}

// CheckExportPath checks the shape of an export file's name without touching the file
// system (absolute, ending as the format asks) and returns it cleaned. The CLI calls it
// to tell wrong usage (exit 2) from a refusal by the file system (exit 1).
func CheckExportPath(path, format string) (string, error) {
	return checkPathExtension(path, "a "+format+" export", exportExtensions[format])
}

// checkPathExtension checks that an absolute path ends in one of exts; what names the file
// in the message ("a csv export").
func checkPathExtension(path, what string, exts []string) (string, error) {
	if path == "" || !filepath.IsAbs(path) {
		return "", Invalid("the export file must be an absolute path; got %q", path)
	}
	path = filepath.Clean(path)
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range exts {
		if ext == e {
			return path, nil
		}
	}
	return "", Invalid("%s must be saved as a file ending in %s; got %q", what, strings.Join(exts, ", "), filepath.Base(path))
}

// Export runs an export into memory, for the browser to offer as a download. It refuses
// exports over MaxExportBytes: use ExportToFile or `claimdesk export --out FILE`.
func (s *ExportService) Export(opts ExportOptions) (ExportResult, error) {
	o, err := CheckExportOptions(opts)
	if err != nil {
		return ExportResult{}, err
	}
	buf := &cappedBuffer{max: exportByteCap}
	done, err := s.run(buf, o)
	if errors.Is(err, errTooLarge) {
		return ExportResult{}, Invalid("this export is larger than %d MB; save it to a file instead (the desktop's Save dialog, or `claimdesk export --out FILE`)", exportByteCap>>20)
	}
	if err != nil {
		return ExportResult{}, err
	}
	if o.Format == "xlsx" {
		return ExportResult{Filename: s.ws.exportFilename(o), Content: base64.StdEncoding.EncodeToString(buf.Bytes()), Rows: done.rows, Warnings: orEmpty(done.warnings), Encoding: "base64"}, nil
	}
	return ExportResult{Filename: s.ws.exportFilename(o), Content: buf.String(), Rows: done.rows, Warnings: orEmpty(done.warnings)}, nil
}

// ExportToFile writes an export to path, an absolute path whose name ends as the format
// asks (.csv; .jsonl, .ndjson or .json; for JSON-LD also .jsonld). An existing file is
// refused (`conflict`, "exists") unless overwrite; then it is replaced whole, atomically.
// The file is created owner-only (0600): it holds the analyst's work.
func (s *ExportService) ExportToFile(path string, overwrite bool, opts ExportOptions) (ExportFileResult, error) {
	o, err := CheckExportOptions(opts)
	if err != nil {
		return ExportFileResult{}, err
	}
	if path, err = CheckExportPath(path, o.Format); err != nil {
		return ExportFileResult{}, err
	}
	return s.toFile(path, overwrite, func(w io.Writer) (exportDone, error) { return s.run(w, o) })
}

// toFile writes an export (or a memo) to a checked path through write: refused over the
// workspace's own files, into a missing folder or onto an existing file unless overwrite;
// written beside the path and moved into place whole.
func (s *ExportService) toFile(path string, overwrite bool, write func(io.Writer) (exportDone, error)) (ExportFileResult, error) {
	if dbPath := s.ws.DB().Path; path == dbPath || path == dbPath+"-wal" || path == dbPath+"-shm" {
		return ExportFileResult{}, Invalid("cannot export over the workspace file itself")
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return ExportFileResult{}, Invalid("folder %s does not exist; choose another place for the export", dir)
	}
	if st, err := os.Lstat(path); err == nil {
		if st.IsDir() {
			return ExportFileResult{}, Invalid("%s is a folder; give a file name", path)
		}
		if !overwrite {
			return ExportFileResult{}, Conflict("%s exists; choose another name or confirm overwriting it (--force)", path)
		}
	}
	// Written beside it and renamed (or linked) into place once whole and on disk: a
	// crash or kill midway leaves no half export under the final name (see atomicfile).
	f, err := atomicfile.Create(path, overwrite)
	if err != nil {
		return ExportFileResult{}, Invalid("cannot write in %s: %v", dir, err)
	}
	done, err := write(f)
	if err == nil {
		err = f.Commit()
	} else {
		f.Abort()
	}
	switch {
	case err == nil:
	case errors.Is(err, os.ErrExist):
		return ExportFileResult{}, Conflict("%s exists; choose another name or confirm overwriting it (--force)", path)
	case db.IsFull(err):
		return ExportFileResult{}, &Error{Code: CodeConflict, Message: DiskFullMessage + " (the export was not written)", Err: err}
	default:
		var appErr *Error
		if errors.As(err, &appErr) {
			return ExportFileResult{}, appErr
		}
		return ExportFileResult{}, Internal(err, "writing "+path)
	}
	return ExportFileResult{Path: path, Rows: done.rows, Warnings: orEmpty(done.warnings)}, nil
}

// Cancel stops the running exports (between pages); false when none was running.
func (s *ExportService) Cancel() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.cancels {
		c()
	}
	return len(s.cancels) > 0
}

// WriteExport streams an export to w (the CLI's standard output) and returns the number
// of records written and any warnings. Not a bound method: an io.Writer cannot cross
// the UI's doors.
func WriteExport(s *ExportService, w io.Writer, opts ExportOptions) (int, []string, error) {
	o, err := CheckExportOptions(opts)
	if err != nil {
		return 0, nil, err
	}
	done, err := s.run(w, o)
	return done.rows, done.warnings, err
}

// run checks the options against the workspace and writes the export to w.
func (s *ExportService) run(w io.Writer, o ExportOptions) (exportDone, error) {
	ctx, cancel := context.WithCancel(s.ws.Context())
	defer cancel()
	s.mu.Lock()
	if s.cancels == nil {
		s.cancels = map[int]context.CancelFunc{}
	}
	id := s.nextID
	s.nextID++
	s.cancels[id] = cancel
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.cancels, id)
		s.mu.Unlock()
	}()

	x := &exporter{ctx: ctx, o: o, ws: s.ws}
	cache := exportCacheKiB
	if o.What == "claims" {
		cache = claimsCacheKiB
	}
	err := s.ws.DB().ReadSnapshot(ctx, cache, func(q *store.Queries) error {
		x.q = q
		if o.ArticleID > 0 {
			if _, err := q.GetArticleBody(ctx, o.ArticleID); err != nil {
				return storeErr(err, fmt.Sprintf("article %d", o.ArticleID))
			}
		}
		if o.Tag != "" {
			if _, err := q.GetTagByName(ctx, o.Tag); err != nil {
				return storeErr(err, fmt.Sprintf("tag %q", o.Tag))
			}
		}
		return x.write(w)
	})
	done := exportDone{rows: x.rows, warnings: x.warnings()}
	switch {
	case err == nil:
		return done, nil
	case errors.Is(err, errTooLarge):
		return done, err
	case ctx.Err() != nil:
		return done, Conflict("the export was cancelled after %d record(s)", x.rows)
	}
	var ae *Error
	if errors.As(err, &ae) {
		return done, ae
	}
	if errors.Is(err, errWrite) {
		return done, Internal(err, "writing the export")
	}
	return done, storeErr(err, "the export")
}

// warnings says what the reader of the file should know: CSV cells longer than Excel
// holds (Excel cuts them on opening; the file itself has them whole), workbook cells cut
// to that limit (each ends with a mark saying so).
func (x *exporter) warnings() []string {
	if x.book != nil && x.book.Truncated > 0 {
		return []string{fmt.Sprintf("%d cell(s) were longer than Excel's limit of %d characters and are cut in the workbook (each ends “…cut at Excel's 32,767-character cell limit”); the CSV and JSONL exports hold the whole text",
			x.book.Truncated, export.XLSXMaxCellChars)}
	}
	c, ok := x.rec.(*export.CSVWriter)
	if !ok {
		return nil
	}
	long := c.LongCells()
	if long.Count == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d cell(s) are longer than Excel's limit of %d characters (first: record %d, column %s); the CSV holds them whole, but Excel cuts them when it opens the file: use another program or the JSONL format for those",
		long.Count, export.ExcelCellLimit, long.Record, long.Column)}
}

var (
	errTooLarge = errors.New("export too large")
	errWrite    = errors.New("write failed")
)

// cappedBuffer refuses to grow past max bytes.
type cappedBuffer struct {
	bytes.Buffer
	max int
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.max {
		return 0, errTooLarge
	}
	return b.Buffer.Write(p)
}

// writeErr marks an output error so it is not taken for a database error.
type writeErr struct{ err error }

func (e writeErr) Error() string { return e.err.Error() }
func (e writeErr) Unwrap() []error {
	return []error{e.err, errWrite}
}

func wrapWrite(err error) error {
	if err == nil || errors.Is(err, errTooLarge) {
		return err
	}
	return writeErr{err}
}

// exporter is one export run.
type exporter struct {
	ctx   context.Context
	q     *store.Queries
	ws    *Workspace
	o     ExportOptions
	rec   export.RecordWriter
	book  *export.XLSXWorkbook // the workbook being written (xlsx), for its warning
	rows  int
	total int
	vals  []export.Value
	// absent marks the columns written null when empty (absentWhenEmpty)
	absent []bool
	facts  map[int64]store.ExportArticleFactsByIDRow // article facts cache, bounded
	names  map[int64]string                          // entity names cache, bounded
	uuids  map[int64]string                          // entity uuids, cached with names
	// publisher of ClaimReview exports (its organisation and review URL pattern)
	publisher ReviewPublisher
	versions  firstVersions // the articles' versions, read once (claimColumns)
}

// article returns an article's facts, which articleFacts read for the page.
func (x *exporter) article(id int64) (store.ExportArticleFactsByIDRow, error) {
	f, ok := x.facts[id]
	if !ok {
		return f, fmt.Errorf("article %d: its facts were not read with its page", id)
	}
	return f, nil
}

// articleFacts reads the facts of a page's articles that are not cached yet, in one
// statement (one query per article cost ~18 % of a 1,000,000-span export). The cache is
// dropped when it would pass 4,096 articles, so memory stays bounded whatever the
// workspace; the page's articles are then all read again.
func (x *exporter) articleFacts(ids []int64) error {
	var page, missing []int64
	seen := map[int64]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			page = append(page, id)
			if _, ok := x.facts[id]; !ok {
				missing = append(missing, id)
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if x.facts == nil || len(x.facts)+len(missing) > 4096 {
		x.facts = make(map[int64]store.ExportArticleFactsByIDRow, len(page))
		missing = page
	}
	rows, err := x.q.ExportArticleFactsByID(x.ctx, idsJSON(missing))
	if err != nil {
		return err
	}
	for _, r := range rows {
		x.facts[r.ID] = r
	}
	return nil
}

// entityNames fills in the names of a page's entities (linked and speaking), read once per entity and cached
// (the cache is dropped when it reaches 200,000 names, so memory stays bounded).
func (x *exporter) entityNames(page []store.ExportAnnotationsRow) error {
	if x.names == nil || len(x.names) >= 200_000 {
		x.names, x.uuids = map[int64]string{}, map[int64]string{}
	}
	var missing []int64
	for _, r := range page {
		for _, id := range []sql.NullInt64{r.EntityID, r.SpeakerEntityID} {
			if id.Valid {
				if _, ok := x.names[id.Int64]; !ok {
					x.names[id.Int64] = "" // asked once; stays "" if the entity is gone
					missing = append(missing, id.Int64)
				}
			}
		}
	}
	if len(missing) > 0 {
		rows, err := x.q.ExportEntityNames(x.ctx, idsJSON(missing))
		if err != nil {
			return err
		}
		for _, e := range rows {
			x.names[e.ID], x.uuids[e.ID] = e.Name, e.Uuid
		}
	}
	return nil
}

// spanTags returns the tags of the spans first..last (one page), by span.
func (x *exporter) spanTags(first, last int64) (map[int64][]string, error) {
	rows, err := x.q.ExportSpanTags(x.ctx, store.ExportSpanTagsParams{FirstID: first, LastID: last})
	if err != nil {
		return nil, err
	}
	m := make(map[int64][]string, len(rows))
	for _, r := range rows {
		m[r.SpanID] = append(m[r.SpanID], r.Name)
	}
	return m, nil
}

func (x *exporter) progress() {
	x.ws.Events.Emit("progress", Progress{Task: "export", Done: x.rows, Total: x.total, Label: x.o.What})
}

func (x *exporter) write(w io.Writer) error {
	if x.o.What == "bundle" {
		return x.bundle(w)
	}
	if x.o.Format == "xlsx" {
		return x.workbook(w)
	}
	if x.o.Format == "csv" {
		x.rec = export.NewCSV(w, x.o.Excel)
	} else if x.o.Format == "jsonl" {
		x.rec = export.NewJSONL(w)
	}
	return x.table(w)
}

// workbook writes the table (or, for what=all, every table) as a sheet of an Excel
// workbook, then the workbook to w.
func (x *exporter) workbook(w io.Writer) error {
	book, err := export.NewXLSX()
	if err != nil {
		return err
	}
	x.book = book
	whats := []string{x.o.What}
	if x.o.What == "all" {
		whats = ExportWhat
	}
	all := x.o.What
	defer func() { x.o.What = all }()
	for _, what := range whats {
		x.o.What = what
		x.rec = book.Sheet(what)
		if err := x.table(w); err != nil {
			return err
		}
	}
	return wrapWrite(book.Write(w))
}

// table writes one table's records through x.rec (or its JSON-LD writer).
func (x *exporter) table(w io.Writer) error {
	var err error
	switch x.o.What {
	case "annotations":
		err = x.annotations(w)
	case "mentions":
		err = x.mentions()
	case "claims":
		err = x.claims(w)
	case "entities":
		err = x.entities()
	case "assessments":
		err = x.assessments()
	case "evidence":
		err = x.evidence()
	case "sources":
		err = x.sources()
	}
	return err
}

// begin counts the records (for progress) and writes the header.
func (x *exporter) begin(total int64, err error, columns []string) error {
	if err != nil {
		return err
	}
	x.total = int(total)
	x.absent = absentMask(x.o.What, columns)
	x.progress()
	if x.rec != nil {
		return wrapWrite(x.rec.Header(columns))
	}
	return nil
}

// record writes one CSV/JSONL record from x.vals.
func (x *exporter) record() error {
	x.rows++
	for i, v := range x.vals {
		if i < len(x.absent) && x.absent[i] && v.Kind == export.KindText && v.S == "" {
			x.vals[i] = export.Null()
		}
	}
	return wrapWrite(x.rec.Record(x.vals))
}

// endPage reports progress and checks for cancellation after each page.
// eachPage walks an export in keyset pages of size rows (fetch gets the page after a
// key; key gives a row's), hands each page to use, and reports progress after each:
// memory stays bounded by one page whatever the number of rows.
func eachPage[R any](x *exporter, size int64, fetch func(after int64) ([]R, error), key func(R) int64, use func(page []R) error) error {
	var after int64
	for {
		page, err := fetch(after)
		if err != nil {
			return err
		}
		if err := use(page); err != nil {
			return err
		}
		if len(page) > 0 {
			after = key(page[len(page)-1])
		}
		if err := x.endPage(); err != nil {
			return err
		}
		if int64(len(page)) < size {
			return nil
		}
	}
}

func (x *exporter) endPage() error {
	x.progress()
	return x.ctx.Err()
}

func (x *exporter) finish(flush func() error) error {
	return wrapWrite(flush())
}

// tagList decodes a JSON array of names from a query ("[]" is the common case).
func tagList(s string) ([]string, error) {
	if s == "" || s == "[]" {
		return []string{}, nil
	}
	var l []string
	if err := json.Unmarshal([]byte(s), &l); err != nil {
		return nil, err
	}
	return l, nil
}

func optInt64(n int64, valid bool) export.Value {
	if !valid {
		return export.Null()
	}
	return export.Int(n)
}

func credValue(c int64) export.Value {
	if c == 0 {
		return export.Null()
	}
	return export.Int(c)
}

// gradeOf is a claim mention's Admiralty grade ("" for other spans).
func gradeOf(isClaim bool, reliability string, credibility int64) string {
	if !isClaim {
		return ""
	}
	var c *int64
	if credibility != 0 {
		c = &credibility
	}
	return Grade(reliability, c)
}

// claimGrade is a claim's grade in the claims export: the most reliable source that
// reports it, with its current credibility ("B2"); F when no reporting article has a
// source (as Grade), "" while ungraded.
func claimGrade(reliability string, credibility sql.NullInt64) string {
	if !credibility.Valid {
		return ""
	}
	c := credibility.Int64
	return Grade(reliability, &c)
}

func gradeLabel(grade string) string {
	if len(grade) != 2 {
		return ""
	}
	if grade[1:] == UngradedMark {
		return fmt.Sprintf("%s: source %s, information not assessed yet", grade, ReliabilityLabel(grade[:1]))
	}
	var c int64 = int64(grade[1] - '0')
	return fmt.Sprintf("%s: source %s, information %s", grade, ReliabilityLabel(grade[:1]), CredibilityLabel(c))
}

// Columns, in output order; docs/export.md documents each (a test checks it names them all).
var columnDocs = map[string][]string{
	"annotations": {"annotation_id", "article_id", "article_sha256", "article_title", "article_url", "source", "source_reliability",
		"published_at", "offset_unit", "start_cp", "end_cp", "quote", "prefix", "suffix", "kind", "entity_type", "entity_id", "entity",
		"proposed_name", "claim_id", "claim", "credibility", "grade", "anchor_status", "state", "origin", "confidence", "note",
		"analyst", "created_at", "updated_at", "tags", "annotation_uuid", "article_uuid", "entity_uuid", "claim_uuid",
		"hedge", "raw_value", "value_kind", "value_low", "value_high", "value_unit", "date_start", "date_end", "date_precision",
		"readings", "speaker_entity_id", "speaker", "speaker_uuid"},
	"mentions": {"annotation_id", "claim_id", "claim", "article_id", "article_sha256", "article_title", "article_url", "source",
		"source_reliability", "published_at", "offset_unit", "start_cp", "end_cp", "quote", "prefix", "suffix", "state", "origin",
		"confidence", "credibility", "grade", "raw_value", "value_kind", "value_low", "value_high", "value_unit", "date_start",
		"date_end", "date_precision", "hedge", "speaker_entity_id", "speaker", "channel_source_id", "channel", "channel_text",
		"is_direct_quote", "analyst", "created_at", "updated_at", "tags"},
	"claims": {"claim_id", "statement", "note", "credibility", "credibility_label", "assessment_id", "rationale", "analyst",
		"assessed_at", "mentions", "articles", "created_by", "created_at", "updated_at", "tags", "claim_uuid", "assessment_uuid",
		"independent_origins", "grade", "contradictions"},
	"entities": {"entity_id", "type", "name", "aliases", "note", "merged_into_id", "mentions", "articles", "created_at", "updated_at"},
	"assessments": {"assessment_id", "claim_id", "claim", "credibility", "credibility_label", "rationale", "analyst", "origin",
		"assessed_at", "retracted_at", "is_latest", "evidence_count", "tags"},
	"evidence": {"evidence_id", "assessment_id", "claim_id", "claim", "credibility", "assessed_at", "retracted_at", "stance",
		"annotation_id", "article_id", "article_title", "source", "source_reliability", "offset_unit", "start_cp", "end_cp", "quote",
		"url", "note", "created_at", "page_url", "page_fetched_at", "page_sha256"},
	"sources": {"source_id", "name", "kind", "reliability", "reliability_label", "url", "note", "articles", "created_at", "updated_at"},
}

// absentWhenEmpty lists, per export, the columns whose empty value means "there is none":
// a missing link (its id and uuid, and what the record takes from it: its name, grade or
// label), or an absent number, date, time or code. JSON Lines writes them null, never
// "" (docs/export.md, "Null"); CSV leaves the cell empty and XLSX blank, as for "".
// A text the analyst or the article left empty (a note, a hedge, a unit) stays "".
var absentWhenEmpty = map[string][]string{
	"annotations": {"article_url", "source", "source_reliability", "published_at", "entity_id", "entity", "claim_id", "claim",
		"credibility", "grade", "entity_uuid", "claim_uuid", "value_kind", "value_low", "value_high", "date_start", "date_end",
		"date_precision", "speaker_entity_id", "speaker", "speaker_uuid"},
	"mentions": {"article_url", "source", "source_reliability", "published_at", "credibility", "grade", "value_low", "value_high",
		"date_start", "date_end", "date_precision", "speaker_entity_id", "speaker", "channel_source_id", "channel"},
	"claims":      {"credibility", "credibility_label", "assessment_id", "rationale", "analyst", "assessed_at", "assessment_uuid", "grade"},
	"entities":    {"merged_into_id"},
	"assessments": {"retracted_at"},
	"evidence": {"retracted_at", "annotation_id", "article_id", "article_title", "source", "source_reliability", "offset_unit",
		"start_cp", "end_cp", "quote", "page_url", "page_fetched_at", "page_sha256"},
	"sources": {},
}

// absentMask marks the columns of what that absentWhenEmpty names.
func absentMask(what string, columns []string) []bool {
	absent := set(absentWhenEmpty[what]...)
	mask := make([]bool, len(columns))
	for i, c := range columns {
		mask[i] = absent[c]
	}
	return mask
}

// ExportColumns returns the columns of a CSV/JSONL export (nil for an unknown one).
func ExportColumns(what string) []string { return append([]string(nil), columnDocs[what]...) }

// Short value constructors for the record builders below.
var (
	tv     = export.Text
	iv     = export.Int
	fv     = export.Float
	lv     = export.List
	cpUnit = export.Text("codepoint")
)

func (x *exporter) annotations(w io.Writer) error {
	o := x.o
	n, err := x.q.CountExportAnnotations(x.ctx, store.CountExportAnnotationsParams{ArticleID: o.ArticleID, State: o.State, Since: o.Since, Tag: o.Tag})
	if err := x.begin(n, err, columnDocs["annotations"]); err != nil {
		return err
	}
	var wa *export.WebAnnotationWriter
	if o.Format == "webannotation" {
		wa = export.NewWebAnnotation(w)
	}
	err = eachPage(x, exportPageSize, func(after int64) ([]store.ExportAnnotationsRow, error) {
		return x.q.ExportAnnotations(x.ctx, store.ExportAnnotationsParams{
			AfterID: after, ArticleID: o.ArticleID, State: o.State, Since: o.Since, Tag: o.Tag, PageSize: exportPageSize})
	}, func(r store.ExportAnnotationsRow) int64 { return r.ID }, func(page []store.ExportAnnotationsRow) error {
		var tagsOf, furtherOf map[int64][]string
		if len(page) > 0 {
			var err error
			if tagsOf, err = x.spanTags(page[0].ID, page[len(page)-1].ID); err != nil {
				return err
			}
			if furtherOf, err = x.furtherReadings(page[0].ID, page[len(page)-1].ID); err != nil {
				return err
			}
			if err := x.entityNames(page); err != nil {
				return err
			}
			ids := make([]int64, len(page))
			for i, r := range page {
				ids[i] = r.ArticleID
			}
			if err := x.articleFacts(ids); err != nil {
				return err
			}
		}
		for _, r := range page {
			tags := orEmpty(tagsOf[r.ID])
			entity, entityUUID := "", ""
			if r.EntityID.Valid {
				entity, entityUUID = x.names[r.EntityID.Int64], x.uuids[r.EntityID.Int64]
			}
			a, err := x.article(r.ArticleID)
			if err != nil {
				return err
			}
			grade := gradeOf(r.ClaimID.Valid, a.SourceReliability, r.Credibility)
			if wa != nil {
				x.rows++
				if err := wa.Write(export.Annotation{
					ID: r.ID, ArticleID: r.ArticleID, ArticleURL: a.Url, ArticleSHA256: a.BodySha256,
					Kind: r.Kind, EntityType: r.EntityType, EntityID: nullID(r.EntityID),
					Entity: firstNonEmpty(entity, r.ProposedName), ClaimID: nullID(r.ClaimID), Claim: r.Claim,
					Grade: grade, GradeLabel: gradeLabel(grade), Start: r.StartCp, End: r.EndCp,
					Quote: r.Quote, Prefix: r.Prefix, Suffix: r.Suffix, AnchorStatus: r.AnchorStatus,
					State: r.State, Origin: r.Origin, Confidence: r.Confidence, Note: r.Note,
					Annotator: r.Annotator, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, Tags: tags,
					UUID: r.Uuid, ArticleUUID: a.Uuid, EntityUUID: entityUUID, ClaimUUID: r.ClaimUuid,
				}); err != nil {
					return wrapWrite(err)
				}
				continue
			}
			x.vals = append(x.vals[:0], iv(r.ID), iv(r.ArticleID), tv(a.BodySha256), tv(a.Title), tv(a.Url),
				tv(a.Source), tv(a.SourceReliability), tv(a.PublishedAt), cpUnit, iv(r.StartCp), iv(r.EndCp),
				tv(r.Quote), tv(r.Prefix), tv(r.Suffix), tv(r.Kind), tv(r.EntityType), optInt64(r.EntityID.Int64, r.EntityID.Valid),
				tv(entity), tv(r.ProposedName), optInt64(r.ClaimID.Int64, r.ClaimID.Valid), tv(r.Claim),
				credValue(r.Credibility), tv(grade), tv(r.AnchorStatus), tv(r.State), tv(r.Origin), fv(r.Confidence),
				tv(r.Note), tv(r.Annotator), tv(r.CreatedAt), tv(r.UpdatedAt), lv(tags),
				tv(r.Uuid), tv(a.Uuid), tv(entityUUID), tv(r.ClaimUuid))
			x.vals = x.mentionSays(x.vals, r, furtherOf[r.ID])
			if err := x.record(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if wa != nil {
		return x.finish(wa.Flush)
	}
	return x.finish(x.rec.Flush)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (x *exporter) mentions() error {
	o := x.o
	n, err := x.q.CountExportMentions(x.ctx, store.CountExportMentionsParams{ArticleID: o.ArticleID, State: o.State, Since: o.Since, Tag: o.Tag})
	if err := x.begin(n, err, columnDocs["mentions"]); err != nil {
		return err
	}
	err = eachPage(x, exportPageSize, func(after int64) ([]store.ExportMentionsRow, error) {
		return x.q.ExportMentions(x.ctx, store.ExportMentionsParams{
			AfterID: after, ArticleID: o.ArticleID, State: o.State, Since: o.Since, Tag: o.Tag, PageSize: exportPageSize})
	}, func(r store.ExportMentionsRow) int64 { return r.SpanID }, func(page []store.ExportMentionsRow) error {
		var tagsOf map[int64][]string
		if len(page) > 0 {
			if tagsOf, err = x.spanTags(page[0].SpanID, page[len(page)-1].SpanID); err != nil {
				return err
			}
			ids := make([]int64, len(page))
			for i, r := range page {
				ids[i] = r.ArticleID
			}
			if err := x.articleFacts(ids); err != nil {
				return err
			}
		}
		for _, r := range page {
			tags := orEmpty(tagsOf[r.SpanID])
			a, err := x.article(r.ArticleID)
			if err != nil {
				return err
			}
			low, high := export.Null(), export.Null()
			if r.ValueLow.Valid {
				low = fv(r.ValueLow.Float64)
			}
			if r.ValueHigh.Valid {
				high = fv(r.ValueHigh.Float64)
			}
			x.vals = append(x.vals[:0], iv(r.SpanID), iv(r.ClaimID), tv(r.Claim), iv(r.ArticleID), tv(a.BodySha256),
				tv(r.ArticleTitle), tv(a.Url), tv(a.Source), tv(a.SourceReliability), tv(a.PublishedAt), cpUnit,
				iv(r.StartCp), iv(r.EndCp), tv(r.Quote), tv(r.Prefix), tv(r.Suffix), tv(r.State), tv(r.Origin), fv(r.Confidence),
				credValue(r.Credibility), tv(gradeOf(true, a.SourceReliability, r.Credibility)), tv(r.RawValue), tv(r.ValueKind),
				low, high, tv(r.ValueUnit), tv(r.DateStart), tv(r.DateEnd), tv(r.DatePrecision), tv(r.Hedge),
				optInt64(r.SpeakerEntityID.Int64, r.SpeakerEntityID.Valid), tv(r.Speaker),
				optInt64(r.ChannelSourceID.Int64, r.ChannelSourceID.Valid), tv(r.Channel), tv(r.ChannelText),
				export.Bool(r.IsDirectQuote != 0), tv(r.Annotator), tv(r.CreatedAt), tv(r.UpdatedAt), lv(tags))
			if err := x.record(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return x.finish(x.rec.Flush)
}

func (x *exporter) claims(w io.Writer) error {
	o := x.o
	assessedOnly := 0
	var cr *export.ClaimReviewWriter
	if o.Format == "claimreview" {
		assessedOnly = 1
		cr = export.NewClaimReview(w)
		var err error
		if x.publisher, err = x.ws.reviewPublisher(x.q); err != nil {
			return err
		}
	}
	n, err := x.q.CountExportClaims(x.ctx, store.CountExportClaimsParams{AssessedOnly: assessedOnly, ArticleID: o.ArticleID, Since: o.Since, Tag: o.Tag})
	if err := x.begin(n, err, columnDocs["claims"]); err != nil {
		return err
	}
	size := min(exportPageSize, claimsPageSize)
	err = eachPage(x, size, func(after int64) ([]store.ExportClaimsRow, error) {
		return x.q.ExportClaims(x.ctx, store.ExportClaimsParams{
			AfterID: after, AssessedOnly: assessedOnly, ArticleID: o.ArticleID, Since: o.Since, Tag: o.Tag, PageSize: size})
	}, func(r store.ExportClaimsRow) int64 { return r.ID }, func(page []store.ExportClaimsRow) error {
		var appearances map[int64][]export.Appearance
		authors := map[int64]export.Author{}
		if cr != nil && len(page) > 0 {
			who, err := x.q.ExportClaimAuthors(x.ctx, store.ExportClaimAuthorsParams{FirstID: page[0].ID, LastID: page[len(page)-1].ID})
			if err != nil {
				return err
			}
			for _, a := range who {
				if _, ok := authors[a.ClaimID]; !ok { // the most frequent speaker or channel
					authors[a.ClaimID] = export.Author{Name: a.Author, Type: a.AuthorType}
				}
			}
			rows, err := x.q.ExportClaimAppearances(x.ctx, store.ExportClaimAppearancesParams{FirstID: page[0].ID, LastID: page[len(page)-1].ID})
			if err != nil {
				return err
			}
			appearances = map[int64][]export.Appearance{}
			for _, a := range rows {
				appearances[a.ClaimID] = append(appearances[a.ClaimID], export.Appearance{
					ArticleID: a.ArticleID, UUID: a.Uuid, URL: a.Url, Headline: a.Title, PublishedAt: a.PublishedAt, Source: a.Source})
			}
		}
		var cols claimColumns
		if cr == nil && len(page) > 0 {
			ids := make([]int64, len(page))
			for i, r := range page {
				ids[i] = r.ID
			}
			var err error
			if cols, err = x.claimColumns(ids); err != nil {
				return err
			}
		}
		for _, r := range page {
			if cr != nil {
				x.rows++
				if err := cr.Write(export.Review{
					ClaimID: r.ID, AssessmentID: r.LatestAssessmentID, Statement: r.Statement,
					Credibility: r.Credibility.Int64, CredibilityLabel: CredibilityLabel(r.Credibility.Int64),
					Rationale: r.LatestRationale, Analyst: r.LatestAnalyst, AssessedAt: r.LatestAssessedAt,
					Appearances: appearances[r.ID], ClaimUUID: r.Uuid, AssessmentUUID: r.LatestAssessmentUuid,
					URL: x.publisher.ReviewURL(r.Uuid), Publisher: x.publisher.Organisation, ClaimAuthor: authors[r.ID],
				}); err != nil {
					return wrapWrite(err)
				}
				continue
			}
			tags, err := tagList(r.Tags)
			if err != nil {
				return err
			}
			cred, label, aid := export.Null(), "", export.Null()
			if r.Credibility.Valid {
				cred, label, aid = iv(r.Credibility.Int64), CredibilityLabel(r.Credibility.Int64), iv(r.LatestAssessmentID)
			}
			x.vals = append(x.vals[:0], iv(r.ID), tv(r.Statement), tv(r.Note), cred, tv(label), aid, tv(r.LatestRationale),
				tv(r.LatestAnalyst), tv(r.LatestAssessedAt), iv(r.Mentions), iv(cols.counts[r.ID].articles), tv(r.CreatedBy),
				tv(r.CreatedAt), tv(r.UpdatedAt), lv(tags), tv(r.Uuid), tv(r.LatestAssessmentUuid),
				iv(cols.counts[r.ID].origins), tv(claimGrade(cols.best[r.ID], r.Credibility)), iv(int64(cols.contra[r.ID])))
			if err := x.record(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if cr != nil {
		return x.finish(cr.Flush)
	}
	return x.finish(x.rec.Flush)
}

func (x *exporter) entities() error {
	o := x.o
	n, err := x.q.CountExportEntities(x.ctx, store.CountExportEntitiesParams{ArticleID: o.ArticleID, Since: o.Since})
	if err := x.begin(n, err, columnDocs["entities"]); err != nil {
		return err
	}
	err = eachPage(x, exportPageSize, func(after int64) ([]store.ExportEntitiesRow, error) {
		return x.q.ExportEntities(x.ctx, store.ExportEntitiesParams{AfterID: after, ArticleID: o.ArticleID, Since: o.Since, PageSize: exportPageSize})
	}, func(r store.ExportEntitiesRow) int64 { return r.ID }, func(page []store.ExportEntitiesRow) error {
		for _, r := range page {
			aliases, err := tagList(r.Aliases)
			if err != nil {
				return err
			}
			x.vals = append(x.vals[:0], iv(r.ID), tv(r.Type), tv(r.Name), lv(aliases), tv(r.Note),
				optInt64(r.MergedIntoID.Int64, r.MergedIntoID.Valid), iv(r.Mentions), iv(r.Articles), tv(r.CreatedAt), tv(r.UpdatedAt))
			if err := x.record(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return x.finish(x.rec.Flush)
}

func (x *exporter) assessments() error {
	o := x.o
	n, err := x.q.CountExportAssessments(x.ctx, store.CountExportAssessmentsParams{ArticleID: o.ArticleID, Since: o.Since, Tag: o.Tag})
	if err := x.begin(n, err, columnDocs["assessments"]); err != nil {
		return err
	}
	err = eachPage(x, exportPageSize, func(after int64) ([]store.ExportAssessmentsRow, error) {
		return x.q.ExportAssessments(x.ctx, store.ExportAssessmentsParams{AfterID: after, ArticleID: o.ArticleID, Since: o.Since, Tag: o.Tag, PageSize: exportPageSize})
	}, func(r store.ExportAssessmentsRow) int64 { return r.ID }, func(page []store.ExportAssessmentsRow) error {
		for _, r := range page {
			tags, err := tagList(r.Tags)
			if err != nil {
				return err
			}
			x.vals = append(x.vals[:0], iv(r.ID), iv(r.ClaimID), tv(r.Statement), iv(r.Credibility), tv(CredibilityLabel(r.Credibility)),
				tv(r.Rationale), tv(r.Analyst), tv(r.Origin), tv(r.AssessedAt), tv(r.RetractedAt), export.Bool(r.IsLatest != 0),
				iv(r.EvidenceCount), lv(tags))
			if err := x.record(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return x.finish(x.rec.Flush)
}

func (x *exporter) evidence() error {
	o := x.o
	n, err := x.q.CountExportEvidence(x.ctx, store.CountExportEvidenceParams{ArticleID: o.ArticleID, Since: o.Since, Tag: o.Tag})
	if err := x.begin(n, err, columnDocs["evidence"]); err != nil {
		return err
	}
	err = eachPage(x, exportPageSize, func(after int64) ([]store.ExportEvidenceRow, error) {
		return x.q.ExportEvidence(x.ctx, store.ExportEvidenceParams{AfterID: after, ArticleID: o.ArticleID, Since: o.Since, Tag: o.Tag, PageSize: exportPageSize})
	}, func(r store.ExportEvidenceRow) int64 { return r.ID }, func(page []store.ExportEvidenceRow) error {
		for _, r := range page {
			unit := export.Text("")
			if r.StartCp.Valid {
				unit = cpUnit
			}
			x.vals = append(x.vals[:0], iv(r.ID), iv(r.AssessmentID), iv(r.ClaimID), tv(r.Statement), iv(r.Credibility),
				tv(r.AssessedAt), tv(r.RetractedAt), tv(r.Stance), optInt64(r.SpanID.Int64, r.SpanID.Valid),
				optInt64(r.ArticleID.Int64, r.ArticleID.Valid), tv(r.ArticleTitle), tv(r.Source), tv(r.SourceReliability),
				unit, optInt64(r.StartCp.Int64, r.StartCp.Valid), optInt64(r.EndCp.Int64, r.EndCp.Valid), tv(r.Quote),
				tv(r.Url), tv(r.Note), tv(r.CreatedAt), tv(r.PageUrl), tv(r.PageFetchedAt), tv(r.PageSha256))
			if err := x.record(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return x.finish(x.rec.Flush)
}

func (x *exporter) sources() error {
	o := x.o
	n, err := x.q.CountExportSources(x.ctx, store.CountExportSourcesParams{ArticleID: o.ArticleID, Since: o.Since})
	if err := x.begin(n, err, columnDocs["sources"]); err != nil {
		return err
	}
	err = eachPage(x, exportPageSize, func(after int64) ([]store.ExportSourcesRow, error) {
		return x.q.ExportSources(x.ctx, store.ExportSourcesParams{AfterID: after, ArticleID: o.ArticleID, Since: o.Since, PageSize: exportPageSize})
	}, func(r store.ExportSourcesRow) int64 { return r.ID }, func(page []store.ExportSourcesRow) error {
		for _, r := range page {
			x.vals = append(x.vals[:0], iv(r.ID), tv(r.Name), tv(r.Kind), tv(r.Reliability), tv(ReliabilityLabel(r.Reliability)),
				tv(r.Url), tv(r.Note), iv(r.ArticleCount), tv(r.CreatedAt), tv(r.UpdatedAt))
			if err := x.record(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return x.finish(x.rec.Flush)
}
