package app

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"claimdesk/app/ecbplus"
	"claimdesk/app/stories"
)

// ECB+ as a gold story (docs/verification-eval.md, "ECB+ (r14ecb)"): one topic is one
// workspace. The mapping, fixed before any figure was read:
//
//   - each document is an article file: a title line naming the topic and document (ECB+
//     gives no headline, outlet or date, so none is made up: the import reads no outlet
//     and no publication date), a blank line, then each sentence as its own paragraph
//     (ECB+ keeps no paragraphs; its tokens joined as running text, ecbplus.Text). The
//     ecbplus documents' sentence 0, the address of the page the text was found on, is
//     left out;
//   - an event (a cross-document chain of action mentions) whose mentions lie in indexed
//     sentences (ECBplus_coreference_sentences.csv) of at least two articles is a claim;
//     its gold mentions are those sentences, whole;
//   - a sentence tells one claim in Claimdesk (a sentence another claim holds is not
//     proposed), so a sentence holding mentions of several events goes to the event the
//     most articles carry (then the one first told); an event left with fewer than two
//     articles is no claim;
//   - sentences outside the index are not scored (the corpus's annotation is complete only
//     in the indexed ones): a pair with one is neither right nor wrong, and is counted apart.

// ecbTopics are the topics of each split (the usual ECB+ split, Cybulska and Vossen 2015:
// 1-22 to develop and fit on, 23-35 to choose thresholds and features, 36-45 sealed,
// scored once with today's matcher and once with the final code). Topics 15 and 17 are
// not in the corpus.
func ecbTopics(split string) ([]int, error) {
	var from, to int
	switch split {
	case "dev":
		from, to = 1, 22
	case "choose":
		from, to = 23, 35
	case "sealed":
		from, to = 36, 45
	default:
		return nil, fmt.Errorf("ECBPLUS_TOPICS=%q: want dev, choose or sealed", split)
	}
	var out []int
	for n := from; n <= to; n++ {
		if n != 15 && n != 17 {
			out = append(out, n)
		}
	}
	return out, nil
}

// ecbSentence is one sentence as written into its article file.
type ecbSentence struct {
	file       string
	doc        string
	plus       bool // the ECB+ sub-topic's document
	n          int  // its number in the corpus
	start, end int  // code points in the file
	indexed    bool
	mention    string // the gold mention it is, "" if none
}

// ecbTopic is one topic mapped onto a gold story.
type ecbTopic struct {
	stories.Story
	number    int
	sentences map[string][]ecbSentence // by file, in file order
	// headers: by file, the code points before its first sentence (the title line and a
	// blank line), where the import's stored body starts
	headers map[string]int
	events  int // events with mentions in indexed sentences of two articles or more
	shared  int // indexed sentences holding mentions of two of those events or more
}

