package match

import (
	"regexp"
	"strings"
)

// headlineSourceRe is a headline's source at its end, after a dash or a colon and without
// a verb: "... rises to 87 - disaster agency", "... in March: minister" (one to four
// words).
var headlineSourceRe = regexp.MustCompile(`(?:\s[-–—]\s*|:\s+)((?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+)\s*$`)

// headlineSource is the speaker phrase a headline [from, to) names at its end, as rune
// offsets, and whether it has one: the headline has no full stop (a sentence that ends
// with one is no headline: "The toll rose in one town: Puerto Montt."), and the phrase
// does not reach back into the statement at focus.
func (r *originReader) headlineSource(from, to, focusEnd int) (int, int, bool) {
	text := strings.TrimRight(string(r.rs[from:to]), " \t\r\n")
	if text == "" || strings.ContainsRune(".!?\"”", []rune(text)[len([]rune(text))-1]) {
		return 0, 0, false
	}
	m := headlineSourceRe.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, 0, false
	}
	s := from + len([]rune(text[:m[2]]))
	e := from + len([]rune(text[:m[3]]))
	if s < focusEnd {
		return 0, 0, false
	}
	return s, e, true
}
