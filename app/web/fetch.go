package web

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// Defaults of a Fetcher; each can be changed on the value.
const (
	DefaultMaxBytes     = 10 << 20 // the importer's file size limit
	DefaultMaxRedirects = 5
	DefaultTimeout      = 30 * time.Second
	UserAgent           = "Claimdesk/1 (news verification; +https://claimdesk.invalid/bot)"
)

// Fetcher fetches pages and feeds. The zero value is not usable: use New.
type Fetcher struct {
	// AllowPrivate lets the fetcher reach loopback, private, link-local and other
	// non-public addresses. The window and the CLI allow them (the analyst's own
	// machine and network); the browser door does not unless told to.
	AllowPrivate bool
	MaxBytes     int64
	MaxRedirects int
	Timeout      time.Duration
	// Now is the clock for FetchedAt (tests inject one).
	Now func() time.Time

	transport *http.Transport
}

// New returns a Fetcher with the defaults.
func New(allowPrivate bool) *Fetcher {
	f := &Fetcher{AllowPrivate: allowPrivate, MaxBytes: DefaultMaxBytes, MaxRedirects: DefaultMaxRedirects,
		Timeout: DefaultTimeout, Now: time.Now}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: f.checkAddress}
	f.transport = &http.Transport{
		Proxy:                 nil, // a proxy would hide the address dialled from checkAddress
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		MaxIdleConns:          10,
		IdleConnTimeout:       30 * time.Second,
	}
	return f
}

// Page is a fetched page: the bytes as served and what the fetch learnt.
type Page struct {
	RequestedURL string    `json:"requestedUrl"`
	FinalURL     string    `json:"finalUrl"`
	Redirects    []string  `json:"redirects"` // the URLs redirected from, in order
	Status       int       `json:"status"`
	ContentType  string    `json:"contentType"`
	ETag         string    `json:"etag"`
	LastModified string    `json:"lastModified"`
	FetchedAt    time.Time `json:"fetchedAt"`
	Body         []byte    `json:"-"`
	// NotModified: a conditional request was answered 304 (Body is empty).
	NotModified bool `json:"notModified"`
}

// Conditional carries the validators of an earlier fetch (ETag, Last-Modified),
// so a feed that has not changed costs a 304 and no body.
type Conditional struct {
	ETag, LastModified string
}

// CheckURL returns the URL the analyst typed as an absolute http(s) URL, or an
// error saying why it cannot be fetched (file:, javascript:, no host, ...).
func CheckURL(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil, &Error{Kind: KindBadURL, Message: "no address given"}
	}
	if !strings.Contains(raw, "://") && !strings.HasPrefix(strings.ToLower(raw), "file:") &&
		!strings.Contains(strings.SplitN(raw, "/", 2)[0], ":") {
		raw = "https://" + raw // "example.com/story" as people paste it
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, &Error{Kind: KindBadURL, Message: fmt.Sprintf("%q is not a web address", raw)}
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return nil, &Error{Kind: KindBadURL, Message: fmt.Sprintf("only http and https addresses can be fetched, not %s:", u.Scheme)}
	}
	if u.Host == "" || u.Hostname() == "" {
		return nil, &Error{Kind: KindBadURL, Message: fmt.Sprintf("%q has no site name", raw)}
	}
	if u.User != nil {
		return nil, &Error{Kind: KindBadURL, Message: "addresses with a user name or password are not fetched"}
	}
	u.Fragment = ""
	return u, nil
}

