package suggest

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readers for the training corpora that are not plain CoNLL files. Each turns
// its format into CoNLL lines ("word tag", blank line between sentences,
// -DOCSTART- between documents) and reads them with ReadCoNLL, so that one
// reader decides how text and spans are laid out.

// ReadUNER reads a Universal NER file (.iob2: index, token, BIO tag and two
// annotation columns per line, tab-separated; "# newdoc" starts a document,
// other "#" lines are comments). Its PER/ORG/LOC are ours.
func ReadUNER(r io.Reader) ([]TrainDoc, error) {
	var conll strings.Builder
	err := scanCoNLLU(r,
		func() { conll.WriteString("-DOCSTART- O\n\n") },
		func() { conll.WriteString("\n") },
		func(f []string) {
			if len(f) < 3 || strings.ContainsAny(f[1], " \t") {
				return
			}
			conll.WriteString(f[1] + " " + f[2] + "\n")
		})
	if err != nil {
		return nil, err
	}
	return ReadCoNLL(strings.NewReader(conll.String()), CoNLLType, 0)
}

// scanCoNLLU reads a file laid out as CoNLL-U (Universal NER, GUM): it calls
// doc at each "# newdoc" line, sentence at each blank line and token with the
// tab-separated fields of every other line that is not a "#" comment.
func scanCoNLLU(r io.Reader, doc, sentence func(), token func(fields []string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			doc()
		case strings.HasPrefix(line, "#"):
		case strings.TrimSpace(line) == "":
			sentence()
		default:
			token(strings.Split(line, "\t"))
		}
	}
	return sc.Err()
}

// ReadGMB reads the named-entity extract of the Groningen Meaning Bank (CSV
// "Sentence #,Word,POS,Tag"; a sentence's first row carries "Sentence: N"),
// grouping docEvery sentences into a document (the extract keeps the texts'
// order but not their boundaries). Its conventions differ from ours and are
// brought in line sentence by sentence (gmbSentence). limit > 0 reads only
// the first limit rows after the header, so that the whole extract and a
// copy cut short after them give the same documents.
func ReadGMB(r io.Reader, docEvery, limit int) ([]TrainDoc, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	var conll strings.Builder
	var words, tags []string
	flush := func() {
		gmbSentence(words, tags)
		for i, w := range words {
			conll.WriteString(w + " " + tags[i] + "\n")
		}
		if len(words) > 0 {
			conll.WriteString("\n")
		}
		words, tags = words[:0], tags[:0]
	}
	header, rows := true, 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if header {
			header = false
			continue
		}
		if len(rec) < 4 {
			continue
		}
		if rows++; limit > 0 && rows > limit {
			break
		}
		if strings.HasPrefix(rec[0], "Sentence") {
			flush()
		}
		w := strings.TrimSpace(rec[1])
		w = gmbASCII(w)
		if w == "" || strings.ContainsAny(w, " \t") {
			continue
		}
		words, tags = append(words, w), append(tags, rec[3])
	}
	flush()
	return ReadCoNLL(strings.NewReader(conll.String()), CoNLLType, docEvery)
}

// gmbASCII spells every character of a GMB word beyond ASCII as U+FFFD.
// The extract is published in Windows-1252 ("Ren\xe9e", "\x92s": 56 bytes in
// all), and its copies spell those bytes as they are, as U+FFFD, one per
// byte, or as "?"; reading them all as U+FFFD makes the whole file and a
// copy cut short give the same documents, so the model does not depend on
// which copy was used.
func gmbASCII(w string) string {
	return strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII {
			return utf8.RuneError
		}
		return r
	}, w)
}

// gmbSentence maps one GMB sentence's tags to ours, in place: geo and gpe are
// places, org organisations, per people; time, artefact, event and natural
// phenomenon tags are no names. Two conventions differ from the other corpora
// and from the suggester: GMB tags nationality adjectives as places ("British
// troops": no name here) and puts titles inside a person's span ("President
// Mahmoud Ahmadinejad": the title stays outside here).
func gmbSentence(words, tags []string) {
	for i := range tags {
		t := tags[i]
		prefix, typ := "", t
		if j := strings.IndexByte(t, '-'); j > 0 {
			prefix, typ = t[:j], t[j+1:]
		}
		switch typ {
		case "geo", "gpe":
			typ = "LOC"
		case "org":
			typ = "ORG"
		case "per":
			typ = "PER"
		default:
			tags[i] = "O"
			continue
		}
		tags[i] = prefix + "-" + typ
	}
	for i := 0; i < len(tags); i++ {
		if !strings.HasPrefix(tags[i], "B-") {
			continue
		}
		end := i + 1
		for end < len(tags) && tags[end] == "I-"+tags[i][2:] {
			end++
		}
		switch tags[i][2:] {
		case "LOC":
			if allDemonyms(words[i:end]) {
				for k := i; k < end; k++ {
					tags[k] = "O"
				}
			}
		case "PER":
			k := i
			for k < end-1 && isTitleWord(words[k]) {
				tags[k] = "O"
				k++
			}
			if k > i {
				tags[k] = "B-PER"
			}
		}
		i = end - 1
	}
}

// allDemonyms: every word is a nationality adjective or plural ("Iraqi",
// "North Korean", "Germans").
func allDemonyms(ws []string) bool {
	for _, w := range ws {
		if !demonyms[w] && !demonyms[strings.TrimSuffix(w, "s")] && !compassWords[w] {
			return false
		}
	}
	return !compassWords[ws[len(ws)-1]]
}

// isTitleWord: a title or its modifier ("Prime", "Minister", "Mr.").
func isTitleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return titleWords[w] || titleModifiers[w] || titleWords[titleCase(w)]
}

// ReadCrossNER reads CrossNER's politics, science and literature files
// (Liu et al. 2021: Wikipedia sentences, "word<TAB>B-type" lines), twenty
// sentences to a document. Its finer types are brought to ours (crossNERType).
func ReadCrossNER(r io.Reader) ([]TrainDoc, error) {
	return ReadCoNLL(r, crossNERType, 20)
}

// crossNERType: people of every kind (writers, politicians, scientists) are
// people; parties and universities organisations; countries and locations
// places. Works, awards, elections, events, journals, stars and chemicals
// name nothing of ours (CoNLL-2003 has them as MISC or not at all).
func crossNERType(t string) string {
	switch t {
	case "person", "writer", "politician", "scientist":
		return TypePerson
	case "organisation", "politicalparty", "university":
		return TypeOrganisation
	case "location", "country":
		return TypePlace
	}
	return ""
}
