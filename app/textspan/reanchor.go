package textspan

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Anchor statuses, as stored in spans.anchor_status.
const (
	StatusExact  = "exact"
	StatusFuzzy  = "fuzzy"
	StatusOrphan = "orphan"
)

// Fuzzy matching limits. A quote is found approximately when at most
// MaxErrorRate of its code points differ (edit distance), searched within
// FuzzyWindow code points either side of its old place (moved by the change
// in text length). Quotes shorter than MinFuzzyLen are never matched
// approximately: "Kim" with one error matches too much.
const (
	MaxErrorRate = 0.25
	FuzzyWindow  = 4000
	MinFuzzyLen  = 4
)

// Reanchor finds an anchor made on an earlier version of a text in its new
// version (Hypothesis' approach: position, then quote with context, then
// approximate quote):
//
//  1. exact: the new text has the quote at the same offsets;
//  2. exact: the quote occurs in the new text; among several occurrences the
//     one whose surroundings best match the stored prefix and suffix wins,
//     ties going to the one nearest the old position. When several
//     occurrences tie and none shares any context, the result is "fuzzy"
//     (found, but which one is a guess);
//  3. fuzzy: the closest approximate match of the quote (edit distance at
//     most MaxErrorRate of its length) near the old position;
//  4. orphan: not found. The old offsets are kept, clamped into the new text,
//     with the old quote, prefix and suffix, so nothing the analyst wrote is
//     lost and the span can be fixed by hand.
//
// oldLen is the length of the old text in code points (0 if unknown); it
// shifts the search position by the change in length. The new text must not
// be empty.
func Reanchor(old Anchor, t Text, oldLen int) (Anchor, string) {
	n := t.Len()
	qr := []rune(old.Quote)
	m := len(qr)
	if m == 0 || n == 0 {
		return orphan(old, n), StatusOrphan
	}
	// 1. Same place.
	if old.Start >= 0 && old.End <= n && old.End-old.Start == m && string(t.runes[old.Start:old.End]) == old.Quote {
		return t.at(old.Start, old.End), StatusExact
	}
	// 2. The quote elsewhere, chosen by context.
	if occ := t.occurrences(old.Quote); len(occ) > 0 {
		bestI, bestScore, ties := -1, -1, 0
		for i, s := range occ {
			sc := t.contextScore(old, s, s+m)
			switch {
			case sc > bestScore:
				bestI, bestScore, ties = i, sc, 1
			case sc == bestScore:
				ties++
				if abs(s-old.Start) < abs(occ[bestI]-old.Start) {
					bestI = i
				}
			}
		}
		status := StatusExact
		if ties > 1 && bestScore == 0 {
			status = StatusFuzzy
		}
		// An occurrence whose surroundings hardly match may be another mention of
		// the same words while the marked one was edited in place ("Kim Jong Un"
		// respelled, a later "Kim Jong Un" untouched): an approximate match with
		// better context wins then.
		if bestScore < ContextLen {
			if s, e, ok := t.near(old, qr, oldLen, ContextLen+m/2); ok && t.contextScore(old, s, e) > bestScore {
				return t.at(s, e), StatusFuzzy
			}
		}
		return t.at(occ[bestI], occ[bestI]+m), status
	}
	// 3. Approximately, near where it was.
	if s, e, ok := t.near(old, qr, oldLen, FuzzyWindow); ok {
		return t.at(s, e), StatusFuzzy
	}
	return orphan(old, n), StatusOrphan
}

// near looks for an approximate match of the quote q within window code points of the
// anchor's old place (and of that place moved by the change in text length).
func (t Text) near(old Anchor, q []rune, oldLen, window int) (int, int, bool) {
	n, m := len(t.runes), len(q)
	if m < MinFuzzyLen {
		return 0, 0, false
	}
	center := old.Start
	if oldLen > 0 {
		center += n - oldLen
	}
	lo := max(0, min(old.Start, center)-window-m)
	hi := min(n, max(old.End, center+m)+window+m)
	if lo >= hi {
		return 0, 0, false
	}
	return t.approx(q, lo, hi, old.Start)
}

