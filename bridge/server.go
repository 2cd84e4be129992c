package bridge

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"time"

	"claimdesk/app"
)

const (
	cookieName  = "claimdesk_token"
	tokenHeader = "X-Claimdesk-Token"
	// maxBody bounds one API request; article text travels through import, not here.
	maxBody = 16 << 20
)

// Server is the HTTP bridge for one listener.
type Server struct {
	token   string
	assets  fs.FS
	calls   *dispatcher
	hub     *Hub
	hosts   map[string]bool // Host header values this listener answers to
	origins map[string]bool // Origin header values allowed (same as hosts, with scheme)
}

// NewToken makes a random token for the URL the user opens.
func NewToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// New builds a server for the listener at addr (host:port as bound) serving assets and
// the bound services. Requests must carry token and name this address as Host (and
// Origin, when a browser sends one): that keeps out other local users' pages and
// DNS-rebinding attacks.
func New(addr net.Addr, token string, assets fs.FS, bindings []any, hub *Hub) *Server {
	s := &Server{token: token, assets: assets, calls: newDispatcher(bindings), hub: hub,
		hosts: map[string]bool{}, origins: map[string]bool{}}
	host, port, _ := net.SplitHostPort(addr.String())
	names := []string{host}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		names = append(names, "localhost")
	}
	for _, n := range names {
		hp := net.JoinHostPort(n, port)
		s.hosts[hp] = true
		s.origins["http://"+hp] = true
	}
	return s
}

// URL is the address to open, token included.
func (s *Server) URL(addr net.Addr) string {
	return "http://" + addr.String() + "/?token=" + s.token
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

	if !s.hosts[r.Host] {
		refuse(w, http.StatusForbidden, "this server only answers to its own address; open the URL `claimdesk serve` printed")
		return
	}
	if origin := r.Header.Get("Origin"); origin != "" && !s.origins[origin] {
		refuse(w, http.StatusForbidden, "requests from other sites are refused")
		return
	}
	// Opening the printed URL trades the token for a cookie and drops it from the address bar.
	if q := r.URL.Query().Get("token"); q != "" && r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, "/api/") {
		if !s.tokenOK(q) {
			refuse(w, http.StatusUnauthorized, "wrong token; open the URL `claimdesk serve` printed")
			return
		}
		http.SetCookie(w, &http.Cookie{Name: cookieName, Value: s.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		// Always "/": redirecting to the request path would let //other.site/ through.
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if !s.authorised(r) {
		refuse(w, http.StatusUnauthorized, "missing or wrong token; open the URL `claimdesk serve` printed")
		return
	}
	switch {
	case r.URL.Path == "/api/events" && r.Method == http.MethodGet:
		s.serveEvents(w, r)
	case strings.HasPrefix(r.URL.Path, "/api/"):
		s.serveCall(w, r)
	default:
		s.serveAsset(w, r)
	}
}

func (s *Server) tokenOK(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.token)) == 1
}

func (s *Server) authorised(r *http.Request) bool {
	if t := r.Header.Get(tokenHeader); t != "" {
		return s.tokenOK(t)
	}
	c, err := r.Cookie(cookieName)
	return err == nil && s.tokenOK(c.Value)
}

func (s *Server) serveCall(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeError(w, app.Invalid("use POST to call a service"), http.StatusMethodNotAllowed)
		return
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		writeError(w, app.Invalid("send the arguments as application/json"), http.StatusUnsupportedMediaType)
		return
	}
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/api/"), "/")
	if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
		writeError(w, app.NotFound("no such API path %s; use /api/<Service>/<Method>", r.URL.Path), 0)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, app.Invalid("request too large (over %d MB)", maxBody>>20), http.StatusRequestEntityTooLarge)
			return
		}
		writeError(w, app.Invalid("cannot read the request: %v", err), 0)
		return
	}
	result, err := s.calls.call(parts[0], parts[1], body)
	if err != nil {
		writeError(w, err, 0)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(result)
}

func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		writeError(w, app.Internal(errors.New("no flusher"), "opening the event stream"), 0)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	ch := s.hub.subscribe()
	defer s.hub.unsubscribe(ch)
	fmt.Fprint(w, ": connected\n\n")
	flusher.Flush()
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case msg := <-ch:
			fmt.Fprintf(w, "data: %s\n\n", msg)
			flusher.Flush()
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
			flusher.Flush()
		}
	}
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		refuse(w, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	if _, err := fs.Stat(s.assets, name); err != nil {
		refuse(w, http.StatusNotFound, "not found")
		return
	}
	http.ServeFileFS(w, r, s.assets, name)
}

func refuse(w http.ResponseWriter, status int, msg string) {
	code := app.CodeInvalid
	if status == http.StatusNotFound {
		code = app.CodeNotFound
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(app.Payload{Code: code, Message: msg})
}

// writeError sends {code, message}; status 0 derives it from the code.
func writeError(w http.ResponseWriter, err error, status int) {
	p := app.FormatError(err)
	if status == 0 {
		status = statusFor(p.Code)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(p)
}

// Serve runs the server on ln until ctx ends, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	// Handlers see ctx end at shutdown, so open event streams close instead of holding it up.
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
		return nil
	}
}
