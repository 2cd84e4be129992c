// Package ecbplus reads the ECB+ corpus (Cybulska and Vossen 2014; CC BY 3.0): news
// articles from Google News in topics of two sub-topics each (two different events of one
// kind), tokenised in XML, with event ("action") mentions and their cross-document
// coreference annotated by hand, and the index of the sentences whose annotation is
// complete (ECBplus_coreference_sentences.csv). It is read only by the evaluation
// harness (app/ecbplus_eval_test.go; docs/verification-eval.md, "ECB+ (r14ecb)"); the
// corpus is fetched into a cache folder and never shipped or committed.
package ecbplus

import (
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Doc is one article of a topic.
type Doc struct {
	Topic int
	Name  string // the file name without ".xml" and the topic: "10ecb", "10ecbplus"
	// Plus: the document belongs to the sub-topic ECB+ added (its file ends in "ecbplus");
	// the other sub-topic is the original ECB's.
	Plus      bool
	Sentences [][]string // tokens by sentence number
	// Events: for each cross-document event instance (an action or negated action chain),
	// the sentence numbers holding one of its mentions, ascending
	Events map[string][]int
}

// Topic is one ECB+ topic: its documents in a fixed order (ECB's sub-topic first, each by
// its number), and the sentences whose annotation is complete.
type Topic struct {
	Number int
	Docs   []Doc
	// Indexed: by document name, the sentence numbers of the coreference-sentences index
	Indexed map[string]map[int]bool
}

// LoadTopic reads topic n of the corpus under root (root/ECB+/<n>/*.xml and
// root/ECBplus_coreference_sentences.csv).
func LoadTopic(root string, n int) (Topic, error) {
	index, err := loadIndex(filepath.Join(root, "ECBplus_coreference_sentences.csv"))
	if err != nil {
		return Topic{}, err
	}
	files, err := filepath.Glob(filepath.Join(root, "ECB+", strconv.Itoa(n), "*.xml"))
	if err != nil {
		return Topic{}, err
	}
	if len(files) == 0 {
		return Topic{}, fmt.Errorf("ECB+ topic %d: no XML files under %s", n, root)
	}
	t := Topic{Number: n, Indexed: index[n]}
	for _, f := range files {
		d, err := readDoc(f)
		if err != nil {
			return Topic{}, fmt.Errorf("%s: %w", f, err)
		}
		d.Topic = n
		t.Docs = append(t.Docs, d)
	}
	sort.Slice(t.Docs, func(i, j int) bool {
		a, b := t.Docs[i], t.Docs[j]
		if a.Plus != b.Plus {
			return !a.Plus
		}
		return docNumber(a.Name) < docNumber(b.Name)
	})
	return t, nil
}

func docNumber(name string) int {
	n, _ := strconv.Atoi(strings.TrimRight(name, "ecbplus"))
	return n
}

// loadIndex reads the coreference-sentences index: topic → document → sentence numbers.
func loadIndex(path string) (map[int]map[string]map[int]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 3
	out := map[int]map[string]map[int]bool{}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if line == 1 {
			continue // the header
		}
		topic, err1 := strconv.Atoi(strings.TrimSpace(rec[0]))
		sent, err2 := strconv.Atoi(strings.TrimSpace(rec[2]))
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s line %d: %q is not topic,file,sentence", path, line, rec)
		}
		doc := strings.TrimSpace(rec[1])
		if out[topic] == nil {
			out[topic] = map[string]map[int]bool{}
		}
		if out[topic][doc] == nil {
			out[topic][doc] = map[int]bool{}
		}
		out[topic][doc][sent] = true
	}
}

