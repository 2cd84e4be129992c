package suggest

import "strings"

// phraseList is a list of names matched against a text's tokens (the
// football clubs, tagger_clubs.go; r17z's larger lists were measured with it,
// docs/suggestions.md v9). names maps a name's tokens, lower-cased and joined
// by spaces, to true; maxLen is the longest name in tokens. prefixes holds
// every name's first tokens (one, two, ... all of them), joined the same way,
// so a match stops growing as soon as no name starts with what it has read:
// most capitalised words start none, and a look-up per longer key cost a
// tenth of the tagger's time (BenchmarkTagger, r17y).
type phraseList struct {
	names    map[string]bool
	prefixes map[string]bool
	maxLen   int
}

// newPhraseList reads one name a line ('#' starts a comment line) with the
// suggester's tokeniser, so that a name matches the tokens of a text; names
// longer than maxTokens are left out.
func newPhraseList(txt string, maxTokens int) *phraseList {
	c := &phraseList{names: map[string]bool{}, prefixes: map[string]bool{}}
	for _, line := range strings.Split(txt, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		toks := tagTokens([]rune(line))
		if len(toks) == 0 || len(toks) > maxTokens {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = strings.ToLower(t.text)
		}
		c.names[strings.Join(words, " ")] = true
		for n := 1; n <= len(words); n++ {
			c.prefixes[strings.Join(words[:n], " ")] = true
		}
		c.maxLen = max(c.maxLen, len(toks))
	}
	return c
}

// longestMatches calls hit(i, n) for the longest listed name at each token,
// left to right, without overlaps: a name starts with a capital or a figure
// and stays on one line.
func (c *phraseList) longestMatches(toks []token, lower []string, hit func(i, n int)) {
	var key strings.Builder
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !(t.cap || t.kind == tNum) {
			continue
		}
		key.Reset()
		best := 0
		for n := 1; n <= c.maxLen && i+n <= len(toks) && toks[i+n-1].line == t.line; n++ {
			if n > 1 {
				key.WriteByte(' ')
			}
			key.WriteString(lower[i+n-1])
			if !c.prefixes[key.String()] {
				break // no name starts with these tokens: no longer one will match
			}
			if c.names[key.String()] {
				best = n
			}
		}
		if best > 0 {
			hit(i, best)
			i += best - 1
		}
	}
}
