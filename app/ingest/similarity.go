package ingest

import (
	"strings"
	"unicode"
)

// VersionSimilarity is the least Similarity at which a text found under the same
// relative path as an earlier article is taken as that article's new version. A
// revised news story keeps most of its word sequences (a new paragraph, a corrected
// figure, a changed spelling change a few shingles each); two different stories share
// almost none (a few stock phrases such as "the ministry said"). Half is far from both.
const VersionSimilarity = 0.5

// Similarity compares two texts by their word shingles: the share of the smaller
// text's distinct shingles (three consecutive words, lower-cased; the words themselves
// for a text of fewer than three) that the other text also holds. 1 is the same
// wording, 0 nothing in common. Measured on the shorter text, so a story that grew by a
// paragraph stays similar to its first version.
func Similarity(a, b string) float64 {
	sa, sb := shingles(a), shingles(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	shared := 0
	for s := range sa {
		if sb[s] {
			shared++
		}
	}
	return float64(shared) / float64(len(sa))
}

// shingles returns the distinct word trigrams of text (its words when it has fewer).
func shingles(text string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := map[string]bool{}
	if len(words) < 3 {
		for _, w := range words {
			out[w] = true
		}
		return out
	}
	for i := 0; i+3 <= len(words); i++ {
		out[words[i]+" "+words[i+1]+" "+words[i+2]] = true
	}
	return out
}