// readDoc reads one document: its tokens by sentence, its markables' tokens and tags, and
// the cross-document coreference relations, of which the action chains become Events.
func readDoc(path string) (Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return Doc{}, err
	}
	defer f.Close()
	base := strings.TrimSuffix(filepath.Base(path), ".xml")
	_, name, _ := strings.Cut(base, "_")
	d := Doc{Name: name, Plus: strings.HasSuffix(name, "ecbplus"), Events: map[string][]int{}}
	sentOf := map[string]int{}             // token id → sentence
	tag := map[string]string{}             // markable id → tag
	tokens := map[string][]string{}        // markable id → token ids
	var relations [][2]string              // (instance id, source markable id)
	var cur struct{ tag, id, note string } // the open markable or relation
	dec := xml.NewDecoder(f)
	inMarkables, inRelations := false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Doc{}, err
		}
		switch e := tok.(type) {
		case xml.StartElement:
			attr := func(k string) string {
				for _, a := range e.Attr {
					if a.Name.Local == k {
						return a.Value
					}
				}
				return ""
			}
			switch name := e.Name.Local; {
			case name == "token":
				var text string
				if err := dec.DecodeElement(&text, &e); err != nil {
					return Doc{}, err
				}
				s, err := strconv.Atoi(attr("sentence"))
				if err != nil || s < 0 {
					return Doc{}, fmt.Errorf("token %s: sentence %q", attr("t_id"), attr("sentence"))
				}
				for len(d.Sentences) <= s {
					d.Sentences = append(d.Sentences, nil)
				}
				d.Sentences[s] = append(d.Sentences[s], text)
				sentOf[attr("t_id")] = s
			case name == "Markables":
				inMarkables = true
			case name == "Relations":
				inRelations = true
			case inMarkables && name == "token_anchor":
				tokens[cur.id] = append(tokens[cur.id], attr("t_id"))
			case inMarkables:
				cur.tag, cur.id = name, attr("m_id")
				tag[cur.id] = name
			case inRelations && name == "source":
				if cur.tag == "CROSS_DOC_COREF" {
					relations = append(relations, [2]string{cur.note, attr("m_id")})
				}
			case inRelations && name != "target":
				cur.tag, cur.note = name, attr("note")
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "Markables":
				inMarkables = false
			case "Relations":
				inRelations = false
			}
		}
	}
	seen := map[string]map[int]bool{}
	for _, r := range relations {
		instance, m := r[0], r[1]
		if !isAction(tag[m]) {
			continue
		}
		for _, tid := range tokens[m] {
			s, ok := sentOf[tid]
			if !ok {
				return Doc{}, fmt.Errorf("markable %s: unknown token %s", m, tid)
			}
			if seen[instance] == nil {
				seen[instance] = map[int]bool{}
			}
			if !seen[instance][s] {
				seen[instance][s] = true
				d.Events[instance] = append(d.Events[instance], s)
			}
		}
	}
	for _, ss := range d.Events {
		sort.Ints(ss)
	}
	return d, nil
}

// isAction: an event mention's tag (ACTION_OCCURRENCE, ACTION_REPORTING, ...,
// NEG_ACTION_*), not a time, place or participant.
func isAction(tag string) bool {
	return strings.HasPrefix(tag, "ACTION_") || strings.HasPrefix(tag, "NEG_ACTION_")
}

// closers take no space before them.
var closers = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true, "]": true,
	"}": true, "%": true, "'s": true, "'S": true, "n't": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true, "...": true}

// Text joins a sentence's tokens as running text: no space before closing punctuation
// and clitics, none after an opening bracket or quote; the PTB quotes “ and ” become ".
func Text(tokens []string) string {
	var b strings.Builder
	open := false // the last token opens: no space after it
	for i, tok := range tokens {
		switch tok {
		case "``":
			tok = `"`
		case "''":
			tok = `"`
		case "-LRB-":
			tok = "("
		case "-RRB-":
			tok = ")"
		}
		closing := tokens[i] == "''" || closers[tok]
		if i > 0 && !open && !closing {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
		open = tokens[i] == "``" || tok == "(" || tok == "[" || tok == "$" || tok == "{"
	}
	return b.String()
}
