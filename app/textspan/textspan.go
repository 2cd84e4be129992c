// Package textspan validates spans of article text and builds their anchors. Offsets are
// Unicode code points, half-open [start, end), as stored and as SQLite's substr() counts.
package textspan

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContextLen is how many code points of prefix and suffix a span stores (as Hypothesis'
// TextQuoteSelector does), enough to re-find the quote after the text changes.
const ContextLen = 32

// Anchor is a span's three anchors.
type Anchor struct {
	Start, End            int
	Quote, Prefix, Suffix string
}

// Text is an article body indexed by code point.
type Text struct {
	runes []rune
}

func New(body string) Text { return Text{runes: []rune(body)} }

// Len is the text's length in code points.
func (t Text) Len() int { return len(t.runes) }

// Slice returns the code points [start, end) as a string; the caller has validated them.
func (t Text) Slice(start, end int) string { return string(t.runes[start:end]) }

// Anchor validates [start, end) against the text and, when quote is not empty, that
// the text there is exactly quote. It returns the span's anchors, or an error that says
// what is wrong in the analyst's terms.
func (t Text) Anchor(start, end int, quote string) (Anchor, error) {
	n := len(t.runes)
	switch {
	case start < 0 || end < 0:
		return Anchor{}, fmt.Errorf("offsets cannot be negative (got %d–%d)", start, end)
	case end <= start:
		return Anchor{}, fmt.Errorf("a span must end after it starts (got %d–%d)", start, end)
	case end > n:
		return Anchor{}, fmt.Errorf("offsets %d–%d are outside the text, which has %d characters", start, end, n)
	}
	got := string(t.runes[start:end])
	if quote != "" && got != quote {
		return Anchor{}, fmt.Errorf("the quote %q does not match the text at %d–%d, which reads %q", clip(quote), start, end, clip(got))
	}
	if strings.TrimFunc(got, unicode.IsSpace) == "" {
		return Anchor{}, fmt.Errorf("a span cannot be only white space (%d–%d)", start, end)
	}
	return Anchor{
		Start: start, End: end, Quote: got,
		Prefix: string(t.runes[max(0, start-ContextLen):start]),
		Suffix: string(t.runes[end:min(n, end+ContextLen)]),
	}, nil
}

// clip shortens long text for messages.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:57]) + "…"
}
