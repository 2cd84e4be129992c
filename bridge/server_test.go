package bridge_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimdesk/app"
	"claimdesk/bridge"
	"claimdesk/frontend"
)

const testToken = "right-token-0123456789"

// harness is a real bridge server on a loopback port over a seeded temp workspace.
type harness struct {
	base   string // http://127.0.0.1:PORT
	port   int
	hub    *bridge.Hub
	cancel context.CancelFunc
	done   chan error
	client *http.Client
	ws     *app.Workspace
}

func startServer(t *testing.T) *harness {
	t.Helper()
	return startServerWith(t, nil)
}

// startServerWith lets configure change the server (e.g. UseTLS) before it serves.
func startServerWith(t *testing.T, configure func(*bridge.Server)) *harness {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ws, err := app.OpenWorkspace(ctx, filepath.Join(t.TempDir(), "ws.db"), app.OpenOptions{Create: true})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cancel()
		ws.Close()
		t.Fatal(err)
	}
	hub := bridge.NewHub()
	srv := bridge.New(ln.Addr(), testToken, frontend.Assets(), app.NewServices(ws).Bindings(), hub)
	if configure != nil {
		configure(srv)
	}
	h := &harness{
		base:   strings.TrimSuffix(srv.URL(ln.Addr()), "/?token="+testToken),
		port:   ln.Addr().(*net.TCPAddr).Port,
		hub:    hub,
		ws:     ws,
		cancel: cancel,
		done:   make(chan error, 1),
		client: &http.Client{
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
			Timeout:       30 * time.Second,
		},
	}
	go func() { h.done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(20 * time.Second):
			t.Error("Serve did not return after cancel")
		}
		ws.Close()
	})
	return h
}

// cookieName is the session cookie of this server: named with its port.
func (h *harness) cookieName() string { return fmt.Sprintf("claimdesk_token_%d", h.port) }

// req builds a request; mod may change it before it is sent.
func (h *harness) do(t *testing.T, method, path string, body io.Reader, mod func(*http.Request)) *http.Response {
	t.Helper()
	r, err := http.NewRequest(method, h.base+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if mod != nil {
		mod(r)
	}
	resp, err := h.client.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func withToken(tok string) func(*http.Request) {
	return func(r *http.Request) { r.Header.Set("X-Claimdesk-Token", tok) }
}

func jsonCall(tok string) func(*http.Request) {
	return func(r *http.Request) {
		if tok != "" {
			r.Header.Set("X-Claimdesk-Token", tok)
		}
		r.Header.Set("Content-Type", "application/json")
	}
}

func (h *harness) call(t *testing.T, service, method, body string) *http.Response {
	t.Helper()
	return h.do(t, http.MethodPost, "/api/"+service+"/"+method, strings.NewReader(body), jsonCall(testToken))
}

// errorPayload reads a {code, message} body, failing if it has any other shape.
func errorPayload(t *testing.T, resp *http.Response) app.Payload {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("error Content-Type = %q, want application/json", ct)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("error body is not JSON: %q (%v)", b, err)
	}
	if len(raw) != 2 {
		t.Errorf("error body has keys %v, want exactly code and message", raw)
	}
	var p app.Payload
	json.Unmarshal(b, &p)
	if p.Code == "" || p.Message == "" {
		t.Errorf("error body %s lacks code or message", b)
	}
	return p
}

// refusalText reads the page a browser gets for a refused page request: HTML with
// the reason as text, never JSON (issue 15 item 7). It returns the reason.
func refusalText(t *testing.T, resp *http.Response) string {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("refusal page Content-Type = %q, want text/html", ct)
	}
	b, _ := io.ReadAll(resp.Body)
	start := bytes.Index(b, []byte(`<p id="refusal">`))
	end := bytes.Index(b, []byte("</p>"))
	if start < 0 || end < start || bytes.Contains(b, []byte(`"code"`)) {
		t.Fatalf("refusal page has no readable reason: %s", b)
	}
	return string(b[start+len(`<p id="refusal">`) : end])
}

