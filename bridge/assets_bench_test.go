package bridge

import (
	"compress/gzip"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"claimdesk/frontend"
)

// The app's largest script, served to a browser that takes gzip: compressing it (once
// per process, in the background at start; "first" times it at each level), then every
// later request sends the stored bytes. docs/performance.md has the figures.
func BenchmarkAssetGzip(b *testing.B) {
	ui := frontend.Assets()
	var name string
	var size int64
	fs.WalkDir(ui, "assets", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
			if st, _ := d.Info(); st != nil && st.Size() > size {
				name, size = p, st.Size()
			}
		}
		return nil
	})
	if name == "" {
		b.Skip("no built UI (npm run build)")
	}
	req := httptest.NewRequest(http.MethodGet, "/"+name, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	serve := func(s *assetStore) {
		w := httptest.NewRecorder()
		s.get(name).serve(w, req)
		if w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != "gzip" {
			b.Fatalf("%s: %d %q", name, w.Code, w.Header().Get("Content-Encoding"))
		}
	}
	for _, level := range []struct {
		name  string
		level int
	}{{"default", gzip.DefaultCompression}, {"best", gzip.BestCompression}, {"speed", gzip.BestSpeed}} {
		b.Run("first-"+level.name, func(b *testing.B) {
			defer SetGzipLevel(level.level)()
			var gz int
			for b.Loop() {
				s := &assetStore{files: ui, byKey: map[string]*asset{}} // no warm-up: time the first request's own compression
				serve(s)
				gz = len(s.get(name).gz)
			}
			b.ReportMetric(float64(size), "bytes")
			b.ReportMetric(float64(gz), "gzip-bytes")
		})
	}
	b.Run("later", func(b *testing.B) {
		s := newAssetStore(ui)
		serve(s)
		for b.Loop() {
			serve(s)
		}
	})
}
