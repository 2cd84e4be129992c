package app

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/names"
	"claimdesk/app/reading"
)

// caseAsWritten is the name to propose for a suggestion whose name is in capitals
// (name, at code points start..end of text). Capitals in a dateline ("BRESKA, Dec. 1
// —") or a headline in capitals say nothing about how the name is spelt, and an entity
// made from them would be named "BRESKA": the name takes the case the article writes it
// in elsewhere ("Breska"), or title case when it never writes it otherwise and it does
// not read as initials ("EU", names.Initials). A name the
// article writes in capitals in its sentences too (an acronym: "NORDA said") keeps them,
// and so does one in capitals inside a sentence. names.Key ignores case, so mentions
// written either way meet the same entity.
func caseAsWritten(text string, start, end int, name string) string {
	return newCapsReader(text).name(start, end, name)
}

// capsReader reads one article for caseAsWritten, for all the names a run proposes in
// it. Its lines and the places of its words are read once, when a first name needs them,
// and each name's places once: read again for every name (the text, each line from its
// start, the whole text searched for each name), an article written wholly in capitals
// of 50 KB took 31 s of a run's write transaction (docs/reliability.md, ratk9).
type capsReader struct {
	text string
	// lines: byte and code point offsets of each line's start, read on first use
	lineByte, lineCp []int
	shouting         map[int]bool // by line: shoutingLine's answer
	dateline         map[int]bool // by line: inDateline's answer for its first code point
	// words: where each word (a run of letters and digits) starts, by its case-folded form
	words map[string][]wordAt
	found map[string][]wordAt // by name: where it stands as whole words, and as written
	tell  map[string][]wordAt // by name: telling's answer
}

// wordAt is a place in the text: byte and code point offsets, and (for a name found
// there) the words as written.
type wordAt struct {
	b, cp int
	as    string
}

func newCapsReader(text string) *capsReader { return &capsReader{text: text} }

func (c *capsReader) name(start, end int, name string) string {
	if !names.AllCaps(name) || start < 0 || start >= end {
		return name
	}
	c.readLines()
	if end > c.lineCp[len(c.lineCp)-1]-1 {
		return name
	}
	if !c.inDateline(start) && !c.shoutingLine(start) {
		return name
	}
	for _, m := range c.telling(name) {
		if m.cp == start {
			continue
		}
		if !names.AllCaps(m.as) {
			return strings.Join(strings.Fields(m.as), " ") // the article's own spelling
		}
		return name // written in capitals in a sentence too: an acronym
	}
	if names.Initials(name) {
		return name // "EU", "NHS": title case would make a word of them
	}
	return names.TitleCase(name)
}

// telling is the first two places of name that say how it is spelt: written in another
// case, or in capitals in a sentence (not a dateline or a headline). The first that is
// not the suggestion itself decides; read once for all the name's suggestions, as a name
// an article repeats is proposed at each place.
func (c *capsReader) telling(name string) []wordAt {
	if m, ok := c.tell[name]; ok {
		return m
	}
	var out []wordAt
	for _, m := range c.places(name) {
		if !names.AllCaps(m.as) || !c.inDateline(m.cp) && !c.shoutingLine(m.cp) {
			if out = append(out, m); len(out) == 2 {
				break
			}
		}
	}
	if c.tell == nil {
		c.tell = map[string][]wordAt{}
	}
	c.tell[name] = out
	return out
}

// readLines finds the lines' starts; the last entry is the text's end (its length in
// code points, and one byte past its end).
func (c *capsReader) readLines() {
	if c.lineCp != nil {
		return
	}
	c.lineByte, c.lineCp = []int{0}, []int{0}
	cp := 0
	for b, r := range c.text {
		cp++
		if r == '\n' {
			c.lineByte, c.lineCp = append(c.lineByte, b+1), append(c.lineCp, cp)
		}
	}
	c.lineByte, c.lineCp = append(c.lineByte, len(c.text)+1), append(c.lineCp, cp+1)
	c.shouting, c.dateline = map[int]bool{}, map[int]bool{}
}