// Fetch gets one page. accept lists the media types wanted (e.g. HTML and plain
// text for an article); anything else is refused with KindNotWanted.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, accept []string, cond Conditional) (Page, error) {
	u, err := CheckURL(rawURL)
	if err != nil {
		return Page{}, err
	}
	page := Page{RequestedURL: u.String(), Redirects: []string{}}
	client := &http.Client{
		Transport: f.transport,
		Timeout:   f.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.MaxRedirects {
				return &Error{Kind: KindRedirects, Message: fmt.Sprintf("more than %d redirects (last to %s)", f.MaxRedirects, req.URL)}
			}
			if s := strings.ToLower(req.URL.Scheme); s != "http" && s != "https" {
				return &Error{Kind: KindBadURL, Message: "the site redirected to a " + s + ": address, which is not fetched"}
			}
			page.Redirects = append(page.Redirects, via[len(via)-1].URL.String())
			return nil
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, &Error{Kind: KindBadURL, Message: err.Error()}
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", strings.Join(accept, ", ")+", */*;q=0.1")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := client.Do(req)
	if err != nil {
		return Page{}, f.explain(u, err)
	}
	defer resp.Body.Close()
	page.FinalURL = resp.Request.URL.String()
	page.Status = resp.StatusCode
	page.ContentType = resp.Header.Get("Content-Type")
	page.ETag = resp.Header.Get("ETag")
	page.LastModified = resp.Header.Get("Last-Modified")
	page.FetchedAt = f.Now().UTC()
	if resp.StatusCode == http.StatusNotModified && (cond.ETag != "" || cond.LastModified != "") {
		page.NotModified = true
		return page, nil
	}
	if err := statusError(resp.StatusCode, page.FinalURL); err != nil {
		return page, err
	}
	if err := wanted(page.ContentType, accept); err != nil {
		return page, err
	}
	if resp.ContentLength > f.MaxBytes {
		return page, tooBig(resp.ContentLength, f.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return page, f.explain(u, err)
	}
	if int64(len(body)) > f.MaxBytes {
		return page, tooBig(-1, f.MaxBytes)
	}
	page.Body = body
	return page, nil
}

func tooBig(n, max int64) error {
	if n > 0 {
		return &Error{Kind: KindTooBig, Message: fmt.Sprintf("the page is %.1f MB, over the %d MB limit", float64(n)/(1<<20), max>>20)}
	}
	return &Error{Kind: KindTooBig, Message: fmt.Sprintf("the page is over the %d MB limit", max>>20)}
}

func statusError(code int, u string) error {
	switch {
	case code >= 200 && code < 300:
		return nil
	case code == http.StatusNotFound || code == http.StatusGone:
		return &Error{Kind: KindStatus, Status: code, Message: fmt.Sprintf("the page was not found (HTTP %d)", code)}
	case code == http.StatusUnauthorized || code == http.StatusForbidden || code == http.StatusPaymentRequired:
		return &Error{Kind: KindStatus, Status: code, Message: fmt.Sprintf("the site refused access (HTTP %d): the page may be behind a paywall or a login; save it from your browser and import the file", code)}
	case code == http.StatusTooManyRequests:
		return &Error{Kind: KindStatus, Status: code, Message: "the site asks to slow down (HTTP 429): try again later"}
	case code >= 500:
		return &Error{Kind: KindStatus, Status: code, Message: fmt.Sprintf("the site had an error (HTTP %d): try again later", code)}
	default:
		return &Error{Kind: KindStatus, Status: code, Message: fmt.Sprintf("the site answered HTTP %d", code)}
	}
}

// wanted checks the Content-Type against the accepted media types.
func wanted(contentType string, accept []string) error {
	mt, _, err := mime.ParseMediaType(contentType)
	if contentType == "" || err != nil {
		return nil // unlabelled: let the reader decide from the bytes
	}
	for _, a := range accept {
		if strings.EqualFold(mt, a) {
			return nil
		}
	}
	what := mt
	switch {
	case mt == "application/pdf":
		what = "a PDF document"
	case strings.HasPrefix(mt, "image/"):
		what = "an image"
	case strings.HasPrefix(mt, "video/"), strings.HasPrefix(mt, "audio/"):
		what = "a video or sound file"
	}
	return &Error{Kind: KindNotWanted, Message: fmt.Sprintf("the address gives %s (%s), not %s", what, mt, describe(accept))}
}

func describe(accept []string) string {
	for _, a := range accept {
		if a == "text/html" {
			return "a web page"
		}
	}
	return "a feed"
}

// explain turns a transport error into a message for the analyst.
func (f *Fetcher) explain(u *url.URL, err error) error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe
	}
	var dns *net.DNSError
	var certInvalid x509.CertificateInvalidError
	var unknownAuth x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var recordHeader tls.RecordHeaderError
	var netErr net.Error
	host := u.Hostname()
	switch {
	case errors.Is(err, context.Canceled):
		return &Error{Kind: KindCancelled, Message: "cancelled"}
	case errors.As(err, &dns):
		return &Error{Kind: KindDNS, Message: fmt.Sprintf("could not find the site %s (DNS: %s)", host, dns.Err)}
	case errors.As(err, &certInvalid), errors.As(err, &unknownAuth), errors.As(err, &hostname):
		return &Error{Kind: KindTLS, Message: fmt.Sprintf("the secure connection to %s failed: its certificate could not be verified (%v)", host, unwrapMost(err))}
	case errors.As(err, &recordHeader):
		return &Error{Kind: KindTLS, Message: fmt.Sprintf("the secure connection to %s failed: the site did not answer in TLS (try http://)", host)}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{Kind: KindConnect, Message: fmt.Sprintf("%s refused the connection", u.Host)}
	case errors.As(err, &netErr) && netErr.Timeout(), errors.Is(err, context.DeadlineExceeded):
		return &Error{Kind: KindTimeout, Message: fmt.Sprintf("%s did not answer in time (limit %s)", host, f.Timeout)}
	}
	return &Error{Kind: KindConnect, Message: fmt.Sprintf("could not fetch %s: %v", u.Redacted(), unwrapMost(err))}
}

func unwrapMost(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}
