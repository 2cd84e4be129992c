// gen-wordnet-links regenerates app/match/wordnet.tsv, the matcher's table of related
// English words (synonyms and derivational links: arrive/arrival, sign/signature,
// die/death, deny/denial, kill → die, call off → cancel), from Open English WordNet (CC BY
// 4.0, https://github.com/globalwordnet/english-wordnet; derived from Princeton WordNet
// under the WordNet licence). The source is not committed: keep a copy outside the repo,
//
//	git clone --depth 1 https://github.com/globalwordnet/english-wordnet /work/cache/english-wordnet
//	go run ./scripts/gen-wordnet-links -src /work/cache/english-wordnet/src/yaml -out app/match/wordnet.tsv \
//	    -antonyms app/match/contrary.tsv -phrasal app/match/phrasal.tsv
//
// With -antonyms it also writes the contradiction finder's contrary words: antonyms among
// the first senses of verbs and adjectives (writeAntonyms; read by app/match/contrary_words.go).
//
// Only the senses a word is mostly used in are read: its first -senses senses (WordNet
// lists a word's senses most frequent first). Two words are linked when they share a
// synset that is among the first senses of both (synonyms), when one of those senses has
// a derivational, event, result, state or pertainym link to a first sense of the other,
// or when a first sense of one causes a first sense of the other (kill → die). Single
// lower-case words of three letters or more; names are the entity tagger's. WordNet's
// verbs of several words whose first word is a verb ("call off", "step down", "take
// place": phrasalVerb) are linked the same way: with -phrasal the generator writes those
// that have a link, each with the forms of its first word (writePhrasal; the matcher
// reads each as one term, app/match/phrasal.go), and with -phrases their links too, into
// -out, written with "_" ("call_off cancel"; measured and left out: r14frame). Nothing
// here names a word of any test text: the tables are WordNet's.
//
// The YAML files are read line by line (their layout is fixed: a lemma at column 0, its
// part of speech at 2, senses as "- " items at 4 with fields at 6, a verb's irregular
// forms as "- " items of "form:" at 4), so that the generator needs no YAML library.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type sense struct {
	lemma, pos string
	rank       int // 0 = the lemma's most frequent sense in that part of speech
	synset     string
	links      []string // sense keys of derivational and similar links
	antonyms   []string // sense keys of its antonyms
}

// options are the generator's flags.
type options struct {
	src, out, antonyms, phrasal string
	top                         int
	anyPOS, phrases             bool
}

func main() {
	var o options
	flag.StringVar(&o.src, "src", "", "the src/yaml folder of Open English WordNet")
	flag.StringVar(&o.out, "out", "app/match/wordnet.tsv", "the table to write")
	flag.IntVar(&o.top, "senses", 2, "how many of a word's first senses are read")
	// measured and left out (docs/verification-eval.md, 7 December): no gain on the dev stories
	flag.BoolVar(&o.anyPOS, "synonyms-any-pos", false, "also link synonyms neither of which is a verb (nouns, adjectives)")
	flag.StringVar(&o.antonyms, "antonyms", "", "also write the table of contrary words (antonyms) here, e.g. app/match/contrary.tsv")
	// measured and left out (docs/verification-eval.md, "r14frame"): no gain on the ECB+ choose topics
	flag.BoolVar(&o.phrases, "phrases", false, "also write the links of verbs of several words (call_off cancel) into -out")
	flag.StringVar(&o.phrasal, "phrasal", "", "write the phrasal verbs and their first word's forms here, e.g. app/match/phrasal.tsv")
	flag.Parse()
	if o.src == "" {
		log.Fatal("-src is required")
	}
	if err := generate(o); err != nil {
		log.Fatal(err)
	}
}

