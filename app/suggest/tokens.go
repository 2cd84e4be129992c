package suggest

import (
	"unicode"
	"unicode/utf8"
)

// token kinds
const (
	tWord  = 'w' // letters (with inner apostrophes, hyphen compounds, dotted abbreviations)
	tNum   = 'n' // digits with inner , or .
	tAlnum = 'a' // digits followed by letters: "75th", "10am"
	tPunct = 'p' // any other single rune that is not white space
)

type token struct {
	start, end int
	text       string
	kind       byte
	cap        bool // first rune upper case
	allCaps    bool // two or more letters, all upper case
	space      bool // white space before
	nl         bool // a line break before
	sentInit   bool // first word of a sentence, line or heading
	line       int  // index into analysis.lines
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\'', '\u2018', '\u2019':
		return true
	}
	return false
}

// tokenize splits text into tokens; offsets are rune indices.
func tokenize(text []rune) []token {
	toks := make([]token, 0, len(text)/5+1)
	n := len(text)
	whole, offs := runeString(text)
	space, nl := false, false
	line := 0
	for i := 0; i < n; {
		r := text[i]
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				nl = true
				line++
			}
			i++
			continue
		}
		t := token{start: i, space: space, nl: nl, line: line}
		space, nl = false, false
		switch {
		case unicode.IsLetter(r):
			j := scanWord(text, i)
			// dotted abbreviation: U.K., U.S.A., D.P.R.K.
			if j == i+1 && unicode.IsUpper(r) && j+2 < n && text[j] == '.' && unicode.IsUpper(text[j+1]) && text[j+2] == '.' {
				for j+2 < n && text[j] == '.' && unicode.IsUpper(text[j+1]) && text[j+2] == '.' {
					j += 2
				}
				j++ // final dot
			} else {
				// hyphen compounds: "Jong-un", "in-depth", "Rostov-na-Donu";
				// not "Korea-Russia" (two capitalised parts).
				prevLower := !unicode.IsUpper(r)
				for j+1 < n && isHyphen(text[j]) && unicode.IsLetter(text[j+1]) {
					nextLower := !unicode.IsUpper(text[j+1])
					if !nextLower && !prevLower {
						break
					}
					k := scanWord(text, j+1)
					prevLower = nextLower
					j = k
				}
			}
			t.kind = tWord
			t.end = j
		case unicode.IsDigit(r):
			j := i + 1
			for j < n {
				if unicode.IsDigit(text[j]) {
					j++
				} else if (text[j] == ',' || text[j] == '.') && j+1 < n && unicode.IsDigit(text[j+1]) {
					j += 2
				} else {
					break
				}
			}
			t.kind = tNum
			if j < n && unicode.IsLetter(text[j]) {
				for j < n && isWordRune(text[j]) {
					j++
				}
				t.kind = tAlnum
			}
			t.end = j
		default:
			t.kind = tPunct
			t.end = i + 1
		}
		t.text = whole[offs[t.start]:offs[t.end]] // string(text[t.start:t.end]), without an allocation per token
		if t.kind == tWord {
			t.cap = unicode.IsUpper(text[t.start])
			letters, upper := 0, 0
			for _, c := range text[t.start:t.end] {
				if unicode.IsLetter(c) {
					letters++
					if unicode.IsUpper(c) {
						upper++
					}
				}
			}
			t.allCaps = letters >= 2 && letters == upper
		}
		toks = append(toks, t)
		i = t.end
	}
	// sentence starts
	startNext := true
	for k := range toks {
		t := &toks[k]
		if t.nl {
			startNext = true
		}
		switch t.kind {
		case tWord, tNum, tAlnum:
			t.sentInit = startNext
			startNext = false
		default:
			switch t.text {
			case ".", "!", "?", "\u2026":
				if t.text == "." && k > 0 && !toks[k].space {
					p := toks[k-1]
					if p.kind == tWord && (abbrevs[p.text] || (len([]rune(p.text)) == 1 && p.cap)) {
						continue
					}
				}
				startNext = true
			}
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i: letters, digits and
// marks, with inner apostrophes ("O'Brien", "don't") but not a possessive
// "'s" / "s'" at the end.
func scanWord(text []rune, i int) int {
	n := len(text)
	j := i
	for j < n {
		r := text[j]
		if isWordRune(r) {
			j++
			continue
		}
		if isApos(r) && j+1 < n && unicode.IsLetter(text[j+1]) {
			// possessive 's: stop before the apostrophe
			if (text[j+1] == 's' || text[j+1] == 'S') && (j+2 >= n || !isWordRune(text[j+2])) {
				break
			}
			j++
			continue
		}
		break
	}
	return j
}

// runeString returns text as one string and, per rune index (and len(text)),
// its byte offset in that string, so a token's text is a slice of it:
// string(text[a:b]) == whole[offs[a]:offs[b]], invalid runes included (both
// write them as U+FFFD).
func runeString(text []rune) (whole string, offs []int) {
	offs = make([]int, len(text)+1)
	o := 0
	for i, r := range text {
		offs[i] = o
		if n := utf8.RuneLen(r); n > 0 {
			o += n
		} else {
			o += utf8.RuneLen(utf8.RuneError)
		}
	}
	offs[len(text)] = o
	return string(text), offs
}
