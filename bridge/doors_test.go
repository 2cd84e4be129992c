package bridge_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"claimdesk/app"
	"claimdesk/bridge"
	"claimdesk/db"
)

func countArticles(t *testing.T, h *harness) int {
	t.Helper()
	var n int
	if err := h.ws.DB().QueryRow(`SELECT count(*) FROM articles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Issue 15 item 6: ImportPaths(["/"]) through the browser door imported 15,375 of the
// server's files and ExportToFile overwrote a foreign file. Path-taking methods are
// now refused there, before anything is read or written.
func TestBrowserDoorRefusesPathMethods(t *testing.T) {
	h := startServer(t)
	before := countArticles(t, h)
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	os.WriteFile(secret, []byte("Private notes\n\nThe server's own file, not for the browser.\n"), 0o600)
	target := filepath.Join(dir, "config.csv")
	os.WriteFile(target, []byte("keep me"), 0o644)

	calls := map[string]string{
		"ImportService/ImportPaths":        fmt.Sprintf(`[[%q], {"encoding": "", "maxBytes": 0}]`, dir),
		"ExportService/ExportToFile":       fmt.Sprintf(`[%q, true, {"what": "sources", "format": "csv"}]`, target),
		"DialogService/ChooseImportFiles":  `[]`,
		"DialogService/ChooseImportFolder": `[]`,
		"DialogService/ChooseExportFile":   `["x.csv"]`,
	}
	for path, body := range calls {
		resp := h.call(t, strings.Split(path, "/")[0], strings.Split(path, "/")[1], body)
		wantStatus(t, resp, http.StatusForbidden)
		p := errorPayload(t, resp)
		if p.Code != app.CodeInvalid || !strings.Contains(p.Message, "upload") {
			t.Errorf("%s: %+v", path, p)
		}
	}
	if n := countArticles(t, h); n != before {
		t.Errorf("articles %d → %d: the browser door read the server's files", before, n)
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Errorf("the browser door overwrote %s: %q", target, b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o644 {
		t.Errorf("mode of %s changed to %v", target, st.Mode().Perm())
	}
	// Upload and download still work.
	resp := h.call(t, "ImportService", "ImportFiles", `[[{"name": "upload.txt", "content": "VXBsb2FkZWQgYXJ0aWNsZQoKVGV4dCBzZW50IGJ5IHRoZSBicm93c2VyLgo="}], {"encoding": "", "maxBytes": 0}]`)
	wantStatus(t, resp, http.StatusOK)
	if n := countArticles(t, h); n != before+1 {
		t.Errorf("upload: articles %d → %d", before, n)
	}
	resp = h.call(t, "ExportService", "Export", `[{"what": "sources", "format": "csv"}]`)
	wantStatus(t, resp, http.StatusOK)
}

// Issue 15, smaller ones: a key sent twice in one object was decided silently (the
// last won).
func TestBrowserDoorRefusesDuplicateKeys(t *testing.T) {
	h := startServer(t)
	resp := h.call(t, "ExportService", "Export", `[{"what": "sources", "format": "csv", "format": "jsonl"}]`)
	wantStatus(t, resp, http.StatusBadRequest)
	if p := errorPayload(t, resp); !strings.Contains(p.Message, `"format" appears twice`) {
		t.Errorf("message %q", p.Message)
	}
}

// Issue 15 item 7: two servers in one browser logged each other out (one cookie name
// for every port). Each server's cookie is named with its port, so a browser holds both.
func TestTwoServersInOneBrowserKeepTheirSessions(t *testing.T) {
	a, b := startServer(t), startServer(t)
	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	for _, h := range []*harness{a, b} {
		resp, err := browser.Get(h.base + "/?token=" + testToken)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		wantStatus(t, resp, http.StatusOK) // the redirect to / was followed with the cookie
	}
	for _, h := range []*harness{a, b} {
		req, _ := http.NewRequest(http.MethodPost, h.base+"/api/ArticleService/List", strings.NewReader("[]"))
		req.Header.Set("Content-Type", "application/json")
		resp, err := browser.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("server on port %d: status %d after the other server's login", h.port, resp.StatusCode)
		}
	}
}

// Issue 15 item 12: a body sent slowly held the connection for ever. Now it gets 408
// once the body deadline passes.
func TestSlowBodyIsCutOff(t *testing.T) {
	defer bridge.SetBodyTimeout(300 * time.Millisecond)()
	h := startServer(t)
	conn, err := net.Dial("tcp", strings.TrimPrefix(h.base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/ArticleService/List HTTP/1.1\r\nHost: %s\r\nX-Claimdesk-Token: %s\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[", strings.TrimPrefix(h.base, "http://"), testToken)
	conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	got, _ := io.ReadAll(conn)
	if !strings.HasPrefix(string(got), "HTTP/1.1 408") || !strings.Contains(string(got), "did not arrive") {
		t.Fatalf("slow body: %q", got)
	}
}

// Issue 15 item 12: 300 parallel calls opened 247 connections. The pool is bounded and
// every call still succeeds.
func TestParallelCallsStayWithinThePool(t *testing.T) {
	h := startServer(t)
	var wg sync.WaitGroup
	codes := make(chan int, 300)
	for range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodPost, h.base+"/api/ArticleService/List", strings.NewReader("[]"))
			jsonCall(testToken)(req)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				codes <- 0
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			codes <- resp.StatusCode
		}()
	}
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusOK {
			t.Fatalf("a call failed with status %d", c)
		}
	}
	st := h.ws.DB().Stats()
	if st.MaxOpenConnections != db.MaxOpenConns || st.OpenConnections > db.MaxOpenConns {
		t.Errorf("pool: limit %d, open %d; want limit %d", st.MaxOpenConnections, st.OpenConnections, db.MaxOpenConns)
	}
}

// selfSigned makes a certificate for 127.0.0.1, for the TLS test only.
func selfSigned(t *testing.T) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "claimdesk test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// Issue 15 item 6: under TLS the session cookie is Secure and only the https origin
// is accepted.
func TestTLSMarksTheCookieSecure(t *testing.T) {
	cert := selfSigned(t)
	h := startServerWith(t, func(s *bridge.Server) { s.UseTLS(cert) })
	if !strings.HasPrefix(h.base, "https://") {
		t.Fatalf("base %s", h.base)
	}
	pool := x509.NewCertPool()
	leaf, _ := x509.ParseCertificate(cert.Certificate[0])
	pool.AddCert(leaf)
	h.client.Transport = &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}
	resp := h.do(t, http.MethodGet, "/?token="+testToken, nil, nil)
	wantStatus(t, resp, http.StatusSeeOther)
	var secure bool
	for _, c := range resp.Cookies() {
		secure = secure || (c.Name == h.cookieName() && c.Secure)
	}
	if !secure {
		t.Errorf("no Secure session cookie: %v", resp.Header.Values("Set-Cookie"))
	}
	host := strings.TrimPrefix(h.base, "https://")
	resp = h.do(t, http.MethodPost, "/api/ArticleService/List", strings.NewReader("[]"), func(r *http.Request) {
		jsonCall(testToken)(r)
		r.Header.Set("Origin", "https://"+host)
	})
	wantStatus(t, resp, http.StatusOK)
	resp = h.do(t, http.MethodPost, "/api/ArticleService/List", strings.NewReader("[]"), func(r *http.Request) {
		jsonCall(testToken)(r)
		r.Header.Set("Origin", "http://"+host)
	})
	wantStatus(t, resp, http.StatusForbidden)
}
