//go:build ignore

// gen-paraphrase-links writes a table of English paraphrase pairs with a score each,
// "word<TAB>other score other score ..." (each pair once, under its first word in
// alphabetical order), for the matcher to count a pair as a shared word in part. It reads
// one of two public resources (neither is committed: keep a copy outside the repo, see
// /work/cache/RESOURCES.md):
//
//   - -ppdb: PPDB 2.0, the Paraphrase Database (Ganitkevitch, Van Durme, Callison-Burch
//     2013; Pavlick et al. 2015; CC BY 3.0, http://paraphrase.org). The full lexical files
//     are hundreds of megabytes; this reads the subset of ppdb-2.0-tldr cut to the
//     vocabulary of English Wikipedia (enwik9) and ordered by that vocabulary's frequency
//     that github.com/huajianjiu/Bernoulli-CBOFP ships as ppdb2.txt (one line a word:
//     "word para score para score ... </s>", 218,316 lines, 50,124 scored pairs). The
//     score is PPDB's (PPDB2.0Score, about 2.5 to 4.6 in that subset).
//
//   - -vectors: word vectors as gzipped text, "word v1 ... vn" a line, most frequent word
//     first (GloVe 6B 100d, Pennington, Socher, Manning 2014; Public Domain Dedication and
//     License). Each word keeps its -k nearest neighbours of cosine -mincos or more; the
//     score is the cosine times 4, on PPDB's scale.
//
// Run it as
//
//	go run scripts/gen-paraphrase-links.go -ppdb /work/cache/ppdb/cbofp-ppdb2-tldr-enwik9.txt \
//	    -antonyms /work/cache/ppdb/counterfitting-ppdb_antonyms.txt -out app/match/ppdb.tsv
//	go run scripts/gen-paraphrase-links.go -vectors /work/cache/vectors/glove.6B.100d.wink341k.txt.gz \
//	    -top 20000 -out /tmp/vectors.tsv
//
// Only pairs the matcher can meet are kept: single lower-case words of three letters or
// more, not stop words, among the -top most frequent words of the resource (a general
// English vocabulary: names and rare words are the entity tagger's or never meet), with a
// score of -min or more, and not an antonym pair (-antonyms, "a b" a line: the PPDB 2.0
// antonyms github.com/nmrksic/counter-fitting ships as linguistic_constraints/
// ppdb_antonyms.txt), and with -only, listed there too (the same repository's
// ppdb_synonyms.txt: PPDB 2.0's Equivalence pairs, which leaves out the entailments of the
// tldr subset, "crew" for "unit", "water" for "river"). A pair met twice keeps its higher
// score. Nothing here names a word
// of any test text: the table is the resource's.
//
// Measured as evidence for claim matching and not shipped: docs/verification-eval.md,
// "PPDB / word vectors as paraphrase evidence (branch r14s7)".
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"claimdesk/app/match"
)

func main() {
	ppdb := flag.String("ppdb", "", "the PPDB subset: word para score ... </s> a line, most frequent word first")
	vectors := flag.String("vectors", "", "word vectors, gzipped text, most frequent word first")
	antonyms := flag.String("antonyms", "", "optional: antonym pairs to leave out, \"a b\" a line")
	only := flag.String("only", "", "optional: keep only the pairs also listed here, \"a b\" a line (PPDB's Equivalence pairs)")
	out := flag.String("out", "", "the table to write")
	top := flag.Int("top", 40000, "keep words among the resource's most frequent")
	minScore := flag.Float64("min", 2.5, "the lowest score kept (PPDB's scale)")
	k := flag.Int("k", 5, "vectors: neighbours kept per word")
	minCos := flag.Float64("mincos", 0.7, "vectors: the lowest cosine kept")
	flag.Parse()
	if (*ppdb == "") == (*vectors == "") || *out == "" {
		log.Fatal("give -out and one of -ppdb and -vectors")
	}
	pairs := table{}
	if *ppdb != "" {
		readPPDB(*ppdb, *top, pairs)
	} else {
		nearestPairs(*vectors, *top, *k, *minCos, pairs)
	}
	if *antonyms != "" {
		eachLine(*antonyms, func(l string) {
			if f := strings.Fields(l); len(f) == 2 {
				delete(pairs, pairOf(f[0], f[1]))
			}
		})
	}
	if *only != "" {
		listed := map[[2]string]bool{}
		eachLine(*only, func(l string) {
			if f := strings.Fields(l); len(f) == 2 {
				listed[pairOf(f[0], f[1])] = true
			}
		})
		for p := range pairs {
			if !listed[p] {
				delete(pairs, p)
			}
		}
	}
	for p, s := range pairs {
		if s < *minScore {
			delete(pairs, p)
		}
	}
	pairs.write(*out)
}

