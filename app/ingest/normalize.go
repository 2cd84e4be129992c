package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s with CRLF and lone CR turned into LF and the text in
// Unicode NFC. Stored article text is normalised exactly once, at import, so
// that offsets mean the same thing in every tool: "\r\n" would otherwise be
// one or two positions depending on who counts, and "é" one or two code
// points depending on how it was typed. Normalize is idempotent.
//
// Other line separators (U+0085, U+2028) are left as they are: they are rare
// and replacing them would change what the author wrote for no offset gain.
func Normalize(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s)
}

// Hash returns the lowercase hex SHA-256 of text's UTF-8 bytes. Pass the
// normalised text: Hash does not normalise, so the stored hash can be checked
// by any tool (e.g. sha256sum of the exported body) without Unicode tables.
func Hash(text string) string {
	const slice = 64 << 10
	if len(text) <= slice {
		sum := sha256.Sum256([]byte(text))
		return hex.EncodeToString(sum[:])
	}
	// A long text in slices: []byte(text) would copy all of it (10 MB for a large import).
	h := sha256.New()
	chunk := make([]byte, slice)
	for len(text) > 0 {
		n := copy(chunk, text)
		h.Write(chunk[:n])
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// CodePoints returns the length of s in Unicode code points, the unit of
// every offset Claimdesk stores. (Invalid UTF-8 bytes count one each, but
// Decode never produces them.)
func CodePoints(s string) int {
	return utf8.RuneCountInString(s)
}

// byteToCodePoint converts a byte offset in s (at a rune boundary) to a
// code-point offset.
func byteToCodePoint(s string, b int) int {
	return utf8.RuneCountInString(s[:b])
}
