package app

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// newsSite serves the pages written for the extraction test (testdata/web/pages)
// on loopback, each with an HTTP Content-Type, plus a redirect, failures and a
// slow page.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "web", "pages", "*.html"))
	for _, p := range pages {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc("/"+filepath.Base(p), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html") // no charset: the page's own <meta> says it
			w.Write(body)
		})
	}
	mux.HandleFunc("/short/1", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/meridian-election.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1") // the header wins over the page
		w.Write([]byte("<html><head><meta charset=\"utf-8\"><title>Caf\xe9 owners protest</title></head><body><article><p>Owners of the caf\xe9s on the square protested against a new tax on terraces that the council approved on Monday night after a long debate.</p><p>The tax will bring in about 80,000 a year, the council said.</p></article></body></html>"))
	})
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/paywall", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "subscribe", http.StatusForbidden) })
	mux.HandleFunc("/photo.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte{0xFF, 0xD8, 0xFF})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestImportURLsReadsPagesAndKeepsSnapshots(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	srv := newsSite(t)
	sum, err := s.Import.ImportURLs([]string{
		srv.URL + "/short/1", srv.URL + "/gbk-metro.html", srv.URL + "/nordwire-fishing.html",
		srv.URL + "/gone", srv.URL + "/paywall", srv.URL + "/photo.jpg", "file:///etc/passwd", srv.URL + "/latin1",
	}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 4 || sum.Rejected != 4 {
		t.Fatalf("summary %+v", sum)
	}
	reasons := map[string]string{}
	for _, o := range sum.Items {
		reasons[o.Name] = o.Reason
	}
	for name, want := range map[string]string{
		srv.URL + "/gone": "not found (HTTP 404)", srv.URL + "/paywall": "paywall",
		srv.URL + "/photo.jpg": "an image", "file:///etc/passwd": "only http and https",
	} {
		if !strings.Contains(reasons[name], want) {
			t.Errorf("%s: reason %q, want it to say %q", name, reasons[name], want)
		}
	}

	// The redirected page: its canonical URL, its facts, and a snapshot naming the hop.
	meridian := sum.Items[0]
	a, err := s.Articles.Get(meridian.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Turnout falls to record low in mayoral runoff" || a.Byline != "Priya Natarajan" ||
		a.URL != "https://www.meridiandaily.example/politics/2025/06/09/mayoral-runoff-turnout/" || !strings.HasPrefix(a.PublishedAt, "2025-06-09") {
		t.Errorf("article read from the page: %+v", a.ArticleSummary)
	}
	if strings.Contains(a.Body, "Recommended for you") || strings.Contains(a.Body, "Sign up") {
		t.Errorf("page furniture in the body: %q", a.Body)
	}
	snaps, err := s.Articles.Snapshots(meridian.ArticleID)
	if err != nil || len(snaps) != 1 {
		t.Fatalf("snapshots %+v %v", snaps, err)
	}
	sn := snaps[0]
	if sn.RequestedURL != srv.URL+"/short/1" || sn.FinalURL != srv.URL+"/meridian-election.html" ||
		len(sn.Redirects) != 1 || sn.Redirects[0] != srv.URL+"/short/1" || sn.Status != 200 || sn.FetchedAt == "" {
		t.Errorf("snapshot %+v", sn)
	}
	raw, _, err := ws.SnapshotBytes(ws.Context(), sn.ID)
	want, _ := os.ReadFile(filepath.Join("..", "testdata", "web", "pages", "meridian-election.html"))
	if err != nil || string(raw) != string(want) {
		t.Errorf("snapshot bytes differ from the page served (%d vs %d bytes): %v", len(raw), len(want), err)
	}

	// Charsets: the GBK page by its <meta>, the latin-1 one by the HTTP header.
	gbk, _ := s.Articles.Get(sum.Items[1].ArticleID)
	if gbk.Title != "江北新区地铁二期工程提前三个月通车" || gbk.Encoding != "gbk" {
		t.Errorf("GBK page: %q in %q", gbk.Title, gbk.Encoding)
	}
	var latin Article
	for _, o := range sum.Items {
		if o.Name == srv.URL+"/latin1" {
			latin, _ = s.Articles.Get(o.ArticleID)
		}
	}
	if latin.Title != "Café owners protest" {
		t.Errorf("latin-1 page by its header: title %q (%s)", latin.Title, latin.Encoding)
	}

	// The same page again is a duplicate, not a second article.
	again, err := s.Import.ImportURLs([]string{srv.URL + "/nordwire-fishing.html"}, ImportOptions{})
	if err != nil || again.Duplicates != 1 {
		t.Errorf("second import of a page: %+v %v", again, err)
	}
}

func TestImportURLsBrowserDoorRefusesPrivateAddresses(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	s.SetFetchPolicy(false)
	srv := newsSite(t)
	sum, err := s.Import.ImportURLs([]string{srv.URL + "/courier-bridge.html"}, ImportOptions{})
	if err != nil || sum.Rejected != 1 || !strings.Contains(sum.Items[0].Reason, "--allow-private-fetch") {
		t.Fatalf("loopback page with private fetches refused: %+v %v", sum, err)
	}
	if _, err := s.Import.ImportURLs(nil, ImportOptions{}); err == nil {
		t.Error("no URLs accepted")
	}
}

func TestImportURLsProgressAndCancel(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	var mu sync.Mutex
	served := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		served++
		mu.Unlock()
		if strings.HasPrefix(r.URL.Path, "/slow") {
			select {
			case <-time.After(10 * time.Second):
			case <-r.Context().Done():
			}
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><head><title>Page %s</title></head><body><article><p>The text of page %s, long enough to be read as an article by the reader mode of the importer, with a second sentence.</p></article></body></html>", r.URL.Path, r.URL.Path)
	}))
	defer srv.Close()
	rec := &recorder{}
	rec.onProgress = func() {
		if len(rec.progress) == 2 {
			go func() { time.Sleep(200 * time.Millisecond); s.Import.Cancel() }()
		}
	}
	ws.Events = rec
	start := time.Now()
	sum, err := s.Import.ImportURLs([]string{srv.URL + "/a", srv.URL + "/b", srv.URL + "/slow1", srv.URL + "/c"}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Cancelled || sum.Imported != 2 || time.Since(start) > 8*time.Second {
		t.Fatalf("cancel during a slow fetch: %+v after %v", sum, time.Since(start))
	}
	if rec.progress[1].Total != 4 || rec.progress[1].Done != 2 {
		t.Errorf("progress %+v", rec.progress)
	}
	if n := countArticles(t, ws); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
}

func TestEvidenceExportNamesThePageSnapshot(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	srv := newsSite(t)
	sum, err := s.Import.ImportURLs([]string{srv.URL + "/courier-bridge.html"}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	id := sum.Items[0].ArticleID
	c, err := s.Claims.Create(ClaimInput{Statement: "The swing bridge closes for nine months"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Assessments.Add(AssessmentInput{ClaimID: c.ID, Credibility: 2, Evidence: []EvidenceInput{{Stance: "supports", ArticleID: &id}}}); err != nil {
		t.Fatal(err)
	}
	snaps, _ := s.Articles.Snapshots(id)
	res, err := s.Export.Export(ExportOptions{What: "evidence", Format: "csv"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Content, "page_sha256") || !strings.Contains(res.Content, snaps[0].SHA256) ||
		!strings.Contains(res.Content, srv.URL+"/courier-bridge.html") {
		t.Errorf("evidence export without the snapshot:\n%s", res.Content)
	}
}
