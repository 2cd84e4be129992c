package match

import (
	_ "embed"
	"strings"
	"sync"
)

// wordnetTSV is the table of related English words generated from Open English WordNet
// (CC BY 4.0) by scripts/gen-wordnet-links: synonyms and derivational links among the
// first senses of words, at least one of them a verb ("arrive arrival", "sign
// signature", "die kill perish"). It is general knowledge of English, not fitted to any
// story: two reporters telling one event with other words meet through it.
//
//go:embed wordnet.tsv
var wordnetTSV string

// RelatedWeight is what a related word counts for against an exact one (1): "arrival"
// for "arrived" says less than "arrived" does.

// RelatedWeight is what a related word counts for against the word itself (1): on the
// dev stories and the seed pairs 0.3 changed nothing, 0.5 and 0.7 cost seed precision
// (0.71 -> 0.68 and 0.65 at recall 1.00); see docs/verification-eval.md.
var RelatedWeight = 0.3

var (
	relatedOnce  sync.Once
	relatedTerms map[string][]string // term → the terms of its related words, both ways
)

// related is the terms related to term t (as the matcher compares them: a word of an
// event class is its class, any other its stem), other than t itself. Stop words and
// stance words are never terms, so their links are left out.
func related(t string) []string {
	relatedOnce.Do(func() {
		relatedTerms = map[string][]string{}
		seen := map[[2]string]bool{}
		addPair := func(a, b string) {
			if a == b || seen[[2]string{a, b}] {
				return
			}
			seen[[2]string{a, b}] = true
			relatedTerms[a] = append(relatedTerms[a], b)
		}
		for _, line := range strings.Split(wordnetTSV, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			word, rest, _ := strings.Cut(line, "\t")
			if !comparable(word) {
				continue
			}
			a := tableTerm(word)
			for _, other := range strings.Fields(rest) {
				if !comparable(other) {
					continue
				}
				b := tableTerm(other)
				addPair(a, b)
				addPair(b, a)
			}
		}
	})
	return relatedTerms[t]
}

// comparable: a word the matcher compares (not a stop word or a stance word).
func comparable(w string) bool { return !stopwords[w] && !stanceWords[w] }

// tableTerm is the term a word of the table counts as (TermOf); a verb of several words,
// written there with "_" ("call_off") when the table is generated with -phrases (not
// shipped: r14frame), is the term its reading in text gives (phraseTerm).
func tableTerm(word string) string {
	if !strings.Contains(word, "_") {
		return TermOf(word)
	}
	lemma := strings.ReplaceAll(word, "_", " ")
	head, _, _ := strings.Cut(lemma, " ")
	return phraseTerm(lemma, head)
}