// table is the pairs (in order, pairOf) with their best score.
type table map[[2]string]float64

func (t table) add(a, b string, s float64) {
	if a == b {
		return
	}
	if p := pairOf(a, b); s > t[p] {
		t[p] = s
	}
}

func (t table) write(path string) {
	byWord := map[string][]string{}
	for p, s := range t {
		byWord[p[0]] = append(byWord[p[0]], p[1]+" "+strconv.FormatFloat(s, 'f', 2, 64))
	}
	words := make([]string, 0, len(byWord))
	for w := range byWord {
		words = append(words, w)
	}
	sort.Strings(words)
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# English paraphrase pairs with a score each, written by scripts/gen-paraphrase-links.go from")
	fmt.Fprintf(w, "# %s\n", strings.Join(os.Args[1:], " "))
	fmt.Fprintf(w, "# word<TAB>paraphrase score paraphrase score ... (each pair once; %d pairs). Do not edit.\n", len(t))
	for _, word := range words {
		paras := byWord[word]
		sort.Strings(paras)
		fmt.Fprintf(w, "%s\t%s\n", word, strings.Join(paras, " "))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d pairs among %d words written to %s", len(t), len(words), path)
}

// readPPDB reads the PPDB subset's pairs among its first top words.
func readPPDB(path string, top int, pairs table) {
	type entry struct {
		word  string
		paras []string // para, score, para, score ...
	}
	var entries []entry
	rank := map[string]int{}
	eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) == 0 {
			return
		}
		if _, seen := rank[f[0]]; !seen {
			rank[f[0]] = len(rank)
		}
		if f[len(f)-1] == "</s>" {
			f = f[:len(f)-1]
		}
		entries = append(entries, entry{f[0], f[1:]})
	})
	if len(entries) == 0 {
		log.Fatalf("%s is empty", path)
	}
	usable := func(w string) bool { r, ok := rank[w]; return ok && r < top && matchable(w) }
	for _, e := range entries {
		if len(e.paras)%2 != 0 {
			log.Fatalf("the line of %q has a paraphrase without its score", e.word)
		}
		for i := 0; i < len(e.paras); i += 2 {
			s, err := strconv.ParseFloat(e.paras[i+1], 64)
			if err != nil {
				log.Fatalf("the line of %q: score %q: %v", e.word, e.paras[i+1], err)
			}
			if usable(e.word) && usable(e.paras[i]) {
				pairs.add(e.word, e.paras[i], s)
			}
		}
	}
}

// nearestPairs pairs each of the first top usable words of the vectors with its k
// nearest neighbours among them of cosine minCos or more, scored cosine × 4.
func nearestPairs(path string, top, k int, minCos float64, pairs table) {
	words, vecs := readVectors(path, top)
	log.Printf("%d words read", len(words))
	type near struct {
		j   int
		cos float32
	}
	for i := range words {
		var best []near
		for j := range words {
			if j == i {
				continue
			}
			var d float32
			for x, v := range vecs[i] {
				d += v * vecs[j][x]
			}
			if float64(d) >= minCos {
				best = append(best, near{j, d})
			}
		}
		sort.Slice(best, func(a, b int) bool { return best[a].cos > best[b].cos })
		for _, n := range best[:min(k, len(best))] {
			pairs.add(words[i], words[n.j], 4*float64(n.cos))
		}
	}
}

// readVectors reads the first top usable words and their vectors, scaled to length 1.
func readVectors(path string, top int) ([]string, [][]float32) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	var words []string
	var vecs [][]float32
	scanLines(gz, func(l string) bool {
		fs := strings.Fields(l)
		if len(fs) < 2 || !matchable(fs[0]) {
			return true
		}
		v := make([]float32, len(fs)-1)
		var n float64
		for i, s := range fs[1:] {
			x, err := strconv.ParseFloat(s, 32)
			if err != nil {
				log.Fatalf("the vector of %q: %v", fs[0], err)
			}
			v[i], n = float32(x), n+x*x
		}
		if n > 0 {
			for i := range v {
				v[i] /= float32(math.Sqrt(n))
			}
			words, vecs = append(words, fs[0]), append(vecs, v)
		}
		return len(words) < top
	})
	return words, vecs
}

// matchable: a single lower-case word of three letters or more that is not a stop word
// (the matcher never compares those).
func matchable(s string) bool {
	if len(s) < 3 || match.IsStopword(s) {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// pairOf is the pair a, b in order, so that each pair has one key.
func pairOf(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func eachLine(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	scanLines(f, func(l string) bool { fn(l); return true })
}

// scanLines calls fn with each line of r until it returns false.
func scanLines(r io.Reader, fn func(string) bool) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if !fn(sc.Text()) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}
