package suggest

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadGUM reads documents of the GUM corpus (Georgetown University Multilayer
// corpus, CoNLL-U as in its dep/ folder) and keeps their named people,
// organisations and places.
//
// GUM marks every mention, named or not ("fishermen", "they", "the coast of
// Aceh"), nested, in the MISC column: Entity=(ID-type-...  opens a mention,
// ID) closes it. A mention is a name here when the token that heads it (the
// one whose syntactic head lies outside the mention) stands in a run of
// capitalised words with at least one proper noun; the name is that run ("the
// Indonesian Navy": "Indonesian Navy"; "Major general Fuad Basya": "Fuad
// Basya"), without leading titles for a person and not when it is only
// nationality words ("Bangladeshis"). Names are flat: the outermost named
// mention wins ("Aberdeen Grammar School", not "Aberdeen" inside it), and a
// named mention of another type (an event, a work, a date: MISC or nothing in
// our types) keeps the names inside it unmarked, as CoNLL-style corpora do.
func ReadGUM(r io.Reader) ([]TrainDoc, error) {
	var conll strings.Builder
	var sent []gumToken
	flush := func() {
		for i, tag := range gumSentenceTags(sent) {
			conll.WriteString(sent[i].form + " " + tag + "\n")
		}
		if len(sent) > 0 {
			conll.WriteString("\n")
		}
		sent = sent[:0]
	}
	err := scanCoNLLU(r,
		func() {
			flush()
			conll.WriteString("-DOCSTART- O\n\n")
		},
		flush,
		func(f []string) {
			if len(f) < 10 || strings.ContainsAny(f[0], "-.") {
				return // multi-word token ranges and empty nodes
			}
			head, _ := strconv.Atoi(f[6])
			sent = append(sent, gumToken{form: f[1], upos: f[3], xpos: f[4], head: head, entity: gumMisc(f[9], "Entity")})
		})
	if err != nil {
		return nil, err
	}
	flush()
	return ReadCoNLL(strings.NewReader(conll.String()), CoNLLType, 0)
}

type gumToken struct {
	form, upos, xpos string
	head             int // 1-based index of the syntactic head in the sentence, 0 for the root
	entity           string
}

// gumMention is one mention: tokens [start, end] of its sentence.
type gumMention struct {
	id, typ    string
	start, end int
}

// gumMisc returns the value of key in a CoNLL-U MISC column ("" if absent).
func gumMisc(misc, key string) string {
	for _, kv := range strings.Split(misc, "|") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// gumMentions parses the sentence's Entity annotations into mentions. A
// mention left open at the end of the sentence is dropped.
func gumMentions(sent []gumToken) []gumMention {
	var open, done []gumMention
	for i, t := range sent {
		s := t.entity
		for s != "" {
			if s[0] == '(' {
				j := strings.IndexAny(s[1:], "()")
				if j < 0 {
					j = len(s) - 1
				}
				spec := s[1 : 1+j]
				s = s[1+j:]
				parts := strings.SplitN(spec, "-", 3)
				if len(parts) < 2 {
					continue
				}
				m := gumMention{id: parts[0], typ: parts[1], start: i, end: i}
				if strings.HasPrefix(s, ")") {
					s = s[1:]
					done = append(done, m)
				} else {
					open = append(open, m)
				}
				continue
			}
			j := strings.IndexByte(s, ')')
			if j < 0 {
				break
			}
			id := s[:j]
			s = s[j+1:]
			for k := len(open) - 1; k >= 0; k-- {
				if open[k].id == id {
					m := open[k]
					m.end = i
					done = append(done, m)
					open = append(open[:k], open[k+1:]...)
					break
				}
			}
		}
	}
	return done
}

// gumSentenceTags returns the BIO tag (PER/ORG/LOC) of each token.
func gumSentenceTags(sent []gumToken) []string {
	tags := make([]string, len(sent))
	for i := range tags {
		tags[i] = "O"
	}
	ms := gumMentions(sent)
	// outermost first: longer mentions before the ones nested in them
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.end-a.start != b.end-b.start {
			return a.end-a.start > b.end-b.start
		}
		return a.start < b.start
	})
	taken := make([]bool, len(sent))
	for _, m := range ms {
		start, end, ok := gumName(sent, m)
		if !ok {
			continue
		}
		free := true
		for k := start; k <= end; k++ {
			free = free && !taken[k]
		}
		if !free {
			continue
		}
		for k := start; k <= end; k++ {
			taken[k] = true
		}
		var typ string
		switch m.typ {
		case "person":
			typ = "PER"
			if sent[end].xpos == "NNPS" {
				continue // a people ("Bangladeshis"), no person
			}
		case "organization":
			typ = "ORG"
		case "place":
			typ = "LOC"
		default:
			continue // a named event, work, date...: no name of ours, nor inside it
		}
		words := make([]string, 0, end-start+1)
		for k := start; k <= end; k++ {
			words = append(words, sent[k].form)
		}
		if allDemonyms(words) {
			continue
		}
		tags[start] = "B-" + typ
		for k := start + 1; k <= end; k++ {
			tags[k] = "I-" + typ
		}
	}
	return tags
}

// gumName returns the run of capitalised words that names mention m, if its
// head word stands in one that holds a proper noun.
func gumName(sent []gumToken, m gumMention) (start, end int, ok bool) {
	head := -1
	for k := m.start; k <= m.end; k++ {
		if h := sent[k].head - 1; h < m.start || h > m.end {
			head = k
			break
		}
	}
	if head < 0 || sent[head].upos != "PROPN" || !gumCapitalised(sent[head].form) {
		return 0, 0, false
	}
	last := m.end
	for last > m.start && (sent[last].upos == "PUNCT" || sent[last].upos == "PART") {
		last--
	}
	if sent[last].upos == "NOUN" {
		return 0, 0, false // a common noun heads it: "State Department spokesperson"
	}
	if m.typ == "person" && isTitleWord(sent[head].form) {
		return 0, 0, false // "the Secretary of State"
	}
	start, end = head, head
	for start > m.start && gumNameWord(sent[start-1].form) {
		start--
	}
	for end < m.end && gumNameWord(sent[end+1].form) {
		end++
	}
	// a run starts with neither a joining word nor a capitalised article,
	// numeral or pronoun ("The", "One"), nor, for a person, a title
	// ("Secretary of State John Kerry": "John Kerry")
	for start < head && (!gumCapitalised(sent[start].form) || gumFunctionWord[sent[start].upos]) {
		start++
	}
	if m.typ == "person" {
		for k := head - 1; k >= start; k-- {
			if isTitleWord(sent[k].form) || sent[k].form == "of" {
				start = k + 1
				break
			}
		}
	}
	for end > head && !gumCapitalised(sent[end].form) {
		end--
	}
	for k := start; k <= end; k++ {
		if sent[k].upos == "PROPN" {
			return start, end, true
		}
	}
	return 0, 0, false
}

// gumFunctionWord are the parts of speech that begin no name even when
// capitalised at the start of a sentence.
var gumFunctionWord = map[string]bool{"DET": true, "NUM": true, "PRON": true, "ADP": true, "CCONJ": true, "SCONJ": true}

// gumNameWord: a word that may stand in a name: capitalised, or a word that
// joins capitalised ones ("Bank of England", "Procter & Gamble", "van").
func gumNameWord(w string) bool {
	return gumCapitalised(w) || nameParticles[w] || w == "of" || w == "&"
}

// gumCapitalised: the word starts with an upper-case letter ("Navy", "McCain").
func gumCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