// generate reads the YAML of o.src and writes the tables o names.
func generate(o options) error {
	senses := map[string]*sense{}  // sense key → sense
	forms := map[string][]string{} // verb → its irregular forms ("take" → taken, took)
	bySynset := map[string][]*sense{}
	files, _ := filepath.Glob(filepath.Join(o.src, "entries-*.yaml"))
	if len(files) == 0 {
		return fmt.Errorf("no entries-*.yaml in %s", o.src)
	}
	for _, f := range files {
		if err := readEntries(f, senses, forms); err != nil {
			return err
		}
	}
	for _, s := range senses {
		bySynset[s.synset] = append(bySynset[s.synset], s)
	}
	causes := map[string][]string{} // synset → synsets it causes
	verbFiles, _ := filepath.Glob(filepath.Join(o.src, "verb.*.yaml"))
	for _, f := range verbFiles {
		if err := readCauses(f, causes); err != nil {
			return err
		}
	}
	verbs := map[string]bool{}
	for _, s := range senses {
		if s.pos == "v" {
			verbs[s.lemma] = true
		}
	}

	word := func(s *sense) bool {
		return plainWord(s.lemma) || s.pos == "v" && phrasalVerb(s.lemma, verbs)
	}
	usable := func(s *sense) bool { return s != nil && s.rank < o.top && s.pos != "r" && word(s) }
	links := map[string]map[string]bool{}
	// a link is kept when one side is a verb: what happened, told with another verb or
	// with its noun (the news verbs and their nouns, not every noun's synonyms)
	link := func(a, b *sense) {
		if a.lemma == b.lemma || a.pos != "v" && b.pos != "v" && !(o.anyPOS && a.synset == b.synset) {
			return
		}
		for _, p := range [][2]string{{a.lemma, b.lemma}, {b.lemma, a.lemma}} {
			if links[p[0]] == nil {
				links[p[0]] = map[string]bool{}
			}
			links[p[0]][p[1]] = true
		}
	}
	for _, s := range senses {
		if !usable(s) {
			continue
		}
		for _, o := range bySynset[s.synset] {
			if usable(o) {
				link(s, o)
			}
		}
		for _, k := range s.links {
			if o := senses[k]; usable(o) {
				link(s, o)
			}
		}
		for _, syn := range causes[s.synset] {
			for _, o := range bySynset[syn] {
				if usable(o) {
					link(s, o)
				}
			}
		}
	}

	if o.antonyms != "" {
		if err := writeAntonyms(o.antonyms, senses, usable); err != nil {
			return err
		}
	}
	if o.phrasal != "" {
		if err := writePhrasal(o.phrasal, links, forms); err != nil {
			return err
		}
	}

	var words []string // the single words, and the phrases with -phrases
	for _, w := range sortedKeys(links) {
		if o.phrases || !strings.Contains(w, " ") {
			words = append(words, w)
		}
	}
	var b strings.Builder
	fmt.Fprintln(&b, "# Related English words, generated by scripts/gen-wordnet-links from Open English WordNet")
	fmt.Fprintln(&b, "# (CC BY 4.0, https://github.com/globalwordnet/english-wordnet; Princeton WordNet, WordNet licence).")
	if o.phrases {
		fmt.Fprintln(&b, "# word<TAB>related words (synonyms and derivational links among the words' first senses; a verb of")
		fmt.Fprintln(&b, "# several words is written with _: call_off). Do not edit.")
	} else {
		fmt.Fprintln(&b, "# word<TAB>related words (synonyms and derivational links among the words' first senses). Do not edit.")
	}
	for _, word := range words {
		rel := make([]string, 0, len(links[word]))
		for r := range links[word] {
			if r > word && (o.phrases || !strings.Contains(r, " ")) { // each pair once: the reader links both ways
				rel = append(rel, under(r))
			}
		}
		if len(rel) == 0 {
			continue
		}
		sort.Strings(rel)
		fmt.Fprintf(&b, "%s\t%s\n", under(word), strings.Join(rel, " "))
	}
	return os.WriteFile(o.out, []byte(b.String()), 0o644)
}

// under writes a verb of several words as one token of the table ("call off" → call_off).
func under(lemma string) string { return strings.ReplaceAll(lemma, " ", "_") }

// phrasalVerb: a verb of two or three lower-case words whose first word is a verb of its
// own ("call off", "step down", "take place", "set fire to"), whose forms are then known
// (a table of WordNet's entries names no one: "someone", "something" and "one's" are
// placeholders of idioms, left out).
func phrasalVerb(lemma string, verbs map[string]bool) bool {
	ws := strings.Split(lemma, " ")
	if len(ws) < 2 || len(ws) > 3 || !verbs[ws[0]] {
		return false
	}
	for _, w := range ws {
		if len(w) < 2 || placeholders[w] {
			return false
		}
		for _, r := range w {
			if r < 'a' || r > 'z' {
				return false
			}
		}
	}
	return true
}

