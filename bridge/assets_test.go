package bridge_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// The built UI is served so a browser can reuse it: hashed files under assets/ are
// cached for good (a reload asks for nothing but index.html), index.html is revalidated
// by its ETag, and text goes gzipped to browsers that take it. The session and Host
// rules hold for every one of them.
func TestAssetCaching(t *testing.T) {
	h := startServer(t)
	auth := withToken(testToken)

	index := h.do(t, http.MethodGet, "/", nil, auth)
	wantStatus(t, index, http.StatusOK)
	page, _ := io.ReadAll(index.Body)
	m := regexp.MustCompile(`src="\./(assets/[^"]+\.js)"`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("index.html references no ./assets/ script: %s", page)
	}
	script := "/" + string(m[1])

	t.Run("IndexRevalidated", func(t *testing.T) {
		if cc := index.Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("index.html Cache-Control = %q, want no-cache (a new build must show at the next load)", cc)
		}
		etag := index.Header.Get("ETag")
		if etag == "" {
			t.Fatal("index.html has no ETag: every load downloads it again")
		}
		resp := h.do(t, http.MethodGet, "/", nil, func(r *http.Request) {
			auth(r)
			r.Header.Set("Accept-Encoding", index.Request.Header.Get("Accept-Encoding"))
			r.Header.Set("If-None-Match", etag)
		})
		wantStatus(t, resp, http.StatusNotModified)
	})

	t.Run("HashedAssetImmutable", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, script, nil, func(r *http.Request) {
			auth(r)
			r.Header.Set("Accept-Encoding", "identity")
		})
		wantStatus(t, resp, http.StatusOK)
		cc := resp.Header.Get("Cache-Control")
		if !strings.Contains(cc, "immutable") || !strings.Contains(cc, "max-age=31536000") || !strings.Contains(cc, "private") {
			t.Errorf("%s Cache-Control = %q, want private, a year, immutable", script, cc)
		}
		if ce := resp.Header.Get("Content-Encoding"); ce != "" {
			t.Errorf("Accept-Encoding identity got Content-Encoding %q", ce)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.Contains(ct, "javascript") {
			t.Errorf("Content-Type = %q", ct)
		}
	})

	t.Run("GzipSameBytes", func(t *testing.T) {
		plain := h.do(t, http.MethodGet, script, nil, func(r *http.Request) {
			auth(r)
			r.Header.Set("Accept-Encoding", "identity")
		})
		want, _ := io.ReadAll(plain.Body)
		resp := h.do(t, http.MethodGet, script, nil, func(r *http.Request) {
			auth(r)
			r.Header.Set("Accept-Encoding", "gzip, deflate, br")
		})
		wantStatus(t, resp, http.StatusOK)
		if ce := resp.Header.Get("Content-Encoding"); ce != "gzip" {
			t.Fatalf("Content-Encoding = %q, want gzip", ce)
		}
		if v := resp.Header.Get("Vary"); !strings.Contains(v, "Accept-Encoding") {
			t.Errorf("Vary = %q: a cache could hand gzip to a client that did not ask", v)
		}
		if resp.Header.Get("ETag") == plain.Header.Get("ETag") {
			t.Error("gzip and identity share an ETag; they are different representations")
		}
		if ct := resp.Header.Get("Content-Type"); !strings.Contains(ct, "javascript") {
			t.Errorf("gzipped Content-Type = %q (sniffed from the gzip bytes?)", ct)
		}
		sent, _ := io.ReadAll(resp.Body)
		zr, err := gzip.NewReader(bytes.NewReader(sent))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("gzip inflates to %d bytes, not the %d of the file", len(got), len(want))
		}
		if len(sent) >= len(want) {
			t.Errorf("gzip body %d bytes for a %d-byte script", len(sent), len(want))
		}
		zero := h.do(t, http.MethodGet, script, nil, func(r *http.Request) {
			auth(r)
			r.Header.Set("Accept-Encoding", "gzip;q=0, identity")
		})
		if ce := zero.Header.Get("Content-Encoding"); ce != "" {
			t.Errorf("gzip;q=0 (refused) got Content-Encoding %q", ce)
		}
	})

	t.Run("SessionAndHostStillRequired", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, script, nil, nil)
		wantStatus(t, resp, http.StatusUnauthorized)
		if cc := resp.Header.Get("Cache-Control"); strings.Contains(cc, "immutable") {
			t.Errorf("a refusal is cached: %q", cc)
		}
		resp = h.do(t, http.MethodGet, script, nil, func(r *http.Request) {
			auth(r)
			r.Host = fmt.Sprintf("evil.example:%d", h.port)
		})
		wantStatus(t, resp, http.StatusForbidden)
		resp = h.do(t, http.MethodGet, script, nil, func(r *http.Request) {
			auth(r)
			r.Header.Set("Origin", "http://evil.example")
		})
		wantStatus(t, resp, http.StatusForbidden)
	})

	t.Run("MissingAssetNotCached", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, "/assets/no-such-file-0000.js", nil, auth)
		wantStatus(t, resp, http.StatusNotFound)
		if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("404 Cache-Control = %q, want no-store (a file of a later build must not stay missing)", cc)
		}
		for _, p := range []string{"/assets/../index.html", "/assets/", "/../go.mod"} {
			resp := h.do(t, http.MethodGet, p, nil, auth)
			if resp.StatusCode == http.StatusOK && resp.Header.Get("Cache-Control") == "private, max-age=31536000, immutable" {
				t.Errorf("%s served as an immutable asset", p)
			}
		}
	})
}
