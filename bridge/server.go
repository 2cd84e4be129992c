package bridge

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"crypto/tls"
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
	// cookiePrefix + the port names the session cookie: browsers keep cookies per host,
	// not per port, so two servers on one machine need two names or each logs the
	// other's tabs out.
	cookiePrefix = "claimdesk_token_"
	tokenHeader  = "X-Claimdesk-Token"
	// maxBody bounds one API request; article text travels through import, not here.
	maxBody = 16 << 20
	// bodyTimeoutDefault bounds reading one request's body: 16 MB in 60 s is 270 kB/s, far
	// below any link a browser uses, and a body trickled in more slowly is refused
	// instead of holding a connection and a goroutine for ever.
	bodyTimeoutDefault = 60 * time.Second
	// maxCalls bounds the service calls running at once; the others wait their turn.
	// With the workspace's bounded connection pool (db.MaxOpenConns) it keeps a burst
	// of parallel calls from opening a file descriptor each.
	maxCalls = 16
)

// bodyTimeout is bodyTimeoutDefault, shortened by tests.
var bodyTimeout = bodyTimeoutDefault

// Server is the HTTP bridge for one listener.
type Server struct {
	token      string
	cookieName string
	assets     *assetStore
	calls      *dispatcher
	hub        *Hub
	slots      chan struct{} // one per running call (maxCalls)
	tls        *tls.Config   // nil: plain HTTP
	port       string
	hostNames  []string
	hosts      map[string]bool // Host header values this listener answers to
	origins    map[string]bool // Origin header values allowed (same as hosts, with scheme)
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
	host, port, _ := net.SplitHostPort(addr.String())
	s := &Server{token: token, cookieName: cookiePrefix + port, assets: newAssetStore(assets), calls: newDispatcher(bindings),
		hub: hub, slots: make(chan struct{}, maxCalls), port: port, hostNames: []string{host}}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		s.hostNames = append(s.hostNames, "localhost")
	}
	s.allowOrigins()
	return s
}

// allowOrigins lists the Host and Origin values this server answers to, with the
// scheme it serves.
func (s *Server) allowOrigins() {
	s.hosts, s.origins = map[string]bool{}, map[string]bool{}
	for _, n := range s.hostNames {
		hp := net.JoinHostPort(n, s.port)
		s.hosts[hp] = true
		s.origins[s.scheme()+"://"+hp] = true
	}
}

// UseTLS makes the server speak HTTPS with cert: Serve wraps its listener, the URL
// and the allowed Origin say https, and the session cookie is marked Secure.
func (s *Server) UseTLS(cert tls.Certificate) {
	s.tls = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	s.allowOrigins()
}

func (s *Server) scheme() string {
	if s.tls != nil {
		return "https"
	}
	return "http"
}

// URL is the address to open, token included.
func (s *Server) URL(addr net.Addr) string {
	return s.scheme() + "://" + addr.String() + "/?token=" + s.token
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

	if !s.hosts[r.Host] {
		refuse(w, r, http.StatusForbidden, "This server only answers to its own address. Open the URL `claimdesk serve` printed.")
		return
	}
	if origin := r.Header.Get("Origin"); origin != "" && !s.origins[origin] {
		refuse(w, r, http.StatusForbidden, "Requests from other sites are refused.")
		return
	}
	// Opening the printed URL trades the token for a cookie and drops it from the address bar.
	if q := r.URL.Query().Get("token"); q != "" && r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, "/api/") {
		if !s.tokenOK(q) {
			refuse(w, r, http.StatusUnauthorized, "Wrong token: this link belongs to another (or an earlier) Claimdesk server. Open the URL `claimdesk serve` printed in the terminal where it runs.")
			return
		}
		http.SetCookie(w, &http.Cookie{Name: s.cookieName, Value: s.token, Path: "/", HttpOnly: true,
			Secure: s.tls != nil, SameSite: http.SameSiteStrictMode})
		// Always "/": redirecting to the request path would let //other.site/ through.
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if !s.authorised(r) {
		refuse(w, r, http.StatusUnauthorized, "This browser has no session with this Claimdesk server (it was restarted, or the session was never opened here). Open the URL `claimdesk serve` printed in the terminal where it runs; it starts a new session.")
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
	c, err := r.Cookie(s.cookieName)
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
	if app.WindowOnly[parts[0]+"."+parts[1]] {
		writeError(w, app.Invalid("%s.%s works on this computer's files, so only the desktop window and the command line offer it; in a browser, files go in by upload (choose or drop them in the Import dialog) and exports come out as downloads", parts[0], parts[1]), http.StatusForbidden)
		return
	}
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(bodyTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		var netErr net.Error
		switch {
		case errors.As(err, &tooBig):
			writeError(w, app.Invalid("request too large (over %d MB)", maxBody>>20), http.StatusRequestEntityTooLarge)
		case errors.As(err, &netErr) && netErr.Timeout():
			writeError(w, app.Invalid("the request body did not arrive within %v", bodyTimeout), http.StatusRequestTimeout)
		default:
			writeError(w, app.Invalid("cannot read the request: %v", err), 0)
		}
		return
	}
	// The body is in: the call itself may take minutes (an import), and a read deadline
	// left standing would end the connection under it.
	rc.SetReadDeadline(time.Time{})
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-r.Context().Done():
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
		refuse(w, r, http.StatusMethodNotAllowed, "Method not allowed.")
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	a := s.assets.get(name)
	if a == nil {
		refuse(w, r, http.StatusNotFound, "Not found.")
		return
	}
	a.serve(w, r)
}

// refuse answers a request the server will not serve: {code, message} to the API, and
// a page a person can read to a browser opening a page (a lost session, a wrong link).
func refuse(w http.ResponseWriter, r *http.Request, status int, msg string) {
	code := app.CodeInvalid
	if status == http.StatusNotFound {
		code = app.CodeNotFound
	}
	if !strings.HasPrefix(r.URL.Path, "/api/") {
		refusalPage(w, status, msg)
		return
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
	// Headers must arrive within 10 s and an idle keep-alive connection closes after
	// 2 min; bodies have bodyTimeout (set per call, since the event stream and a long
	// import must not be cut by a server-wide deadline).
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute,
		MaxHeaderBytes: 64 << 10, BaseContext: func(net.Listener) context.Context { return ctx }}
	if s.tls != nil {
		ln = tls.NewListener(ln, s.tls)
	}
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
