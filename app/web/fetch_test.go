package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// testSite serves the pages, feeds and failures the fetch tests need, on loopback.
func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><head><title>A story</title></head><body><article><p>Some text.</p></article></body></html>")
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/moved-again", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/moved-again", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/story", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/paywall", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "subscribe", http.StatusForbidden) })
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) })
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(11<<20))
		w.Write([]byte(strings.Repeat("a", 1024)))
	})
	mux.HandleFunc("/huge-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("b", 64<<10))
		for i := 0; i < 200; i++ { // 12.5 MB, no Content-Length
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>http://x.example/</link>
<item><title>First &amp; best</title><link>http://x.example/1</link><guid>g1</guid><pubDate>Mon, 03 Mar 2025 10:00:00 +0000</pubDate><description>&lt;p&gt;Sum&lt;/p&gt;</description></item>
<item><title>No link</title><guid>g2</guid></item></channel></rss>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func kindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

func TestFetchFollowsAndRecordsRedirects(t *testing.T) {
	srv := testSite(t)
	f := New(true)
	p, err := f.Fetch(context.Background(), srv.URL+"/moved", ArticleTypes, Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if p.FinalURL != srv.URL+"/story" || len(p.Redirects) != 2 || p.Redirects[0] != srv.URL+"/moved" || p.Status != 200 {
		t.Fatalf("final %q redirects %v status %d", p.FinalURL, p.Redirects, p.Status)
	}
	if !strings.Contains(string(p.Body), "Some text.") || p.FetchedAt.IsZero() {
		t.Fatalf("body %q at %v", p.Body, p.FetchedAt)
	}
}

func TestFetchFailuresSayWhat(t *testing.T) {
	srv := testSite(t)
	f := New(true)
	f.MaxBytes = 10 << 20
	f.Timeout = 1 * time.Second
	for _, tc := range []struct {
		path string
		kind Kind
		says string
	}{
		{"/gone", KindStatus, "not found (HTTP 404)"},
		{"/paywall", KindStatus, "paywall"},
		{"/broken", KindStatus, "HTTP 500"},
		{"/report.pdf", KindNotWanted, "a PDF document"},
		{"/huge", KindTooBig, "over the 10 MB limit"},
		{"/huge-chunked", KindTooBig, "over the 10 MB limit"},
		{"/loop", KindRedirects, "more than 5 redirects"},
		{"/to-file", KindBadURL, "file: address"},
		{"/slow", KindTimeout, "did not answer in time"},
	} {
		_, err := f.Fetch(context.Background(), srv.URL+tc.path, ArticleTypes, Conditional{})
		if kindOf(err) != tc.kind || !strings.Contains(fmt.Sprint(err), tc.says) {
			t.Errorf("%s: got %v (%s), want %s saying %q", tc.path, err, kindOf(err), tc.kind, tc.says)
		}
	}
}

func TestFetchRefusesBadAddresses(t *testing.T) {
	f := New(false)
	for _, u := range []string{"file:///etc/passwd", "javascript:alert(1)", "ftp://x.example/a", "http://user:pw@x.example/", ""} {
		if _, err := f.Fetch(context.Background(), u, ArticleTypes, Conditional{}); kindOf(err) != KindBadURL {
			t.Errorf("%q: got %v, want bad_url", u, err)
		}
	}
}

func TestFetchRefusesLoopbackUnlessAllowed(t *testing.T) {
	srv := testSite(t)
	_, err := New(false).Fetch(context.Background(), srv.URL+"/story", ArticleTypes, Conditional{})
	if kindOf(err) != KindPrivate || !strings.Contains(err.Error(), "--allow-private-fetch") {
		t.Fatalf("loopback with AllowPrivate=false: %v", err)
	}
	// "localhost" resolves to loopback: refused on the dialled address, not the name.
	local := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	if _, err := New(false).Fetch(context.Background(), local+"/story", ArticleTypes, Conditional{}); kindOf(err) != KindPrivate {
		t.Fatalf("localhost: %v", err)
	}
	if _, err := New(true).Fetch(context.Background(), srv.URL+"/story", ArticleTypes, Conditional{}); err != nil {
		t.Fatalf("loopback allowed: %v", err)
	}
	for _, a := range []string{"10.1.2.3", "192.168.0.1", "172.16.5.5", "169.254.169.254", "100.64.1.1", "::1", "fd00::1", "fe80::1", "0.0.0.0", "::ffff:127.0.0.1"} {
		if IsPublic(netip.MustParseAddr(a)) {
			t.Errorf("%s counted as public", a)
		}
	}
	if !IsPublic(netip.MustParseAddr("93.184.216.34")) || !IsPublic(netip.MustParseAddr("2606:4700::1111")) {
		t.Error("a public address counted as private")
	}
}

func TestFetchTLSAndDNSFailures(t *testing.T) {
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer tlsSrv.Close()
	_, err := New(true).Fetch(context.Background(), tlsSrv.URL, ArticleTypes, Conditional{})
	if kindOf(err) != KindTLS || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("self-signed TLS: %v", err)
	}
	_, err = New(true).Fetch(context.Background(), "http://no-such-site.invalid/x", ArticleTypes, Conditional{})
	if kindOf(err) != KindDNS || !strings.Contains(err.Error(), "could not find the site no-such-site.invalid") {
		t.Errorf("unknown host: %v", err)
	}
}

func TestFetchCancelled(t *testing.T) {
	srv := testSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	if _, err := New(true).Fetch(ctx, srv.URL+"/slow", ArticleTypes, Conditional{}); kindOf(err) != KindCancelled {
		t.Fatalf("cancelled fetch: %v", err)
	}
}

func TestFeedConditionalGetAndParse(t *testing.T) {
	srv := testSite(t)
	f := New(true)
	p, err := f.Fetch(context.Background(), srv.URL+"/feed", FeedTypes, Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	feed, err := ParseFeed(p.Body)
	if err != nil {
		t.Fatal(err)
	}
	if feed.Title != "Test Wire" || len(feed.Items) != 1 {
		t.Fatalf("feed %+v", feed)
	}
	it := feed.Items[0]
	if it.Title != "First & best" || it.URL != "http://x.example/1" || it.GUID != "g1" || it.PublishedAt != "2025-03-03T10:00" || it.Summary != "Sum" || it.Outlet != "Test Wire" {
		t.Fatalf("item %+v", it)
	}
	again, err := f.Fetch(context.Background(), srv.URL+"/feed", FeedTypes, Conditional{ETag: p.ETag})
	if err != nil || !again.NotModified || len(again.Body) != 0 {
		t.Fatalf("conditional GET: %+v %v", again, err)
	}
	if _, err := ParseFeed([]byte("<html>not a feed</html>")); kindOf(err) != KindFeed {
		t.Fatalf("non-feed: %v", err)
	}
}

func TestParseAtomAndJSONFeed(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom one</title><link href="https://a.example/one"/><id>urn:a:1</id><updated>2025-02-01T08:30:00Z</updated></entry></feed>`
	f, err := ParseFeed([]byte(atom))
	if err != nil || len(f.Items) != 1 || f.Items[0].URL != "https://a.example/one" || f.Items[0].PublishedAt != "2025-02-01T08:30" {
		t.Fatalf("atom: %+v %v", f, err)
	}
	jf := `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Desk","items":[{"id":"j1","url":"https://j.example/1","title":"JSON one","date_published":"2025-04-02T12:00:00+02:00"}]}`
	f, err = ParseFeed([]byte(jf))
	if err != nil || len(f.Items) != 1 || f.Items[0].GUID != "j1" || f.Items[0].Title != "JSON one" {
		t.Fatalf("json feed: %+v %v", f, err)
	}
}