func wantStatus(t *testing.T, resp *http.Response, status int) {
	t.Helper()
	if resp.StatusCode != status {
		b, _ := io.ReadAll(resp.Body)
		resp.Body = io.NopCloser(bytes.NewReader(b))
		t.Fatalf("%s %s: status %d, want %d; body %s", resp.Request.Method, resp.Request.URL, resp.StatusCode, status, b)
	}
}

func TestRefusals(t *testing.T) {
	h := startServer(t)
	list := "/api/ArticleService/List"

	t.Run("NoTokenOrCookie401", func(t *testing.T) {
		for _, path := range []string{"/", list, "/index.html"} {
			method := http.MethodGet
			var mod func(*http.Request)
			if path == list {
				method, mod = http.MethodPost, jsonCall("")
			}
			resp := h.do(t, method, path, strings.NewReader("[]"), mod)
			wantStatus(t, resp, http.StatusUnauthorized)
			if path != list {
				if msg := refusalText(t, resp); !strings.Contains(msg, "Open the URL `claimdesk serve` printed") {
					t.Errorf("%s: lost-session page says %q", path, msg)
				}
				continue
			}
			p := errorPayload(t, resp)
			if p.Code != app.CodeInvalid {
				t.Errorf("%s: code %q, want invalid", path, p.Code)
			}
		}
	})

	t.Run("WrongHeaderToken401", func(t *testing.T) {
		resp := h.do(t, http.MethodPost, list, strings.NewReader("[]"), jsonCall("wrong"))
		wantStatus(t, resp, http.StatusUnauthorized)
		errorPayload(t, resp)
		// A token that is a prefix of the right one is still wrong.
		resp = h.do(t, http.MethodPost, list, strings.NewReader("[]"), jsonCall(testToken[:len(testToken)-1]))
		wantStatus(t, resp, http.StatusUnauthorized)
	})

	t.Run("WrongHeaderTokenBeatsRightCookie", func(t *testing.T) {
		resp := h.do(t, http.MethodPost, list, strings.NewReader("[]"), func(r *http.Request) {
			jsonCall("wrong")(r)
			r.AddCookie(&http.Cookie{Name: h.cookieName(), Value: testToken})
		})
		wantStatus(t, resp, http.StatusUnauthorized)
	})

	t.Run("WrongCookie401", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, "/", nil, func(r *http.Request) {
			r.AddCookie(&http.Cookie{Name: h.cookieName(), Value: "wrong"})
		})
		wantStatus(t, resp, http.StatusUnauthorized)
	})

	t.Run("WrongQueryToken401NoCookie", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, "/?token=wrong", nil, nil)
		wantStatus(t, resp, http.StatusUnauthorized)
		if sc := resp.Header.Values("Set-Cookie"); len(sc) != 0 {
			t.Errorf("wrong token set cookies: %v", sc)
		}
		if loc := resp.Header.Get("Location"); loc != "" {
			t.Errorf("wrong token redirected to %q", loc)
		}
		if msg := refusalText(t, resp); !strings.Contains(msg, "Wrong token") {
			t.Errorf("wrong-token page says %q", msg)
		}
	})

	t.Run("QueryTokenDoesNotAuthoriseAPI", func(t *testing.T) {
		resp := h.do(t, http.MethodPost, list+"?token="+testToken, strings.NewReader("[]"), jsonCall(""))
		wantStatus(t, resp, http.StatusUnauthorized)
		resp = h.do(t, http.MethodGet, "/api/events?token="+testToken, nil, nil)
		wantStatus(t, resp, http.StatusUnauthorized)
	})

	t.Run("ForeignHost403", func(t *testing.T) {
		other := h.port + 1
		if other > 65535 {
			other = h.port - 1
		}
		for _, host := range []string{
			fmt.Sprintf("evil.example:%d", h.port),
			fmt.Sprintf("127.0.0.1:%d", other),
			"127.0.0.1",
			fmt.Sprintf("localhost.evil.example:%d", h.port),
		} {
			resp := h.do(t, http.MethodPost, list, strings.NewReader("[]"), func(r *http.Request) {
				jsonCall(testToken)(r)
				r.Host = host
			})
			wantStatus(t, resp, http.StatusForbidden)
			errorPayload(t, resp)
			// The token trade is refused too: no cookie for a rebinding page.
			resp = h.do(t, http.MethodGet, "/?token="+testToken, nil, func(r *http.Request) { r.Host = host })
			wantStatus(t, resp, http.StatusForbidden)
			if sc := resp.Header.Values("Set-Cookie"); len(sc) != 0 {
				t.Errorf("host %s: cookie set: %v", host, sc)
			}
		}
	})

	t.Run("ForeignOrigin403", func(t *testing.T) {
		for _, origin := range []string{
			"http://evil.example",
			"null",
			fmt.Sprintf("https://127.0.0.1:%d", h.port), // wrong scheme
			fmt.Sprintf("http://127.0.0.1:%d.evil.example", h.port),
		} {
			resp := h.do(t, http.MethodPost, list, strings.NewReader("[]"), func(r *http.Request) {
				jsonCall(testToken)(r)
				r.Header.Set("Origin", origin)
			})
			wantStatus(t, resp, http.StatusForbidden)
			errorPayload(t, resp)
		}
	})

	t.Run("OwnOriginAccepted", func(t *testing.T) {
		for _, origin := range []string{h.base, fmt.Sprintf("http://localhost:%d", h.port)} {
			resp := h.do(t, http.MethodPost, list, strings.NewReader("[]"), func(r *http.Request) {
				jsonCall(testToken)(r)
				r.Header.Set("Origin", origin)
			})
			wantStatus(t, resp, http.StatusOK)
		}
	})

	t.Run("GetOnAPI405", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, list, nil, withToken(testToken))
		wantStatus(t, resp, http.StatusMethodNotAllowed)
		if a := resp.Header.Get("Allow"); a != "POST" {
			t.Errorf("Allow = %q, want POST", a)
		}
		if p := errorPayload(t, resp); p.Code != app.CodeInvalid {
			t.Errorf("code %q", p.Code)
		}
	})

	t.Run("NotJSON415", func(t *testing.T) {
		for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded"} {
			resp := h.do(t, http.MethodPost, list, strings.NewReader("[]"), func(r *http.Request) {
				r.Header.Set("X-Claimdesk-Token", testToken)
				if ct != "" {
					r.Header.Set("Content-Type", ct)
				}
			})
			wantStatus(t, resp, http.StatusUnsupportedMediaType)
			if p := errorPayload(t, resp); p.Code != app.CodeInvalid {
				t.Errorf("Content-Type %q: code %q", ct, p.Code)
			}
		}
	})

	t.Run("BodyOver16MiB413", func(t *testing.T) {
		// A JSON array whose one string argument is just over the limit.
		big := make([]byte, 16<<20+16)
		for i := range big {
			big[i] = 'a'
		}
		big[0], big[1] = '[', '"'
		big[len(big)-2], big[len(big)-1] = '"', ']'
		resp := h.do(t, http.MethodPost, "/api/ArticleService/Get", bytes.NewReader(big), jsonCall(testToken))
		wantStatus(t, resp, http.StatusRequestEntityTooLarge)
		if p := errorPayload(t, resp); p.Code != app.CodeInvalid || !strings.Contains(p.Message, "16 MB") {
			t.Errorf("payload %+v", p)
		}
	})

	t.Run("NoCORSHeaders", func(t *testing.T) {
		type probe struct {
			name   string
			method string
			path   string
			mod    func(*http.Request)
		}
		preflight := func(tok string) func(*http.Request) {
			return func(r *http.Request) {
				if tok != "" {
					r.Header.Set("X-Claimdesk-Token", tok)
				}
				r.Header.Set("Origin", "http://evil.example")
				r.Header.Set("Access-Control-Request-Method", "POST")
				r.Header.Set("Access-Control-Request-Headers", "content-type, x-claimdesk-token")
			}
		}
		probes := []probe{
			{"preflight foreign origin", http.MethodOptions, list, preflight("")},
			{"preflight with token", http.MethodOptions, list, preflight(testToken)},
			{"preflight own origin", http.MethodOptions, list, func(r *http.Request) {
				r.Header.Set("Origin", h.base)
				r.Header.Set("Access-Control-Request-Method", "POST")
			}},
			{"options authorised", http.MethodOptions, list, withToken(testToken)},
			{"ok call", http.MethodPost, list, jsonCall(testToken)},
			{"unauthorised", http.MethodPost, list, jsonCall("")},
			{"asset", http.MethodGet, "/", withToken(testToken)},
		}
		for _, p := range probes {
			resp := h.do(t, p.method, p.path, strings.NewReader("[]"), p.mod)
			for k := range resp.Header {
				if strings.HasPrefix(strings.ToLower(k), "access-control-") {
					t.Errorf("%s: CORS header %s: %v", p.name, k, resp.Header[k])
				}
			}
			if p.method == http.MethodOptions && resp.StatusCode < 400 {
				t.Errorf("%s: OPTIONS answered %d, want a refusal", p.name, resp.StatusCode)
			}
		}
	})

	t.Run("SecurityHeaders", func(t *testing.T) {
		for _, resp := range []*http.Response{
			h.do(t, http.MethodGet, "/", nil, nil),                                               // refused
			h.do(t, http.MethodGet, "/", nil, withToken(testToken)),                              // asset
			h.call(t, "ArticleService", "List", "[]"),                                            // call
			h.do(t, http.MethodGet, "/", nil, func(r *http.Request) { r.Host = "evil.example" }), // forbidden
		} {
			if v := resp.Header.Get("X-Content-Type-Options"); v != "nosniff" {
				t.Errorf("%s %d: X-Content-Type-Options = %q", resp.Request.URL, resp.StatusCode, v)
			}
			csp := resp.Header.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("%s %d: CSP %q lacks %q", resp.Request.URL, resp.StatusCode, csp, want)
				}
			}
			if v := resp.Header.Get("X-Frame-Options"); v != "DENY" {
				t.Errorf("X-Frame-Options = %q", v)
			}
			if v := resp.Header.Get("Referrer-Policy"); v != "no-referrer" {
				t.Errorf("Referrer-Policy = %q", v)
			}
		}
	})
}

