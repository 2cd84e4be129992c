package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/reading"
)

// findValues proposes the dates and figures app/reading finds, read against the
// publication date: the one reading the claim page, matching and conflicts use. The span
// is the value proper ("11,000" in "around 11,000"); the hedge words go to the hedge, and
// the normalised value is the reading's text ("2024-06", "2,000–19,999 troops").
func (a *analysis) findValues() {
	text := a.doc.Text
	cp := codePoints(text)
	for _, v := range reading.Find(text, a.doc.PublishedAt) {
		start, end := cp(v.Core), cp(v.To)
		first, last := a.tokenAt(start), a.tokenAt(end)-1
		if first >= len(a.toks) || a.toks[first].start != start || last < first || a.toks[last].end != end ||
			strings.ContainsRune(text[v.Core:v.To], '\n') {
			continue // the reading's tokens and the suggester's disagree on the edges
		}
		norm := ""
		if v.Resolved() {
			norm = v.Text()
		}
		c := candidate{start: start, end: end, norm: norm, hedge: v.Hedge}
		switch {
		case v.Kind == reading.KindDate:
			// "May" and "March" opening a sentence are verbs or names as often as months
			if t := a.toks[first]; first == last && t.sentInit && (t.text == "May" || t.text == "March") {
				continue
			}
			c.typ, c.rule, c.conf = TypeDate, RuleDate, 0.9
		case a.notACount(first, last):
			continue
		default:
			c.typ, c.rule, c.conf = TypeNumber, RuleNumber, 0.85
			if v.Precision == reading.PrecVague {
				c.conf = 0.75
			} else if r, _ := utf8.DecodeRuneInString(text[v.Core:]); unicode.IsLetter(r) {
				c.conf = 0.7
			}
		}
		a.add(c)
	}
}

// notACount: figures the suggester leaves out although they are read: a duration used as
// an adjective ("a 12-year hiatus"), a unit of time after "a" ("a day later") and a
// capitalised number word inside a sentence (a name: "Four Seasons").
func (a *analysis) notACount(first, last int) bool {
	t := a.toks[first]
	if t.kind == tWord && t.cap && !t.sentInit {
		return true
	}
	// "a day later", "an hour": the article before a unit of time says when or
	// how often, not a figure to check
	if w := strings.ToLower(t.text); last == first+1 && (w == "a" || w == "an") && durationUnits[strings.ToLower(a.toks[last].text)] {
		return true
	}
	if k := last + 2; k < len(a.toks) && isHyphen([]rune(a.toks[last+1].text)[0]) && !a.toks[last+1].space && !a.toks[k].space {
		return durationUnits[strings.ToLower(a.toks[k].text)]
	}
	return false
}

var durationUnits = set(`year years month months week weeks day days hour hours minute minutes second seconds decade decades century old`)

// codePoints returns a function turning byte offsets of text (in increasing order or not)
// into code-point offsets.
func codePoints(text string) func(int) int {
	idx := make([]int, 0, len(text)+1)
	for i := range text {
		idx = append(idx, i)
	}
	idx = append(idx, len(text))
	return func(b int) int {
		lo, hi := 0, len(idx)-1
		for lo < hi {
			m := (lo + hi) / 2
			if idx[m] < b {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
}
