// Package match finds sentences that state the same claim across articles, and reads
// attribution ("according to KCNA", "Umerov said") and origin cues ("citing KCNA",
// "(Yonhap)") from news text. It is pure Go, with no database or UI import.
//
// Offsets are Unicode code points, half-open [Start, End), into the text given.
package match

import (
	"strings"
	"unicode"
)

// Sentence is one sentence of a text: its code-point offsets and its text.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// abbreviations end with a period that does not end a sentence ("Feb. 5", "Mr. Kim").
// Single capital letters ("U.K.", "N. Korea") are handled apart.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "gov": true, "sen": true, "rep": true, "st": true, "jr": true, "sr": true,
	"no": true, "vol": true, "vs": true, "etc": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true, "dept": true,
}

// Sentences splits text into sentences: at line breaks, and after '.', '!' or '?'
// (with any closing quotes or brackets) followed by white space and a capital, a digit,
// an opening quote or bracket. Abbreviations and initials do not end a sentence.
// Leading list markers ("- ", "• ") and surrounding white space are left out.
func Sentences(text string) []Sentence {
	rs := []rune(text)
	var out []Sentence
	emit := func(from, to int) {
		for from < to && (unicode.IsSpace(rs[from]) || isBullet(rs[from])) {
			from++
		}
		for to > from && unicode.IsSpace(rs[to-1]) {
			to--
		}
		if to > from {
			out = append(out, Sentence{Start: from, End: to, Text: string(rs[from:to])})
		}
	}
	start := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i + 1
		for end < len(rs) && isCloser(rs[end]) {
			end++
		}
		if end >= len(rs) || !unicode.IsSpace(rs[end]) || rs[end] == '\n' {
			continue // the line break (or the text's end) splits anyway
		}
		next := end
		for next < len(rs) && unicode.IsSpace(rs[next]) && rs[next] != '\n' {
			next++
		}
		if next >= len(rs) || !startsSentence(rs[next]) {
			continue
		}
		if r == '.' && abbreviationBefore(rs, i) {
			continue
		}
		emit(start, end)
		start = end
		i = end - 1
	}
	emit(start, len(rs))
	return out
}

func isBullet(r rune) bool {
	return r == '-' || r == '•' || r == '*' || r == '·' || r == '–' || r == '—'
}

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»'
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '(' || r == '\'' || r == '«'
}

// abbreviationBefore reports whether the word ending at the period rs[i] is an
// abbreviation or an initial ("U.K.", "N.").
func abbreviationBefore(rs []rune, i int) bool {
	j := i
	for j > 0 && (unicode.IsLetter(rs[j-1]) || rs[j-1] == '.') {
		j--
	}
	word := string(rs[j:i])
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") { // "U.K", "U.S"
		return true
	}
	w := []rune(word)
	if len(w) == 1 && unicode.IsUpper(w[0]) {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// SentenceAt returns the index of the sentence that contains code point pos (or the
// first one starting after it), or -1.
func SentenceAt(sents []Sentence, pos int) int {
	for i, s := range sents {
		if pos < s.End {
			return i
		}
	}
	return -1
}

// Covering returns the span of the sentences that overlap [start, end): the smallest
// sentence-aligned stretch around a mention. ok is false when none overlaps.
func Covering(sents []Sentence, start, end int) (from, to int, ok bool) {
	from, to = -1, -1
	for _, s := range sents {
		if s.Start < end && start < s.End {
			if from < 0 || s.Start < from {
				from = s.Start
			}
			if s.End > to {
				to = s.End
			}
		}
	}
	return from, to, from >= 0
}