func TestTokenTrade(t *testing.T) {
	h := startServer(t)

	resp := h.do(t, http.MethodGet, "/?token="+url.QueryEscape(testToken), nil, nil)
	wantStatus(t, resp, http.StatusSeeOther)
	if loc := resp.Header.Get("Location"); loc != "/" {
		t.Errorf("Location = %q, want /", loc)
	}
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == h.cookieName() {
			cookie = c
		}
	}
	if cookie == nil {
		t.Fatalf("no %s cookie in %v", h.cookieName(), resp.Header.Values("Set-Cookie"))
	}
	if !cookie.HttpOnly {
		t.Error("cookie is not HttpOnly")
	}
	if cookie.SameSite != http.SameSiteStrictMode {
		t.Errorf("cookie SameSite = %v, want Strict", cookie.SameSite)
	}
	if cookie.Path != "/" {
		t.Errorf("cookie Path = %q, want /", cookie.Path)
	}
	if cookie.Value != testToken {
		t.Errorf("cookie value is not the token")
	}

	page := h.do(t, http.MethodGet, "/", nil, func(r *http.Request) { r.AddCookie(cookie) })
	wantStatus(t, page, http.StatusOK)
	if ct := page.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("index Content-Type = %q", ct)
	}
	body, _ := io.ReadAll(page.Body)
	for _, want := range []string{`<div id="app"`, "<title>Claimdesk</title>"} {
		if !bytes.Contains(body, []byte(want)) {
			t.Errorf("index lacks %q: %s", want, body)
		}
	}

	t.Run("NoOpenRedirect", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, "//evil.example/?token="+url.QueryEscape(testToken), nil, nil)
		if loc := resp.Header.Get("Location"); loc != "/" {
			t.Errorf("Location = %q, want / (never another site)", loc)
		}
	})

	t.Run("CookieAuthorisesAPI", func(t *testing.T) {
		resp := h.do(t, http.MethodPost, "/api/ArticleService/List", strings.NewReader("[]"), func(r *http.Request) {
			jsonCall("")(r)
			r.AddCookie(cookie)
		})
		wantStatus(t, resp, http.StatusOK)
	})

	t.Run("LocalhostHostAccepted", func(t *testing.T) {
		host := fmt.Sprintf("localhost:%d", h.port)
		resp := h.do(t, http.MethodGet, "/?token="+testToken, nil, func(r *http.Request) { r.Host = host })
		wantStatus(t, resp, http.StatusSeeOther)
		resp = h.do(t, http.MethodGet, "/", nil, func(r *http.Request) {
			r.Host = host
			r.Header.Set("Origin", "http://"+host)
			r.AddCookie(cookie)
		})
		wantStatus(t, resp, http.StatusOK)
	})

	t.Run("AssetServed", func(t *testing.T) {
		// The script index.html references is served with the cookie.
		i := bytes.Index(body, []byte(`src="./assets/`))
		if i < 0 {
			t.Skip("index.html references no ./assets/ script")
		}
		rest := body[i+len(`src="./`):]
		name := string(rest[:bytes.IndexByte(rest, '"')])
		resp := h.do(t, http.MethodGet, "/"+name, nil, func(r *http.Request) { r.AddCookie(cookie) })
		wantStatus(t, resp, http.StatusOK)
		if ct := resp.Header.Get("Content-Type"); !strings.Contains(ct, "javascript") {
			t.Errorf("%s Content-Type = %q", name, ct)
		}
	})

	t.Run("MissingAsset404", func(t *testing.T) {
		resp := h.do(t, http.MethodGet, "/no-such-file.js", nil, withToken(testToken))
		wantStatus(t, resp, http.StatusNotFound)
		if msg := refusalText(t, resp); msg != "Not found." {
			t.Errorf("404 page says %q", msg)
		}
	})
}

