package web

// Kind classifies a failed fetch, so callers and tests can tell them apart
// without reading the message.
type Kind string

const (
	KindBadURL    Kind = "bad_url"
	KindDNS       Kind = "dns"
	KindTLS       Kind = "tls"
	KindConnect   Kind = "connect"
	KindTimeout   Kind = "timeout"
	KindStatus    Kind = "status"
	KindNotWanted Kind = "not_wanted"
	KindTooBig    Kind = "too_big"
	KindRedirects Kind = "redirects"
	KindPrivate   Kind = "private"
	KindCancelled Kind = "cancelled"
	KindFeed      Kind = "feed"
)

// Error is every error this package returns. Message is written for the analyst.
type Error struct {
	Kind    Kind
	Status  int // the HTTP status for KindStatus
	Message string
}

func (e *Error) Error() string { return e.Message }
