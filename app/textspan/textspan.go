// Package textspan validates spans of article text and builds their anchors. Offsets are
// Unicode code points, half-open [start, end), as stored and as SQLite's substr() counts.
package textspan

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
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
	// A span never cuts a character as a reader sees it (an emoji with a skin tone or
	// a ZWJ sequence, a letter with a combining accent, a flag): the UI snaps
	// selections, and so does the service for every other caller.
	if s, e := t.graphemeBounds(start, end); s != start || e != end {
		start, end, got = s, e, string(t.runes[s:e])
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

// graphemeBounds widens [start, end) to whole grapheme clusters (Unicode UAX #29, as
// rivo/uniseg implements it). Where the code points on both sides of an offset make it
// a boundary for certain (plainBoundary), nothing is segmented: that is nearly every
// span. Otherwise only the stretch between the nearest certain boundaries around the
// span is segmented, which gives the same clusters as segmenting the whole text.
func (t Text) graphemeBounds(start, end int) (int, int) {
	if t.plainBoundary(start) && t.plainBoundary(end) {
		return start, end
	}
	from := start
	for !t.plainBoundary(from) {
		from--
	}
	to := end
	for !t.plainBoundary(to) {
		to++
	}
	pos, s, e := from, start, end
	g := uniseg.NewGraphemes(string(t.runes[from:to]))
	for pos < end && g.Next() {
		next := pos + len(g.Runes())
		if pos < start && start < next {
			s = pos
		}
		if pos < end && end < next {
			e = next
		}
		pos = next
	}
	return s, e
}

// plainBoundary reports whether offset i is a grapheme cluster boundary for certain,
// from its two neighbours alone: the ends of the text, either side of a line feed
// (except CR LF), or between two plain code points (plainRune). It may say false at a
// real boundary; the caller then segments.
func (t Text) plainBoundary(i int) bool {
	if i <= 0 || i >= len(t.runes) {
		return true
	}
	a, b := t.runes[i-1], t.runes[i]
	switch {
	case a == '\n':
		return true
	case b == '\n':
		return a != '\r'
	}
	return plainRune(a) && plainRune(b)
}

// plainRune: a letter, digit, punctuation mark or space that no UAX #29 rule joins to
// a neighbour. Left out: marks (Extend, SpacingMark), format characters (ZWJ, Prepend),
// symbols (emoji, regional indicators), Hangul jamo and syllables, and the few letters
// that are Extend, SpacingMark or Prepend.
func plainRune(r rune) bool {
	switch {
	case r == ' ':
		return true
	case r >= 0x1100 && r <= 0x11FF, r >= 0xA960 && r <= 0xA97F, r >= 0xAC00 && r <= 0xD7FF:
		return false // Hangul: L, V, T, LV and LVT join
	}
	switch r {
	case 0xFF9E, 0xFF9F, // halfwidth katakana voiced marks: Extend
		0x0E33, 0x0EB3, // Thai and Lao AM: SpacingMark
		0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84, 0x11A85, 0x11A86,
		0x11A87, 0x11A88, 0x11A89, 0x11D46: // letters that are Prepend
		return false
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsPunct(r)
}

// clip shortens long text for messages.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:57]) + "…"
}
