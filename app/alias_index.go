package app

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/match"
	"claimdesk/app/names"
	"claimdesk/app/suggest"
	"claimdesk/db/store"
)

// aliasIndex holds entities' names and aliases: those of two words or more by their first
// two words, for namedIn: the matcher reads every sentence of a proposal's corpus against
// the workspace's names (100,000 entities on the benchmark workspace; by the first word
// alone, one "the" or "national" in a sentence meant thousands of names to try). A
// one-word name or alias ("DPRK", "Hydrel") is held by its word, unless it is a common
// word (a function word of the matcher's, a word capitalised only to start a sentence of
// the suggester's): "the State" is not a government's name wherever it is written.
type aliasIndex map[string][]store.ListEntityAliasKeysRow

// maxAliasWords bounds the words of a name namedIn finds ("Ministry of Water Resources and
// Irrigation of the Northern Provinces" is ten).
const maxAliasWords = 12

func newAliasIndex(rows []store.ListEntityAliasKeysRow) aliasIndex {
	ix := aliasIndex{}
	for _, r := range rows {
		switch ws := strings.Fields(r.AliasKey); {
		case len(ws) >= 2:
			ix[ws[0]+" "+ws[1]] = append(ix[ws[0]+" "+ws[1]], r)
		case len(ws) == 1 && !match.IsStopword(ws[0]) && !suggest.IsSentenceStartWord(ws[0]):
			ix[ws[0]] = append(ix[ws[0]], r)
		}
	}
	return ix
}

// namedIn is the entities, of one of the types, whose name or alias the words of text hold
// ("the water ministry" holds the alias "water ministry"), each entity once. A one-word
// name counts only where text writes it as a name: with a capital, and, as a sentence's
// first word, with a capital beyond its first letter ("DPRK said", not "Hydrel said",
// which any sentence's start capitalises). The origin reader (entityNamedIn) and the
// matcher (matching_known.go) read names so.
func (ix aliasIndex) namedIn(text string, types ...string) []store.ListEntityAliasKeysRow {
	words := strings.Fields(names.Key(text))
	var out []store.ListEntityAliasKeysRow
	// each entity once, by a set: a surname is the alias of hundreds of the benchmark
	// workspace's people, and looking each up in out was a quadratic pass per sentence
	var seen map[int64]bool
	add := func(r store.ListEntityAliasKeysRow) {
		if slices.Contains(types, r.Type) && !seen[r.ID] {
			if seen == nil {
				seen = map[int64]bool{}
			}
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	var written []textWord // how text writes its words, read at the first one-word name
	for i, w := range words {
		if rows := ix[w]; len(rows) > 0 {
			if written == nil {
				written = textWords(text, len(words))
			}
			if i < len(written) && written[i].asName() {
				for _, r := range rows {
					add(r)
				}
			}
		}
		if i+1 == len(words) {
			break
		}
		rows := ix[w+" "+words[i+1]]
		if len(rows) == 0 {
			continue
		}
		// the next words, as many as a long name has: a run-on transcript is thousands
		rest := " " + strings.Join(words[i:min(len(words), i+maxAliasWords)], " ") + " "
		for _, r := range rows {
			if strings.HasPrefix(rest, " "+r.AliasKey+" ") {
				add(r)
			}
		}
	}
	return out
}

// textWord is one word of a text as it is written, and whether it starts a sentence.
type textWord struct {
	written string
	start   bool
}

// asName reports whether the word is written as a name: a capital first, and a capital
// after it too when it starts a sentence.
func (w textWord) asName() bool {
	first, size := utf8.DecodeRuneInString(w.written)
	if !unicode.IsUpper(first) {
		return false
	}
	return !w.start || strings.IndexFunc(w.written[size:], unicode.IsUpper) >= 0
}

// textWords splits text as names.Key does (runs of letters, digits and their marks): the n
// words of names.Key(text), as text writes them. A word starts a sentence when it is
// text's first or a full stop, question or exclamation mark or a line break comes before
// it. A text names.Key splits otherwise (a word of marks alone, which it drops) gives an
// empty slice: none of its words is read as a one-word name.
func textWords(text string, n int) []textWord {
	out := make([]textWord, 0, n)
	start, wordAt := true, -1
	flush := func(end int) {
		if wordAt >= 0 {
			out = append(out, textWord{written: text[wordAt:end], start: start})
			start, wordAt = false, -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if wordAt < 0 {
				wordAt = i
			}
		default:
			flush(i)
			if strings.ContainsRune(".!?\n", r) {
				start = true
			}
		}
	}
	flush(len(text))
	if len(out) != n {
		return []textWord{}
	}
	return out
}
