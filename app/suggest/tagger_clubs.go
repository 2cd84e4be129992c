package suggest

import (
	_ "embed"
	"strings"
	"sync"
)

// clubsTXT lists football club names and aliases (openfootball/clubs, CC0;
// scripts/gen-clubs.go). The tagger sees a hit as one feature among others,
// never as a rule: many clubs carry their city's name ("Nice", "Milan"), and
// only the context tells the club in a results line from the city in prose.
//
//go:embed data/clubs.txt
var clubsTXT string

// clubList maps a club name's tokens, lower-cased and joined by spaces, to
// true; maxLen is the longest name in tokens. prefixes holds every name's
// first tokens (one, two, ... all of them), joined the same way, so a match
// stops growing as soon as no name starts with what it has read: most
// capitalised words start none, and a look-up per longer key cost a tenth
// of the tagger's time (BenchmarkTagger, r17y).
type clubList struct {
	names    map[string]bool
	prefixes map[string]bool
	maxLen   int
}

var (
	clubs     *clubList
	clubsOnce sync.Once
)

// clubNames builds the list on first use, with the suggester's tokeniser so
// that a name matches the tokens of a text.
func clubNames() *clubList {
	clubsOnce.Do(func() {
		c := &clubList{names: map[string]bool{}, prefixes: map[string]bool{}}
		for _, line := range strings.Split(clubsTXT, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			toks := tagTokens([]rune(line))
			if len(toks) == 0 || len(toks) > 6 {
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
		clubs = c
	})
	return clubs
}

// clubTags marks, per token, the longest club name starting there ('B' its
// first token, 'I' the others, 0 none). Names start with a capital or a
// figure and stay on one line.
func clubTags(toks []token, lower []string) []byte {
	c := clubNames()
	out := make([]byte, len(toks))
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
		if best == 0 {
			continue
		}
		out[i] = 'B'
		for k := i + 1; k < i+best; k++ {
			out[k] = 'I'
		}
		i += best - 1
	}
	return out
}