func TestCalls(t *testing.T) {
	h := startServer(t)

	var ids []int64
	t.Run("List", func(t *testing.T) {
		resp := h.call(t, "ArticleService", "List", "[]")
		wantStatus(t, resp, http.StatusOK)
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("Content-Type %q", ct)
		}
		var rows []map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&rows); err != nil {
			t.Fatal(err)
		}
		if len(rows) != 5 {
			t.Fatalf("got %d articles, want 5 (seeded)", len(rows))
		}
		for _, r := range rows {
			for _, k := range []string{"id", "title", "publishedAt", "sourceId", "charCount", "importedAt", "version"} {
				if _, ok := r[k]; !ok {
					t.Errorf("row lacks camelCase key %q: %v", k, r)
				}
			}
			for k := range r {
				if k != "" && k[0] >= 'A' && k[0] <= 'Z' {
					t.Errorf("row has Go-style key %q", k)
				}
				if strings.Contains(k, "_") {
					t.Errorf("row has snake_case key %q", k)
				}
			}
			if _, ok := r["body"]; ok {
				t.Error("list rows carry the body")
			}
			ids = append(ids, int64(r["id"].(float64)))
		}
	})

	t.Run("EmptyBodyMeansNoArguments", func(t *testing.T) {
		resp := h.call(t, "ArticleService", "List", "")
		wantStatus(t, resp, http.StatusOK)
	})

	t.Run("Get", func(t *testing.T) {
		if len(ids) == 0 {
			t.Skip("List failed")
		}
		resp := h.call(t, "ArticleService", "Get", fmt.Sprintf("[%d]", ids[0]))
		wantStatus(t, resp, http.StatusOK)
		var a map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
			t.Fatal(err)
		}
		if int64(a["id"].(float64)) != ids[0] {
			t.Errorf("got article %v, want %d", a["id"], ids[0])
		}
		b, _ := a["body"].(string)
		if b == "" {
			t.Errorf("article has no body: %v", a)
		}
		for _, k := range []string{"sha256", "title", "publishedAt", "charCount"} {
			if _, ok := a[k]; !ok {
				t.Errorf("article lacks %q", k)
			}
		}
	})

	errCases := []struct {
		name, service, method, body string
		status                      int
		code                        app.Code
		msgHas                      []string
	}{
		{"GetMissing404", "ArticleService", "Get", "[999999]", 404, app.CodeNotFound, []string{"999999"}},
		{"GetZero400", "ArticleService", "Get", "[0]", 400, app.CodeInvalid, []string{"positive"}},
		{"GetNegative400", "ArticleService", "Get", "[-3]", 400, app.CodeInvalid, nil},
		{"WrongArgCount400", "ArticleService", "Get", "[]", 400, app.CodeInvalid, []string{"ArticleService.Get", "1"}},
		{"TooManyArgs400", "ArticleService", "List", "[1]", 400, app.CodeInvalid, []string{"ArticleService.List"}},
		{"WrongType400", "ArticleService", "Get", `["x"]`, 400, app.CodeInvalid, []string{"argument 1", "ArticleService.Get"}},
		{"FractionalID400", "ArticleService", "Get", `[1.5]`, 400, app.CodeInvalid, nil},
		{"NotAnArray400", "ArticleService", "Get", `{"id":1}`, 400, app.CodeInvalid, []string{"JSON array"}},
		{"BrokenJSON400", "ArticleService", "Get", `[1`, 400, app.CodeInvalid, nil},
		{"UnknownService404", "NoSuchService", "List", "[]", 404, app.CodeNotFound, []string{"NoSuchService"}},
		{"UnknownMethod404", "ArticleService", "Delete", "[]", 404, app.CodeNotFound, []string{"Delete"}},
		{"UnexportedMethod404", "ArticleService", "list", "[]", 404, app.CodeNotFound, nil},
	}
	for _, c := range errCases {
		t.Run(c.name, func(t *testing.T) {
			resp := h.call(t, c.service, c.method, c.body)
			wantStatus(t, resp, c.status)
			p := errorPayload(t, resp)
			if p.Code != c.code {
				t.Errorf("code %q, want %q (message %q)", p.Code, c.code, p.Message)
			}
			for _, s := range c.msgHas {
				if !strings.Contains(p.Message, s) {
					t.Errorf("message %q lacks %q", p.Message, s)
				}
			}
		})
	}

	t.Run("BadPaths404", func(t *testing.T) {
		for _, path := range []string{"/api/", "/api/ArticleService", "/api/ArticleService/", "/api/ArticleService/List/extra", "/api//List"} {
			resp := h.do(t, http.MethodPost, path, strings.NewReader("[]"), jsonCall(testToken))
			wantStatus(t, resp, http.StatusNotFound)
			if p := errorPayload(t, resp); p.Code != app.CodeNotFound {
				t.Errorf("%s: code %q", path, p.Code)
			}
		}
	})

	t.Run("WorkspaceInfo", func(t *testing.T) {
		resp := h.call(t, "WorkspaceService", "Info", "[]")
		wantStatus(t, resp, http.StatusOK)
		var info struct {
			SchemaVersion int    `json:"schemaVersion"`
			Articles      int64  `json:"articles"`
			Path          string `json:"path"`
			AppVersion    string `json:"appVersion"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&info); err != nil {
			t.Fatal(err)
		}
		if info.SchemaVersion < 1 {
			t.Errorf("schemaVersion %d", info.SchemaVersion)
		}
		if info.Articles != 5 {
			t.Errorf("articles %d, want 5", info.Articles)
		}
		if filepath.Base(info.Path) != "ws.db" {
			t.Errorf("path %q", info.Path)
		}
		if info.AppVersion != app.Version {
			t.Errorf("appVersion %q, want %q", info.AppVersion, app.Version)
		}
	})
}

// openEvents opens the event stream and sends its lines to the returned channel.
func openEvents(t *testing.T, h *harness) (<-chan string, *http.Response) {
	t.Helper()
	resp := h.do(t, http.MethodGet, "/api/events", nil, withToken(testToken))
	wantStatus(t, resp, http.StatusOK)
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("Content-Type %q", ct)
	}
	lines := make(chan string, 100)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines, resp
}

func waitLine(t *testing.T, lines <-chan string, want string) {
	t.Helper()
	guard := time.After(10 * time.Second) // failure guard only
	var seen []string
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("stream ended before %q; saw %q", want, seen)
			}
			if l == want {
				return
			}
			seen = append(seen, l)
		case <-guard:
			t.Fatalf("no %q line; saw %q", want, seen)
		}
	}
}

func TestEventStream(t *testing.T) {
	t.Run("DeliversEmittedEvents", func(t *testing.T) {
		h := startServer(t)
		lines, _ := openEvents(t, h)
		// The server writes ": connected" once it has subscribed; emit only after that.
		waitLine(t, lines, ": connected")
		h.hub.Emit("progress", map[string]int{"done": 1})
		waitLine(t, lines, `data: {"name":"progress","data":{"done":1}}`)
		h.hub.Emit("progress", app.Progress{Task: "import", Done: 2, Total: 3, Label: "a.txt"})
		waitLine(t, lines, `data: {"name":"progress","data":{"task":"import","done":2,"total":3,"label":"a.txt"}}`)
	})

	t.Run("TwoSubscribersBothReceive", func(t *testing.T) {
		h := startServer(t)
		a, _ := openEvents(t, h)
		b, _ := openEvents(t, h)
		waitLine(t, a, ": connected")
		waitLine(t, b, ": connected")
		h.hub.Emit("changed", "x")
		waitLine(t, a, `data: {"name":"changed","data":"x"}`)
		waitLine(t, b, `data: {"name":"changed","data":"x"}`)
	})

	t.Run("EmitWithoutSubscribersDoesNotBlock", func(t *testing.T) {
		hub := bridge.NewHub()
		for i := 0; i < 1000; i++ {
			hub.Emit("progress", i)
		}
		hub.Emit("bad", func() {}) // unmarshalable: dropped, no panic
	})

	t.Run("NoToken401", func(t *testing.T) {
		h := startServer(t)
		resp := h.do(t, http.MethodGet, "/api/events", nil, nil)
		wantStatus(t, resp, http.StatusUnauthorized)
		errorPayload(t, resp)
		resp = h.do(t, http.MethodGet, "/api/events", nil, withToken("wrong"))
		wantStatus(t, resp, http.StatusUnauthorized)
	})
}

func TestShutdownWithOpenEventStream(t *testing.T) {
	h := startServer(t)
	lines, _ := openEvents(t, h)
	waitLine(t, lines, ": connected")
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil {
			t.Errorf("Serve returned %v after cancel, want nil", err)
		}
		h.done <- err // for the cleanup
	case <-time.After(20 * time.Second): // failure guard only
		t.Fatal("Serve did not return after cancel with an open event stream")
	}
	// The stream ends: the handler returned rather than being left running.
	guard := time.After(20 * time.Second)
	for {
		select {
		case _, ok := <-lines:
			if !ok {
				goto closed
			}
		case <-guard:
			t.Fatal("event stream still open after shutdown")
		}
	}
closed:
	// New connections are refused.
	c := &http.Client{Timeout: 10 * time.Second}
	if resp, err := c.Get(h.base + "/"); err == nil {
		resp.Body.Close()
		t.Errorf("server still answering after shutdown: %d", resp.StatusCode)
	}
}

func TestServeReturnsListenerError(t *testing.T) {
	ws, err := app.OpenWorkspace(context.Background(), filepath.Join(t.TempDir(), "ws.db"), app.OpenOptions{Create: true, Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := bridge.New(ln.Addr(), testToken, frontend.Assets(), app.NewServices(ws).Bindings(), bridge.NewHub())
	ln.Close()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(context.Background(), ln) }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("Serve on a closed listener returned nil")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve on a closed listener did not return")
	}
}

func TestNewTokenIsRandomAndURLSafe(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 50; i++ {
		tok := bridge.NewToken()
		if len(tok) < 40 {
			t.Fatalf("token %q too short", tok)
		}
		if url.QueryEscape(tok) != tok {
			t.Fatalf("token %q needs escaping in a URL", tok)
		}
		if seen[tok] {
			t.Fatalf("token repeated: %q", tok)
		}
		seen[tok] = true
	}
}

func TestURLCarriesToken(t *testing.T) {
	addr := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 4242}
	srv := bridge.New(addr, "tok", frontend.Assets(), nil, bridge.NewHub())
	if got, want := srv.URL(addr), "http://127.0.0.1:4242/?token=tok"; got != want {
		t.Errorf("URL = %q, want %q", got, want)
	}
}

// Internal errors are shown generically: the cause (paths, SQL) stays in the log.
func TestInternalErrorCauseDoesNotLeak(t *testing.T) {
	cause := errors.New("secret path /home/analyst/x.db: disk I/O error")
	for _, err := range []error{
		app.Internal(cause, "doing y"),
		fmt.Errorf("wrapped: %w", app.Internal(cause, "doing y")),
		cause, // a bare error is internal too
	} {
		p := app.FormatError(err)
		if p.Code != app.CodeInternal {
			t.Errorf("%v: code %q, want internal", err, p.Code)
		}
		if strings.Contains(p.Message, "secret") || strings.Contains(p.Message, "/home") {
			t.Errorf("message leaks the cause: %q", p.Message)
		}
		b, _ := json.Marshal(p)
		if bytes.Contains(b, []byte("secret")) {
			t.Errorf("payload leaks the cause: %s", b)
		}
	}
	if p := app.FormatError(app.Internal(cause, "doing y")); p.Message != "internal error while doing y" {
		t.Errorf("message %q", p.Message)
	}
	// Non-internal errors keep their message for the analyst.
	if p := app.FormatError(app.NotFound("article %d does not exist", 7)); p.Code != app.CodeNotFound || p.Message != "article 7 does not exist" {
		t.Errorf("not_found payload %+v", p)
	}
}

// The same rule over HTTP: a storage failure answers 500 {code: internal} with the
// generic message, not the driver's error text or the workspace path.
func TestInternalErrorOverHTTPIsGeneric(t *testing.T) {
	h := startServer(t)
	if err := h.ws.DB().Close(); err != nil { // every query now fails inside database/sql
		t.Fatal(err)
	}
	for _, m := range []string{"List", "Get"} {
		body := "[]"
		if m == "Get" {
			body = "[1]"
		}
		resp := h.call(t, "ArticleService", m, body)
		wantStatus(t, resp, http.StatusInternalServerError)
		p := errorPayload(t, resp)
		if p.Code != app.CodeInternal {
			t.Errorf("%s: code %q, want internal", m, p.Code)
		}
		if !strings.HasPrefix(p.Message, "internal error while ") {
			t.Errorf("%s: message %q is not the generic one", m, p.Message)
		}
		for _, leak := range []string{"closed", "sql:", h.ws.DB().Path} {
			if strings.Contains(p.Message, leak) {
				t.Errorf("%s: message %q leaks %q", m, p.Message, leak)
			}
		}
	}
}