// ecbLoadTopic reads topic n and writes its articles into dir.
func ecbLoadTopic(t *testing.T, root string, n int) ecbTopic {
	t.Helper()
	tp, err := ecbplus.LoadTopic(root, n)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := ecbTopic{number: n, sentences: map[string][]ecbSentence{}, headers: map[string]int{}}
	out.Story = stories.Story{Name: fmt.Sprintf("ecb+ topic %d", n), Dir: dir, Split: stories.Dev, Texts: map[string]string{}}
	out.OffsetUnit = "codepoint"
	at := map[[2]string]int{} // (file, sentence number) → index in out.sentences[file]
	for _, d := range tp.Docs {
		file := d.Name + ".txt"
		var b strings.Builder
		fmt.Fprintf(&b, "Topic %d, document %s\n\n", n, d.Name)
		out.headers[file] = utf8.RuneCountInString(b.String())
		for s, toks := range d.Sentences {
			if len(toks) == 0 || d.Plus && s == 0 {
				continue
			}
			start := utf8.RuneCountInString(b.String())
			text := ecbplus.Text(toks)
			b.WriteString(text)
			at[[2]string{file, strconv.Itoa(s)}] = len(out.sentences[file])
			out.sentences[file] = append(out.sentences[file], ecbSentence{file: file, doc: d.Name, plus: d.Plus, n: s,
				start: start, end: start + utf8.RuneCountInString(text), indexed: tp.Indexed[d.Name][s]})
			b.WriteString("\n\n")
		}
		if err := os.WriteFile(filepath.Join(dir, file), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		out.Texts[file] = b.String()
		out.Articles = append(out.Articles, stories.Article{File: file})
	}

	// each event's indexed sentences, and the articles that carry it
	type event struct {
		id       string
		first    int // the order it is first told in: document, then sentence
		files    map[string]bool
		sentence [][2]string // (file, sentence number), in file order
	}
	events := map[string]*event{}
	order := 0
	for _, d := range tp.Docs {
		file := d.Name + ".txt"
		ids := make([]string, 0, len(d.Events))
		for id := range d.Events {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			for _, s := range d.Events[id] {
				if !tp.Indexed[d.Name][s] {
					continue
				}
				if _, ok := at[[2]string{file, strconv.Itoa(s)}]; !ok {
					continue // an ecbplus document's address line
				}
				e := events[id]
				if e == nil {
					e = &event{id: id, first: order*10000 + s, files: map[string]bool{}}
					events[id] = e
				}
				e.files[file] = true
				e.sentence = append(e.sentence, [2]string{file, strconv.Itoa(s)})
			}
		}
		order++
	}
	var claims []*event
	holders := map[[2]string]int{}
	for _, e := range events {
		if len(e.files) >= 2 {
			claims = append(claims, e)
			for _, s := range e.sentence {
				holders[s]++
			}
		}
	}
	out.events = len(claims)
	for _, n := range holders {
		if n > 1 {
			out.shared++
		}
	}
	// a shared sentence goes to the event the most articles carry, then the first told
	sort.Slice(claims, func(i, j int) bool {
		if len(claims[i].files) != len(claims[j].files) {
			return len(claims[i].files) > len(claims[j].files)
		}
		if claims[i].first != claims[j].first {
			return claims[i].first < claims[j].first
		}
		return claims[i].id < claims[j].id
	})
	owner := map[[2]string]*event{}
	for _, e := range claims {
		for _, s := range e.sentence {
			if owner[s] == nil {
				owner[s] = e
			}
		}
	}
	// the claims in the order they are first told (the order the analyst marks them)
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].first < claims[j].first })
	k := 0
	for _, e := range claims {
		var mine [][2]string
		files := map[string]bool{}
		for _, s := range e.sentence {
			if owner[s] == e {
				mine = append(mine, s)
				files[s[0]] = true
			}
		}
		if len(files) < 2 {
			continue
		}
		k++
		claim := fmt.Sprintf("E%d", k)
		for i, s := range mine {
			sent := &out.sentences[s[0]][at[s]]
			sent.mention = fmt.Sprintf("%s:%s/%d", claim, sent.doc, sent.n)
			quote := string([]rune(out.Texts[s[0]])[sent.start:sent.end])
			if i == 0 {
				out.Claims = append(out.Claims, stories.Claim{ID: claim, Statement: quote})
			}
			out.Mentions = append(out.Mentions, stories.Mention{ID: sent.mention, Article: s[0], Start: sent.start,
				End: sent.end, Quote: quote, Claim: claim, Stance: "asserts"})
		}
	}
	return out
}

// sentenceAt is the sentence of file that [start, end) (code points of the file) overlaps
// most, nil if none.
func (tp ecbTopic) sentenceAt(file string, start, end int) *ecbSentence {
	var best *ecbSentence
	bestOverlap := 0
	for i, s := range tp.sentences[file] {
		if ov := min(end, s.end) - max(start, s.start); ov > bestOverlap {
			best, bestOverlap = &tp.sentences[file][i], ov
		}
	}
	return best
}

// plusOf says which sub-topic a scored item belongs to: a gold mention id ("E3:10ecbplus/4"),
// an indexed sentence of no claim ("other 10ecbplus/4") or the replay's span of one
// ("span 10ecbplus.txt:120-190").
func (tp ecbTopic) plusOf(item string) bool {
	var doc string
	switch {
	case strings.HasPrefix(item, "other "):
		doc, _, _ = strings.Cut(strings.TrimPrefix(item, "other "), "/")
	case strings.HasPrefix(item, "span "):
		doc, _, _ = strings.Cut(strings.TrimPrefix(item, "span "), ":")
	default:
		_, rest, _ := strings.Cut(item, ":")
		doc, _, _ = strings.Cut(rest, "/")
	}
	return strings.HasSuffix(strings.TrimSuffix(doc, ".txt"), "ecbplus")
}
