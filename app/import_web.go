package app

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"strings"
	"time"

	"claimdesk/app/ingest"
	"claimdesk/app/web"
	"claimdesk/db/store"
)

// ImportURLs fetches web pages and imports each as an article, as ImportPaths does
// for files: the page's main text and facts read as a reader mode does (see
// ingest.ParseHTML), the URL stored (the page's canonical URL, else the address it
// was finally read from), and the page as served kept compressed as a snapshot with
// its fetch time, status and redirects. Progress events {task: "import"} follow each
// page and Cancel stops the run (the page being fetched is dropped; what was stored
// stays). A failed fetch rejects that URL with the reason (not found, paywall, not a
// web page, too big, ...); the others go on.
func (s *ImportService) ImportURLs(urls []string, opts ImportOptions) (ImportSummary, error) {
	if len(urls) == 0 {
		return ImportSummary{}, Invalid("no web addresses given to import")
	}
	if len(urls) > 500 {
		return ImportSummary{}, Invalid("%d addresses at once is too many: import at most 500 at a time", len(urls))
	}
	if err := checkImportOptions(&opts); err != nil {
		return ImportSummary{}, err
	}
	jobs := make([]job, 0, len(urls))
	seen := map[string]bool{}
	for _, raw := range urls {
		u, err := web.CheckURL(raw)
		name := strings.TrimSpace(raw)
		if err != nil {
			jobs = append(jobs, job{display: name, early: &ImportOutcome{Name: name, Status: StatusRejected, Reason: err.Error()}})
			continue
		}
		if seen[u.String()] {
			continue
		}
		seen[u.String()] = true
		jobs = append(jobs, job{display: u.String(), url: u.String()})
	}
	return s.run(jobs, opts)
}

// fetcher is the import's HTTP client: private addresses allowed unless the door
// that built the services said otherwise (SetFetchPolicy).
func (s *ImportService) fetcher() *web.Fetcher {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.web == nil {
		s.web = web.New(true)
	}
	return s.web
}

// fetchJob fetches a URL job's page into it (ctx is the run's cancellable context).
func (s *ImportService) fetchJob(ctx context.Context, j *job, opts ImportOptions) *ImportOutcome {
	f := *s.fetcher() // a copy: the size limit is this run's (the transport is shared)
	f.MaxBytes = opts.MaxBytes
	page, err := f.Fetch(ctx, j.url, web.ArticleTypes, web.Conditional{})
	if err != nil {
		return &ImportOutcome{Name: j.display, Status: StatusRejected, Reason: err.Error(), URL: page.FinalURL}
	}
	j.page = &page
	j.data = page.Body
	j.format = ingest.FormatHTML
	if mt, _, _ := mime.ParseMediaType(page.ContentType); mt == "text/plain" {
		j.format = ingest.FormatText
	}
	return nil
}

// importPage imports a fetched page: decoded by its HTTP charset (else its <meta
// charset>), read as a reader mode does, stored with its snapshot.
func (b *importBatch) importPage(ctx context.Context, j job, opts ImportOptions) ImportOutcome {
	page := j.page
	reject := func(reason string) ImportOutcome {
		return ImportOutcome{Name: j.display, Status: StatusRejected, Reason: reason, Format: string(j.format), URL: page.FinalURL}
	}
	var decoded ingest.Decoded
	var err error
	if opts.Encoding != "" {
		decoded, err = ingest.Decode(page.Body, opts.Encoding)
	} else if j.format == ingest.FormatHTML {
		decoded, err = ingest.DecodeHTML(page.Body, page.ContentType)
	} else {
		decoded, err = ingest.Decode(page.Body, charsetOf(page.ContentType))
	}
	if err != nil {
		return reject(err.Error())
	}
	text := ingest.Normalize(decoded.Text)
	var d ingest.Doc
	if j.format == ingest.FormatText {
		a := ingest.ParsePlainText(text)
		d = ingest.Doc{Title: a.Title, Body: a.Body, Source: a.Outlet, PublishedAt: a.PublishedAt, Byline: a.Byline, Cites: a.Cites}
	} else {
		d = ingest.ParseHTML(text)
	}
	if d.Body == "" {
		return reject("no article text in the page (nothing outside menus, scripts, link lists and forms)")
	}
	if d.URL == "" {
		d.URL = ingest.CleanURL(page.FinalURL)
	}
	out := b.storeDoc(ctx, pendingDoc{display: j.display, origName: d.URL, doc: d, encoding: decoded.Encoding, snapshot: page})
	out.Format, out.Encoding, out.URL = string(j.format), decoded.Encoding, page.FinalURL
	return out
}

// charsetOf is the charset parameter of a Content-Type, if Decode knows it.
func charsetOf(contentType string) string {
	_, params, _ := mime.ParseMediaType(contentType)
	cs := params["charset"]
	if cs == "" || ingest.CheckEncoding(cs) != nil {
		return ""
	}
	return cs
}

