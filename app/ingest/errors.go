package ingest

// Reason classifies why Decode refused a file. The values are stable strings
// so callers can map them to their own error codes (all are "invalid" input
// from the user's point of view) and tests can match them without parsing
// messages.
type Reason string

const (
	// ReasonEmpty: the file has no bytes (or only a byte order mark).
	ReasonEmpty Reason = "empty"
	// ReasonBinary: the file is not text (NUL bytes, control bytes, or the
	// signature of a known binary format).
	ReasonBinary Reason = "binary"
	// ReasonUnknownEncoding: the declared encoding is not one we support.
	ReasonUnknownEncoding Reason = "unknown_encoding"
	// ReasonInvalidUTF8: UTF-8 was declared but the bytes are not valid UTF-8.
	ReasonInvalidUTF8 Reason = "invalid_utf8"
	// ReasonInvalidUTF16: UTF-16 was declared (or found by its byte order
	// mark) but the bytes cannot be UTF-16: odd length or a byte order mark
	// that contradicts the declared byte order.
	ReasonInvalidUTF16 Reason = "invalid_utf16"
)

// Error is the only error type Decode returns. Message is written for the
// analyst (it names the problem and, where there is one, the byte offset).
type Error struct {
	Reason  Reason
	Message string
	// Offset is the byte offset in the raw input where the problem was
	// found, or -1 when the problem is not at one place.
	Offset int
}

func (e *Error) Error() string { return e.Message }

func newError(r Reason, offset int, msg string) *Error {
	return &Error{Reason: r, Message: msg, Offset: offset}
}
