package match

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// ppdbTSV is the table of English paraphrase pairs with their PPDB 2.0 scores, generated
// from the Paraphrase Database (Pavlick et al. 2015; CC BY 3.0) by
// scripts/gen-paraphrase-links.go: PPDB's Equivalence pairs among the 40,000 most frequent
// words of English Wikipedia ("cargo freight", "doctor physician", "road route"). Like the
// WordNet table it is general knowledge of English, not fitted to any story.
//
//go:embed ppdb.tsv
var ppdbTSV string

// ParaphraseWeight is what a paraphrase counts for against the word itself (1), at the
// best PPDB score (ParaphraseFullScore and over); a lower score counts in proportion.
// 0 leaves the table out. Measured on the dev stories (docs/verification-eval.md, "PPDB /
// word vectors as paraphrase evidence"): 0.5 was the best of the weights tried.
var ParaphraseWeight = 0.5

// ParaphraseFullScore is the PPDB 2.0 score at which a pair counts ParaphraseWeight in full.
const ParaphraseFullScore = 4.0

var (
	paraphraseOnce  sync.Once
	paraphraseTerms map[string]map[string]float64 // term → paraphrase term → best PPDB score, both ways
)

// paraphrases is the terms paired with term t by PPDB (as the matcher compares them: a
// word of an event class is its class, any other its stem), other than t, with their
// scores. Stop words and stance words are never terms, so their pairs are left out.
func paraphrases(t string) map[string]float64 {
	paraphraseOnce.Do(func() { paraphraseTerms = readParaphrases(ppdbTSV) })
	return paraphraseTerms[t]
}

// readParaphrases reads the table: "word<TAB>para score para score ...".
func readParaphrases(table string) map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	add := func(a, b string, s float64) {
		if a == b {
			return
		}
		if out[a] == nil {
			out[a] = map[string]float64{}
		}
		if s > out[a][b] {
			out[a][b] = s
		}
	}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		word, rest, _ := strings.Cut(line, "\t")
		if !comparable(word) {
			continue
		}
		f := strings.Fields(rest)
		for i := 0; i+1 < len(f); i += 2 {
			s, err := strconv.ParseFloat(f[i+1], 64)
			if err != nil || !comparable(f[i]) {
				continue // the generator writes only numbers; a bad cell is skipped, not guessed
			}
			a, b := TermOf(word), TermOf(f[i])
			add(a, b, s)
			add(b, a, s)
		}
	}
	return out
}

// paraphraseWeight is what a pair of PPDB score s counts for against an exact word.
func paraphraseWeight(s float64) float64 {
	return ParaphraseWeight * min(1, s/ParaphraseFullScore)
}

// paraphraseIn finds in cand the term PPDB pairs with ref's term t at the best score,
// under the same rules as relatedIn (one of ref's own terms counts exactly; each of the
// candidate's terms once; entities, dates, classes and event classes are compared as
// they are), and what it counts for; "" when none or when the table is left out.
func paraphraseIn(t string, ref, cand Features, used []string) (string, float64, float64) {
	if ParaphraseWeight == 0 || strings.Contains(t, ":") {
		return "", 0, 0
	}
	best, bestC, bestW := "", 0.0, 0.0
	for u, s := range paraphrases(t) {
		if strings.Contains(u, ":") {
			continue
		}
		cu, ok := freeIn(u, ref, cand, used)
		if !ok {
			continue
		}
		if w := paraphraseWeight(s); w > bestW || w == bestW && u < best {
			best, bestC, bestW = u, cu, w
		}
	}
	return best, bestC, bestW
}
