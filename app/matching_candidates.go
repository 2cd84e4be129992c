package app

import (
	"encoding/json"
	"sort"
	"strings"
	"sync"
	"unicode"

	"claimdesk/app/match"
	"claimdesk/db/store"
)

// On a workspace above fullCorpusArticles, Propose reads only a claim's candidate
// articles: the ones a ranked full-text query of its rarest words puts first, and those
// holding its mentions (claimCorpus).

// candidateArticles is how many best-ranked articles a large workspace's proposals read.
const candidateArticles = 20

// maxQueryWords caps the words of a claim's full-text query.
const maxQueryWords = 6

// maxQueryArticles caps how many articles the words of a claim's query may occur in,
// together. bm25 ranks every article a query matches (a look-up of its length each) and
// sorts them: six words chosen by look (names, long words) matched 15,000–20,000 of the
// benchmark's 20,000 articles, and ranking them was 40 % of a proposal. The rarest words
// are also the ones bm25 weighs most: a word in half the articles weighs nothing.
const maxQueryArticles = 2000

// candidateArticles returns the articles a ranked full-text query of text's rarest words
// puts first (at most candidateArticles), none when text has no word in the index. top is
// the workspace's highest article id (CountArticlesForMatching).
func (ws *Workspace) candidateArticles(q *store.Queries, text string, top int64) ([]int64, error) {
	words := queryWords(text)
	if len(words) == 0 {
		return nil, nil
	}
	counts, err := wordCounts.of(ws, q, top, words)
	if err != nil {
		return nil, err
	}
	query := rarestWordsQuery(counts)
	if query == "" {
		return nil, nil
	}
	hits, err := q.ListMatchCandidateArticles(ws.Context(), store.ListMatchCandidateArticlesParams{Query: query, MaxHits: candidateArticles})
	if err != nil {
		return nil, storeErr(err, "the candidate articles")
	}
	return hits, nil
}

// wordCounts keeps how many articles each word occurs in (up to maxQueryArticles+1), for
// one workspace file while its highest article id stays the same (an import starts it
// again): the claims of a story share most of their words, and counting a common word
// reads maxQueryArticles entries of the index. A count an edit made stale only changes
// which of a claim's rare words are asked for.
var wordCounts = &wordCountCache{}

type wordCountCache struct {
	sync.Mutex
	q   *store.Queries // the workspace file's
	top int64
	n   map[string]int64
}

// maxCachedWords bounds wordCounts; it starts again when full.
const maxCachedWords = 50000

// of returns the counts of words, in their order, counting those not known yet.
func (c *wordCountCache) of(ws *Workspace, q *store.Queries, top int64, words []string) ([]store.CountArticlesWithWordsRow, error) {
	out := make([]store.CountArticlesWithWordsRow, len(words))
	var missing []string
	c.Lock()
	if c.q != q || c.top != top || len(c.n) > maxCachedWords {
		c.q, c.top, c.n = q, top, map[string]int64{}
	}
	for i, w := range words {
		n, ok := c.n[w]
		if !ok {
			missing = append(missing, w)
		}
		out[i] = store.CountArticlesWithWordsRow{Word: w, Articles: n}
	}
	c.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	list, err := json.Marshal(missing)
	if err != nil {
		return nil, Internal(err, "writing the claim's words")
	}
	counted, err := q.CountArticlesWithWords(ws.Context(), store.CountArticlesWithWordsParams{
		Words: string(list), MaxArticles: maxQueryArticles + 1,
	})
	if err != nil {
		return nil, storeErr(err, "the claim's words in the articles")
	}
	got := make(map[string]int64, len(counted))
	for _, r := range counted {
		got[r.Word] = r.Articles
	}
	c.Lock()
	if c.q == q && c.top == top {
		for w, n := range got {
			c.n[w] = n
		}
	}
	c.Unlock()
	for i := range out {
		if n, ok := got[out[i].Word]; ok {
			out[i].Articles = n
		}
	}
	return out, nil
}

// queryWords are the words of text a full-text query may use (letters and digits, at
// least three, no stopword), each once: names first (capitalised in the text), then the
// longest, which is the order rarestWordsQuery keeps among words equally common.
func queryWords(text string) []string {
	type cand struct {
		w    string
		name bool
	}
	seen := map[string]bool{}
	var cs []cand
	for _, raw := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		for _, w := range match.Words(raw) {
			if len(w) < 3 || seen[w] || match.IsStopword(w) {
				continue
			}
			seen[w] = true
			cs = append(cs, cand{w, unicode.IsUpper([]rune(raw)[0])})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].name != cs[j].name {
			return cs[i].name
		}
		return len(cs[i].w) > len(cs[j].w)
	})
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.w
	}
	return out
}

// rarestWordsQuery is an FTS5 query matching any of the rarest of the counted words (in
// the order given among equally common ones), each quoted (a quote in it doubled) so
// that no word is read as an operator: at most maxQueryWords, occurring together in at
// most maxQueryArticles articles, except that the rarest word is taken however common it
// is. Words in no article are left out. Empty when no word occurs anywhere.
func rarestWordsQuery(counts []store.CountArticlesWithWordsRow) string {
	cs := append([]store.CountArticlesWithWordsRow(nil), counts...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Articles < cs[j].Articles })
	var terms []string
	total := int64(0)
	for _, c := range cs {
		if c.Articles == 0 {
			continue
		}
		if len(terms) == maxQueryWords || len(terms) > 0 && total+c.Articles > maxQueryArticles {
			break
		}
		total += c.Articles
		terms = append(terms, `"`+strings.ReplaceAll(c.Word, `"`, `""`)+`"`)
	}
	return strings.Join(terms, " OR ")
}
