package suggest

import (
	_ "embed"
	"sync"
)

// clubsTXT lists football club names and aliases (openfootball/clubs, CC0;
// scripts/gen-clubs.go). The tagger sees a hit as one feature among others,
// never as a rule: many clubs carry their city's name ("Nice", "Milan"), and
// only the context tells the club in a results line from the city in prose.
//
//go:embed data/clubs.txt
var clubsTXT string

var (
	clubs     *phraseList
	clubsOnce sync.Once
)

// clubNames builds the list on first use.
func clubNames() *phraseList {
	clubsOnce.Do(func() { clubs = newPhraseList(clubsTXT, 6) })
	return clubs
}

// clubTags marks, per token, the longest club name starting there ('B' its
// first token, 'I' the others, 0 none). Names start with a capital or a
// figure and stay on one line.
func clubTags(toks []token, lower []string) []byte {
	out := make([]byte, len(toks))
	clubNames().longestMatches(toks, lower, func(i, n int) {
		out[i] = 'B'
		for k := i + 1; k < i+n; k++ {
			out[k] = 'I'
		}
	})
	return out
}