// contextScore is how many code points of the stored prefix and suffix agree with the
// text around [s, e).
func (t Text) contextScore(old Anchor, s, e int) int {
	n := len(t.runes)
	return commonSuffix([]rune(old.Prefix), t.runes[max(0, s-ContextLen):s]) +
		commonPrefix([]rune(old.Suffix), t.runes[e:min(n, e+ContextLen)])
}

// orphan keeps the old anchor with its offsets clamped into a text of n code
// points (a span must stay non-empty and inside the text).
func orphan(old Anchor, n int) Anchor {
	a := old
	if n <= 0 {
		a.Start, a.End = 0, 1
		return a
	}
	a.Start = min(max(old.Start, 0), n-1)
	a.End = min(max(old.End, a.Start+1), n)
	return a
}

// at builds the anchors of [s, e) in t, white space trimmed off both ends.
func (t Text) at(s, e int) Anchor {
	s0, e0 := s, e
	for s < e && unicode.IsSpace(t.runes[s]) {
		s++
	}
	for e > s && unicode.IsSpace(t.runes[e-1]) {
		e--
	}
	if e <= s { // only white space: keep the extent found
		s, e = s0, e0
	}
	n := len(t.runes)
	return Anchor{
		Start: s, End: e, Quote: string(t.runes[s:e]),
		Prefix: string(t.runes[max(0, s-ContextLen):s]),
		Suffix: string(t.runes[e:min(n, e+ContextLen)]),
	}
}

// occurrences returns the code-point offsets where quote occurs in t.
func (t Text) occurrences(quote string) []int {
	s := string(t.runes)
	var out []int
	cp, from := 0, 0 // code points counted up to byte offset from
	for {
		i := strings.Index(s[from:], quote)
		if i < 0 || len(out) >= 10000 {
			return out
		}
		cp += utf8.RuneCountInString(s[from : from+i])
		out = append(out, cp)
		_, size := utf8.DecodeRuneInString(s[from+i:])
		from += i + size
		cp++
	}
}

// approx finds the substring of t.runes[lo:hi) with the smallest edit
// distance to q (Sellers' algorithm: a free start anywhere in the window),
// within the error threshold; ties go to the match nearest near.
func (t Text) approx(q []rune, lo, hi, near int) (int, int, bool) {
	m := len(q)
	maxErr := int(float64(m) * MaxErrorRate)
	if maxErr < 1 {
		maxErr = 1
	}
	// col[i] is the edit distance of q[:i] against the best substring ending
	// at the current text position; start[i] is where that substring starts.
	col := make([]int, m+1)
	start := make([]int, m+1)
	prev := make([]int, m+1)
	prevStart := make([]int, m+1)
	for i := range prev {
		prev[i] = i
		prevStart[i] = lo
	}
	bestD, bestS, bestE := maxErr+1, -1, -1
	for j := lo; j < hi; j++ {
		c := t.runes[j]
		col[0], start[0] = 0, j+1
		for i := 1; i <= m; i++ {
			cost := 1
			if q[i-1] == c {
				cost = 0
			}
			// substitution / match
			d, s := prev[i-1]+cost, prevStart[i-1]
			if i == 1 {
				s = j
			}
			// a text character not in q (insertion)
			if v := prev[i] + 1; v < d {
				d, s = v, prevStart[i]
			}
			// a q character not in the text (deletion)
			if v := col[i-1] + 1; v < d {
				d, s = v, start[i-1]
			}
			col[i], start[i] = d, s
		}
		if d := col[m]; d < bestD || (d == bestD && bestS >= 0 && abs(start[m]-near) < abs(bestS-near)) {
			bestD, bestS, bestE = d, start[m], j+1
		}
		col, prev = prev, col
		start, prevStart = prevStart, start
	}
	if bestS < 0 || bestD > maxErr || bestE <= bestS {
		return 0, 0, false
	}
	return bestS, bestE, true
}

func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
