package bridge

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// immutableCache is how long a browser keeps a hashed asset (Vite names every file under
// assets/ by a hash of its content, so a new build has new names and never meets an old
// copy): a year, the longest browsers honour. "private": they belong to this session.
const immutableCache = "private, max-age=31536000, immutable"

// gzipLevel: once per file and process. The default level makes the app's largest script
// as small as BestCompression does (53.26 against 53.22 KB; BestSpeed 63.0 KB); their times
// were not told apart on the shared machine (BenchmarkAssetGzip).
var gzipLevel = gzip.DefaultCompression

// minGzip is the smallest file worth compressing: below it the header and the
// browser's inflate cost more than the bytes saved.
const minGzip = 1024

// asset is one built file, read once from the embedded UI.
type asset struct {
	name string
	body []byte
	etag string // quoted; strong, from the content

	gzOnce sync.Once
	gz     []byte // the gzip encoding, made on first request; nil when it would not be smaller
}

// assetStore serves the built UI from memory with the headers that let a browser reuse
// it: hashed files under assets/ are cached for good, everything else (index.html) is
// revalidated on each load (a 304 by its ETag), so a new build is picked up at once.
type assetStore struct {
	files fs.FS
	mu    sync.Mutex
	byKey map[string]*asset
}

// newAssetStore serves files; it compresses the text under assets/ in the background
// at once, so the first page load does not wait for it (~50 ms on a loaded machine).
func newAssetStore(files fs.FS) *assetStore {
	s := &assetStore{files: files, byKey: map[string]*asset{}}
	go s.warm()
	return s
}

// warm makes the gzip encoding of every compressible asset (a request meanwhile waits
// for its own file's only).
func (s *assetStore) warm() {
	fs.WalkDir(s.files, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && compressible(p) {
			if a := s.get(p); a != nil {
				a.gzipped()
			}
		}
		return nil
	})
}

// get reads name once; nil when the UI has no such file (or it is a directory).
func (s *assetStore) get(name string) *asset {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.byKey[name]; ok {
		return a
	}
	var a *asset
	if st, err := fs.Stat(s.files, name); err == nil && !st.IsDir() {
		if body, err := fs.ReadFile(s.files, name); err == nil {
			sum := sha256.Sum256(body)
			a = &asset{name: name, body: body, etag: `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`}
		}
	}
	s.byKey[name] = a // a miss is remembered too: the embedded files never change
	return a
}

// compressible: text the browser inflates cheaply; images and fonts are compressed already.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".js", ".mjs", ".css", ".html", ".json", ".svg", ".map", ".txt":
		return true
	}
	return false
}

// gzipped is the asset's gzip encoding, or nil when it is not worth sending.
func (a *asset) gzipped() []byte {
	a.gzOnce.Do(func() {
		if len(a.body) < minGzip || !compressible(a.name) {
			return
		}
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzipLevel)
		zw.Write(a.body)
		if zw.Close() == nil && b.Len() < len(a.body) {
			a.gz = b.Bytes()
		}
	})
	return a.gz
}

// acceptsGzip: the request's Accept-Encoding lists gzip (without q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			q, found := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
			weight, err := strconv.ParseFloat(q, 64)
			return !found || err != nil || weight > 0
		}
	}
	return false
}

// serve writes a: its cache policy, its ETag, gzip when the browser takes it;
// http.ServeContent answers If-None-Match (304), HEAD and ranges.
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	if strings.HasPrefix(a.name, "assets/") {
		h.Set("Cache-Control", immutableCache)
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	body, etag := a.body, a.etag
	if gz := a.gzipped(); gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r) {
			h.Set("Content-Encoding", "gzip")
			// another representation, another tag (RFC 9110 8.8.3)
			body, etag = gz, strings.TrimSuffix(a.etag, `"`)+`-gz"`
		}
	}
	h.Set("ETag", etag)
	// The type from the name (not sniffed from gzip bytes); the zero time: no Last-Modified,
	// the ETag is the validator.
	ct := mime.TypeByExtension(path.Ext(a.name))
	if ct == "" {
		ct = http.DetectContentType(a.body)
	}
	h.Set("Content-Type", ct)
	http.ServeContent(w, r, a.name, time.Time{}, bytes.NewReader(body))
}