// addSnapshot stores a fetched page, gzip-compressed, with its redirects.
func addSnapshot(ctx context.Context, q *store.Queries, articleID int64, page *web.Page, encoding string) error {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(page.Body); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	sum := sha256.Sum256(page.Body)
	id, err := q.AddPageSnapshot(ctx, store.AddPageSnapshotParams{
		ArticleID: articleID, RequestedUrl: page.RequestedURL, FinalUrl: page.FinalURL, HttpStatus: int64(page.Status),
		ContentType: page.ContentType, Encoding: encoding, FetchedAt: page.FetchedAt.UTC().Format(time.RFC3339),
		RawSize: int64(len(page.Body)), RawSha256: hex.EncodeToString(sum[:]), RawGzip: buf.Bytes(),
	})
	if err != nil {
		return err
	}
	for i, from := range page.Redirects {
		if err := q.AddPageRedirect(ctx, store.AddPageRedirectParams{SnapshotID: id, Hop: int64(i + 1), FromUrl: from}); err != nil {
			return err
		}
	}
	return nil
}

// PageSnapshot describes a page as it was fetched for an article.
type PageSnapshot struct {
	ID           int64    `json:"id"`
	ArticleID    int64    `json:"articleId"`
	RequestedURL string   `json:"requestedUrl"`
	FinalURL     string   `json:"finalUrl"`
	Redirects    []string `json:"redirects"`
	Status       int64    `json:"status"`
	ContentType  string   `json:"contentType"`
	Encoding     string   `json:"encoding"`
	FetchedAt    string   `json:"fetchedAt"`
	Size         int64    `json:"size"`
	SHA256       string   `json:"sha256"`
}

// Snapshots lists the pages fetched for an article (none for a file import).
func (s *ArticleService) Snapshots(articleID int64) ([]PageSnapshot, error) {
	ctx := s.ws.Context()
	q := s.ws.DB().Q
	if _, err := q.GetArticleForVersion(ctx, articleID); err != nil {
		return nil, storeErr(err, fmt.Sprintf("article %d", articleID))
	}
	rows, err := q.ListPageSnapshots(ctx, articleID)
	if err != nil {
		return nil, storeErr(err, fmt.Sprintf("the snapshots of article %d", articleID))
	}
	out := make([]PageSnapshot, 0, len(rows))
	for _, r := range rows {
		hops, err := q.ListPageRedirects(ctx, r.ID)
		if err != nil {
			return nil, storeErr(err, fmt.Sprintf("the redirects of snapshot %d", r.ID))
		}
		ps := PageSnapshot{ID: r.ID, ArticleID: r.ArticleID, RequestedURL: r.RequestedUrl, FinalURL: r.FinalUrl,
			Redirects: []string{}, Status: r.HttpStatus, ContentType: r.ContentType, Encoding: r.Encoding,
			FetchedAt: r.FetchedAt, Size: r.RawSize, SHA256: r.RawSha256}
		for _, h := range hops {
			ps.Redirects = append(ps.Redirects, h.FromUrl)
		}
		out = append(out, ps)
	}
	return out, nil
}

// SnapshotBytes returns a snapshot's page as it was served (uncompressed), checked
// against its SHA-256: for export with the evidence, never rendered by the UI.
func (ws *Workspace) SnapshotBytes(ctx context.Context, id int64) ([]byte, PageSnapshot, error) {
	r, err := ws.DB().Q.GetPageSnapshot(ctx, id)
	if err != nil {
		return nil, PageSnapshot{}, storeErr(err, fmt.Sprintf("snapshot %d", id))
	}
	zr, err := gzip.NewReader(bytes.NewReader(r.RawGzip))
	if err != nil {
		return nil, PageSnapshot{}, Internal(err, fmt.Sprintf("reading snapshot %d", id))
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, PageSnapshot{}, Internal(err, fmt.Sprintf("reading snapshot %d", id))
	}
	sum := sha256.Sum256(buf.Bytes())
	if hex.EncodeToString(sum[:]) != r.RawSha256 {
		return nil, PageSnapshot{}, Internal(errors.New("checksum mismatch"), fmt.Sprintf("snapshot %d is damaged", id))
	}
	return buf.Bytes(), PageSnapshot{ID: r.ID, ArticleID: r.ArticleID, RequestedURL: r.RequestedUrl, FinalURL: r.FinalUrl,
		Status: r.HttpStatus, ContentType: r.ContentType, Encoding: r.Encoding, FetchedAt: r.FetchedAt, Size: r.RawSize, SHA256: r.RawSha256}, nil
}

// SetFetchPolicy says whether imports and feeds may fetch from loopback and private
// network addresses. The window and the CLI allow it; `serve` refuses it unless
// started with --allow-private-fetch, so a page in a browser cannot make the server
// reach into the machine's own network.
func (s *Services) SetFetchPolicy(allowPrivate bool) {
	f := web.New(allowPrivate)
	s.Import.mu.Lock()
	s.Import.web = f
	s.Import.mu.Unlock()
}
