package suggest

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// ReadCoNLLFile reads a CoNLL-2003 file (a development split) whole, one
// document per "-DOCSTART-".
func ReadCoNLLFile(path string) ([]TrainDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCoNLL(f, CoNLLType, 0)
}

// ReadCoNLL reads a CoNLL-style NER file (token first, BIO or IO tag last on
// each line; blank line between sentences; "-DOCSTART-" between documents)
// into documents whose text has one sentence per line. mapType maps a tag's
// type ("PER", "person", ...) to a suggestion type, or "" to ignore it.
// docEvery > 0 groups that many sentences into a document when the file has
// no document marks (tweets).
func ReadCoNLL(r io.Reader, mapType func(string) string, docEvery int) ([]TrainDoc, error) {
	var docs []TrainDoc
	var b strings.Builder
	var spans []GoldSpan
	pos := 0 // code points written
	sentences := 0
	curType, curStart, curEnd := "", -1, -1
	closeSpan := func() {
		if curType != "" && curStart >= 0 {
			spans = append(spans, GoldSpan{Start: curStart, End: curEnd, Type: curType})
		}
		curType, curStart, curEnd = "", -1, -1
	}
	lineStart := true
	flushDoc := func() {
		closeSpan()
		if b.Len() > 0 {
			docs = append(docs, TrainDoc{Text: b.String(), Spans: spans})
		}
		b.Reset()
		spans, pos, sentences, lineStart = nil, 0, 0, true
	}
	endSentence := func() {
		closeSpan()
		if !lineStart {
			b.WriteByte('\n')
			pos++
			lineStart = true
			sentences++
			if docEvery > 0 && sentences >= docEvery {
				flushDoc()
			}
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			endSentence()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(fields) < 2 {
			continue
		}
		word, tag := fields[0], fields[len(fields)-1]
		typ, begin := "", false
		if tag != "O" {
			if i := strings.IndexByte(tag, '-'); i > 0 {
				begin = tag[:i] == "B"
				typ = mapType(tag[i+1:])
			} else {
				typ = mapType(tag)
			}
		}
		if typ != curType || begin {
			closeSpan()
		}
		if !lineStart {
			b.WriteByte(' ')
			pos++
		}
		lineStart = false
		n := len([]rune(word))
		if typ != "" {
			if curType == "" {
				curType, curStart = typ, pos
			}
			curEnd = pos + n
		}
		b.WriteString(word)
		pos += n
	}
	flushDoc()
	return docs, sc.Err()
}

// CoNLLType maps the tag types of common NER corpora to suggestion types.
func CoNLLType(t string) string {
	switch strings.ToLower(t) {
	case "per", "person":
		return TypePerson
	case "org", "organisation", "organization", "corporation", "group":
		return TypeOrganisation
	case "loc", "location", "place", "gpe":
		return TypePlace
	}
	return ""
}