var placeholders = map[string]bool{"someone": true, "something": true, "somebody": true, "one": true, "oneself": true}

// writePhrasal writes each verb of several words that the table links, with the forms its
// first word is written in: the base, WordNet's irregular forms ("took", "taken",
// "stepped") and the regular ones (verbForms).
func writePhrasal(path string, links map[string]map[string]bool, forms map[string][]string) error {
	var b strings.Builder
	fmt.Fprintln(&b, "# Verbs of several words that wordnet.tsv links, generated by scripts/gen-wordnet-links -phrasal from Open English")
	fmt.Fprintln(&b, "# WordNet (CC BY 4.0, https://github.com/globalwordnet/english-wordnet; Princeton WordNet, WordNet licence).")
	fmt.Fprintln(&b, "# verb<TAB>the forms of its first word. Do not edit.")
	for _, p := range sortedKeys(links) {
		if !strings.Contains(p, " ") {
			continue
		}
		head, _, _ := strings.Cut(p, " ")
		fmt.Fprintf(&b, "%s\t%s\n", p, strings.Join(verbForms(head, forms[head]), " "))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// verbForms is a verb's base, its irregular forms as WordNet lists them, and its regular
// forms, sorted: -s (-es after s, x, z, ch, sh; -ies after a consonant and y), -ed and
// -ing (a final e dropped; -ied after a consonant and y). Where WordNet lists the past
// ("took", "stepped") or the -ing form ("putting"), the regular one is not made: a form
// no one writes ("taked") would do no harm, but the table says what English writes.
func verbForms(base string, irregular []string) []string {
	set := map[string]bool{base: true}
	past, ing := false, false
	for _, f := range irregular {
		set[f] = true
		if strings.HasSuffix(f, "ing") {
			ing = true
		} else if !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") {
			past = true
		}
	}
	n := len(base)
	consY := n > 1 && base[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2]))
	switch {
	case consY:
		set[base[:n-1]+"ies"] = true
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh"):
		set[base+"es"] = true
	default:
		set[base+"s"] = true
	}
	if !past {
		switch {
		case consY:
			set[base[:n-1]+"ied"] = true
		case strings.HasSuffix(base, "e"):
			set[base+"d"] = true
		default:
			set[base+"ed"] = true
		}
	}
	if !ing {
		if strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") && n > 2 {
			set[base[:n-1]+"ing"] = true
		} else {
			set[base+"ing"] = true
		}
	}
	out := make([]string, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// plainWord: a single lower-case word of letters, at least three of them.
func plainWord(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// linkFields are the sense relations read as links between related words.
var linkFields = map[string]bool{"derivation": true, "event": true, "result": true, "state": true, "pertainym": true, "participle": true}

// readEntries reads one entries-*.yaml file into senses, and the irregular forms of its
// verbs into forms.
func readEntries(path string, senses map[string]*sense, forms map[string][]string) error {
	var lemma, pos, field, block string
	var cur *sense
	rank := 0
	return eachLine(path, func(indent int, t string) {
		switch {
		case indent == 0 && strings.HasSuffix(t, ":"):
			lemma, pos, cur = unquote(strings.TrimSuffix(t, ":")), "", nil
		case indent == 2 && strings.HasSuffix(t, ":"):
			pos, rank, cur = strings.TrimSuffix(t, ":"), 0, nil
			if pos == "s" {
				pos = "a"
			}
		case indent == 4 && !strings.HasPrefix(t, "- "):
			block, cur = strings.TrimSuffix(t, ":"), nil // "sense:", "pronunciation:", "form:"
		case indent == 4 && block == "form" && pos == "v" && strings.HasPrefix(t, "- "):
			forms[lemma] = append(forms[lemma], unquote(strings.TrimPrefix(t, "- ")))
		case indent == 4 && block == "sense":
			// a new sense; its first field is on this line
			cur = &sense{lemma: lemma, pos: pos, rank: rank}
			rank++
			field = ""
			senseField(cur, strings.TrimPrefix(t, "- "), &field, senses)
		case indent == 6 && cur != nil && !strings.HasPrefix(t, "- "):
			senseField(cur, t, &field, senses)
		case indent == 6 && cur != nil && strings.HasPrefix(t, "- "):
			if field == "antonym" {
				cur.antonyms = append(cur.antonyms, unquote(strings.TrimPrefix(t, "- ")))
			}
			if linkFields[field] {
				cur.links = append(cur.links, unquote(strings.TrimPrefix(t, "- ")))
			}
		}
	})
}

// eachLine calls fn with each line's indentation and trimmed text.
func eachLine(path string, fn func(indent int, t string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		fn(len(l)-len(strings.TrimLeft(l, " ")), strings.TrimSpace(l))
	}
	return sc.Err()
}

// senseField reads "key: value" (or "key:" opening a list) of the sense s.
func senseField(s *sense, t string, field *string, senses map[string]*sense) {
	k, v, _ := strings.Cut(t, ":")
	v = strings.TrimSpace(v)
	*field = k
	switch k {
	case "id":
		senses[unquote(v)] = s
	case "synset":
		s.synset = unquote(v)
	}
}

// readCauses reads the "causes" relations of one verb.*.yaml synset file.
func readCauses(path string, causes map[string][]string) error {
	var synset, field string
	return eachLine(path, func(indent int, t string) {
		switch {
		case indent == 0 && strings.HasSuffix(t, ":"):
			synset, field = unquote(strings.TrimSuffix(t, ":")), ""
		case indent == 2 && strings.HasSuffix(t, ":"):
			field = strings.TrimSuffix(t, ":")
		case indent == 2 && strings.HasPrefix(t, "- ") && field == "causes":
			causes[synset] = append(causes[synset], unquote(strings.TrimPrefix(t, "- ")))
		case indent == 2:
			field = ""
		}
	})
}

func unquote(s string) string { return strings.Trim(strings.TrimSpace(s), `'"`) }

// writeAntonyms writes the contrary words: pairs of verbs or adjectives that WordNet marks
// as antonyms between first senses of both ("win lose", "rise fall", "accept reject",
// "alive dead", "guilty innocent"). Nouns are left out: a noun pair ("north south", "import
// export") names two things, not two states of one. Each pair is written once, under the
// word that sorts first, with the part of speech the contrast holds in ("v" or "a").
func writeAntonyms(path string, senses map[string]*sense, usable func(*sense) bool) error {
	pairs := map[string]map[string]bool{} // "pos word" → antonyms
	for _, s := range senses {
		if !usable(s) || s.pos != "v" && s.pos != "a" || !plainWord(s.lemma) {
			continue // single words: the contradiction finder reads words, not phrases
		}
		for _, k := range s.antonyms {
			o := senses[k]
			if !usable(o) || o.lemma == s.lemma || !plainWord(o.lemma) {
				continue
			}
			a, b := s.lemma, o.lemma
			if b < a {
				a, b = b, a
			}
			key := s.pos + " " + a
			if pairs[key] == nil {
				pairs[key] = map[string]bool{}
			}
			pairs[key][b] = true
		}
	}
	keys := sortedKeys(pairs)
	var b strings.Builder
	fmt.Fprintln(&b, "# Contrary words (antonyms), generated by scripts/gen-wordnet-links -antonyms from Open English WordNet")
	fmt.Fprintln(&b, "# (CC BY 4.0, https://github.com/globalwordnet/english-wordnet; Princeton WordNet, WordNet licence).")
	fmt.Fprintln(&b, "# pos<TAB>word<TAB>its antonyms (verbs v and adjectives a; first senses of both words only). Do not edit.")
	for _, k := range keys {
		pos, word, _ := strings.Cut(k, " ")
		ants := make([]string, 0, len(pairs[k]))
		for a := range pairs[k] {
			ants = append(ants, a)
		}
		sort.Strings(ants)
		fmt.Fprintf(&b, "%s\t%s\t%s\n", pos, word, strings.Join(ants, " "))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