// line is the index of the line holding code point at, and its text.
func (c *capsReader) line(at int) (int, string) {
	i := sort.SearchInts(c.lineCp, at+1) - 1
	return i, c.text[c.lineByte[i] : c.lineByte[i+1]-1]
}

// inDateline: the code point at opens a paragraph that opens with a dateline
// (reading.ReadDateline, the one reading of datelines) naming a place.
func (c *capsReader) inDateline(at int) bool {
	i, line := c.line(at)
	if c.lineCp[i] != at {
		return false
	}
	seen, ok := c.dateline[i]
	if !ok {
		d, read := reading.ReadDateline(line, "")
		seen = read && d.Place != ""
		c.dateline[i] = seen
	}
	return seen
}

// shoutingLine: the line holding the code point at has two or more words and no letter
// in lower case (a headline in capitals).
func (c *capsReader) shoutingLine(at int) bool {
	i, line := c.line(at)
	seen, ok := c.shouting[i]
	if !ok {
		seen = len(strings.Fields(line)) >= 2 && names.AllCaps(line)
		c.shouting[i] = seen
	}
	return seen
}

// places is where name's words stand in the text, in any case, as whole words, in text
// order: at each place the name's first word opens (from the words' index), the name is
// matched there; a name that does not open with a letter or digit is searched for.
func (c *capsReader) places(name string) []wordAt {
	if m, ok := c.found[name]; ok {
		return m
	}
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	var out []wordAt
	first := leadingWord(name)
	re, err := regexp.Compile(`\A(?i:(` + strings.Join(words, `\s+`) + `))(?:\z|[^\p{L}\p{N}])`)
	if err == nil && first != "" {
		c.indexWords()
		for _, w := range c.words[foldWord(first)] {
			if m := re.FindStringSubmatchIndex(c.text[w.b:]); m != nil {
				out = append(out, wordAt{b: w.b, cp: w.cp, as: c.text[w.b : w.b+m[3]]})
			}
		}
	} else if err == nil {
		out = c.search(words)
	}
	if c.found == nil {
		c.found = map[string][]wordAt{}
	}
	c.found[name] = out
	return out
}

// search finds words (quoted for a regexp) as whole words through the whole text.
func (c *capsReader) search(words []string) []wordAt {
	re, err := regexp.Compile(`(?i)(?:^|[^\p{L}\p{N}])(` + strings.Join(words, `\s+`) + `)(?:$|[^\p{L}\p{N}])`)
	if err != nil {
		return nil
	}
	var out []wordAt
	for _, m := range re.FindAllStringSubmatchIndex(c.text, -1) {
		out = append(out, wordAt{b: m[2], cp: utf8.RuneCountInString(c.text[:m[2]]), as: c.text[m[2]:m[3]]})
	}
	return out
}

// indexWords reads where every word of the text starts, once.
func (c *capsReader) indexWords() {
	if c.words != nil {
		return
	}
	c.words = map[string][]wordAt{}
	start, startCp, cp := -1, 0, 0
	for b, r := range c.text {
		if notWordRune(r) {
			if start >= 0 {
				k := foldWord(c.text[start:b])
				c.words[k] = append(c.words[k], wordAt{b: start, cp: startCp})
				start = -1
			}
		} else if start < 0 {
			start, startCp = b, cp
		}
		cp++
	}
	if start >= 0 {
		k := foldWord(c.text[start:])
		c.words[k] = append(c.words[k], wordAt{b: start, cp: startCp})
	}
}

// leadingWord is the run of letters and digits name opens with ("" when it opens with
// another character).
func leadingWord(name string) string {
	if i := strings.IndexFunc(name, notWordRune); i >= 0 {
		return name[:i]
	}
	return name
}

// notWordRune: not a letter or a number (\p{L}, \p{N}), what ends a whole word.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// foldWord is a word in one case, as a case-insensitive regexp matches it: each letter
// as the least of the letters it folds with (so 'K', 'k' and the Kelvin sign are one).
func foldWord(w string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, w)
}
