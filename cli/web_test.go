package cli_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// webSite serves two news pages, a missing one and an RSS feed linking to them, on loopback.
func webSite(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	mux := http.NewServeMux()
	page := func(title, text string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>%s | Test Gazette</title><meta property="og:site_name" content="Test Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>%s</h1><p>%s</p><p>A second paragraph of the report, with more detail.</p></article>
<div class="related"><a href="/x">Related story one</a> <a href="/y">Related story two</a></div></body></html>`, title, title, text)
		}
	}
	mux.HandleFunc("/a", page("Harbour crane toppled in gale", "A container crane toppled at the east harbour on Sunday night as winds reached 120 km/h, the port authority said."))
	mux.HandleFunc("/b", page("Council delays vote on bus lanes", "The city council postponed a vote on new bus lanes until June after traders asked for more time to respond."))
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Test Gazette</title><item><title>Crane toppled</title><link>%s/a</link><guid>a</guid></item><item><title>Bus lanes</title><link>%s/b</link><guid>b</guid></item></channel></rss>`, srv.URL, srv.URL)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestImportURLFromCommandLine(t *testing.T) {
	isolate(t)
	db := newWorkspace(t)
	srv := webSite(t)
	code, out, errs := run(t, "import", "--db", db, srv.URL+"/a", srv.URL+"/missing")
	if code != 1 || !strings.Contains(out, `-> article 6 "Harbour crane toppled in gale"`) || !strings.Contains(out, "not found (HTTP 404)") ||
		!strings.Contains(out, "1 imported") || !strings.Contains(out, "1 rejected") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
}

func TestFeedCommands(t *testing.T) {
	isolate(t)
	db := newWorkspace(t)
	srv := webSite(t)
	code, out, errs := run(t, "feed", "add", "--db", db, srv.URL+"/rss")
	if code != 0 || !strings.Contains(out, `subscribed to feed 1 "Test Gazette" (2 items)`) || !strings.Contains(out, "Bus lanes") {
		t.Fatalf("feed add: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = run(t, "feed", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "2 items, 2 new") {
		t.Fatalf("feed list: %d %s", code, out)
	}
	code, out, _ = run(t, "feed", "import", "--db", db, "1")
	if code != 0 || !strings.Contains(out, "imported") {
		t.Fatalf("feed import: %d %s", code, out)
	}
	code, out, _ = run(t, "feed", "pull", "--db", db, "--import")
	if code != 0 || !strings.Contains(out, `feed 1 "Test Gazette": 0 new`) || !strings.Contains(out, "Council delays vote on bus lanes") {
		t.Fatalf("feed pull --import: %d %s", code, out)
	}
	code, out, _ = run(t, "feed", "items", "--db", db)
	if code != 0 || strings.TrimSpace(out) != "" {
		t.Fatalf("no new items left: %d %q", code, out)
	}
	if code, _, _ := run(t, "feed", "frobnicate", "--db", db); code != 2 {
		t.Errorf("unknown feed verb: exit %d", code)
	}
	if code, out, _ := run(t, "feed", "remove", "--db", db, "1"); code != 0 || !strings.Contains(out, "removed feed 1") {
		t.Errorf("feed remove: %d %s", code, out)
	}
}

func TestSnapshotCommand(t *testing.T) {
	isolate(t)
	db := newWorkspace(t)
	srv := webSite(t)
	if code, out, errs := run(t, "import", "--db", db, srv.URL+"/a"); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	code, out, _ := run(t, "snapshot", "--db", db, "6")
	if code != 0 || !strings.Contains(out, "snapshot 1\t") || !strings.Contains(out, srv.URL+"/a") || !strings.Contains(out, "HTTP 200") {
		t.Fatalf("snapshot list: %d %q", code, out)
	}
	file := filepath.Join(t.TempDir(), "page.html")
	code, out, errs := run(t, "snapshot", "--db", db, "--out", file, "6")
	if code != 0 || !strings.Contains(out, "wrote "+file) {
		t.Fatalf("snapshot --out: %d %s %s", code, out, errs)
	}
	page, _ := os.ReadFile(file)
	if !strings.Contains(string(page), "Harbour crane toppled in gale | Test Gazette") || !strings.Contains(string(page), `<div class="related">`) {
		t.Errorf("the page as served (with its furniture) is not what was written: %q", page)
	}
	if code, _, errs := run(t, "snapshot", "--db", db, "--out", file, "6"); code != 1 || !strings.Contains(errs, "exists") {
		t.Errorf("existing file: %d %s", code, errs)
	}
	if code, _, errs := run(t, "snapshot", "--db", db, "1"); code != 1 || !strings.Contains(errs, "not imported from the web") {
		t.Errorf("a file article: %d %s", code, errs)
	}
	if code, _, _ := run(t, "snapshot", "--db", db, "x"); code != 2 {
		t.Errorf("bad article number: exit %d", code)
	}
}
