package reading

import (
	"strconv"
	"strings"
	"unicode"
)

type tokKind byte

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// tok is one word, number or punctuation mark of the text; start/end are byte offsets.
type tok struct {
	text  string
	low   string
	kind  tokKind
	start int
	end   int
	space bool // white space (or the start of the text) before it
}

// tokenize splits text into words (letters and apostrophes), numbers (digits with ","
// thousands groups and a "." decimal part) and single punctuation marks.
func tokenize(text string) []tok {
	var out []tok
	// the runes and the byte offset of each (an invalid byte is one U+FFFD of one byte)
	rs := make([]rune, 0, len(text))
	offs := make([]int, 0, len(text)+1)
	for b, r := range text {
		rs = append(rs, r)
		offs = append(offs, b)
	}
	offs = append(offs, len(text))
	space := true
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			space = true
			i++
			continue
		}
		j := i + 1
		kind := tPunct
		switch {
		case unicode.IsDigit(r):
			kind = tNum
			for j < len(rs) {
				if unicode.IsDigit(rs[j]) {
					j++
					continue
				}
				// "1,00,000", "12,50,000": South Asian copy groups in twos before the last three
				if rs[j] == ',' && j-i <= 2 {
					if end := indianGroups(rs, j); end > 0 {
						j = end
						continue
					}
				}
				// "11,000" (a group of three digits) and "2.5"
				if rs[j] == ',' && allDigits(rs, j+1, j+4) && (j+4 >= len(rs) || !unicode.IsDigit(rs[j+4])) {
					j += 4
					continue
				}
				if rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) {
					j += 2
					continue
				}
				break
			}
		case unicode.IsLetter(r):
			kind = tWord
			for j < len(rs) && (unicode.IsLetter(rs[j]) || ((rs[j] == '\'' || rs[j] == '\u2019') && j+1 < len(rs) && unicode.IsLetter(rs[j+1]))) {
				j++
			}
		}
		s := text[offs[i]:offs[j]]
		low := s
		if kind == tWord && strings.ContainsFunc(s, unicode.IsUpper) {
			low = strings.ToLower(s)
		}
		out = append(out, tok{text: s, low: low, kind: kind, start: offs[i], end: offs[j], space: space})
		space = false
		i = j
	}
	return out
}

// indianGroups is the end of the groups of two digits and the last group of three at
// rs[j] (",00,000" in "1,00,000"; ",23,45,678"), or 0 when they are not there.
func indianGroups(rs []rune, j int) int {
	twos := 0
	for j+3 <= len(rs) && rs[j] == ',' && allDigits(rs, j+1, j+3) && j+3 < len(rs) && rs[j+3] == ',' {
		j += 3
		twos++
	}
	if twos == 0 || rs[j] != ',' || !allDigits(rs, j+1, j+4) || j+4 < len(rs) && unicode.IsDigit(rs[j+4]) {
		return 0
	}
	return j + 4
}

func allDigits(rs []rune, from, to int) bool {
	if to > len(rs) {
		return false
	}
	for _, r := range rs[from:to] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func (t tok) number() (float64, bool) {
	if t.kind != tNum {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
	return v, err == nil
}

// integer: a plain digit string (no group separator or decimal point).
func (t tok) integer() (int, bool) {
	if t.kind != tNum || strings.ContainsAny(t.text, ",.") {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	return n, err == nil
}

func (t tok) year() (int, bool) {
	n, ok := t.integer()
	if !ok || len(t.text) != 4 || n < 1800 || n > 2199 {
		return 0, false
	}
	return n, true
}

func isDash(s string) bool {
	return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2010" || s == "\u2011"
}

// cursor walks the tokens.
type cursor struct {
	toks []tok
}

func (c cursor) low(k int) string {
	if k < 0 || k >= len(c.toks) {
		return ""
	}
	return c.toks[k].low
}

func (c cursor) text(k int) string {
	if k < 0 || k >= len(c.toks) {
		return ""
	}
	return c.toks[k].text
}

// glued: token k exists and has no space before it.
func (c cursor) glued(k int) bool { return k > 0 && k < len(c.toks) && !c.toks[k].space }

// wordsAt reports whether the words from token k are ws (lower case), without allocating.
func (c cursor) wordsAt(k int, ws []string) bool {
	for i, w := range ws {
		if k+i >= len(c.toks) || c.toks[k+i].kind != tWord || c.toks[k+i].low != w {
			return false
		}
	}
	return true
}
