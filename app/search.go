package app

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"claimdesk/db/store"
)

// SearchService finds words across article titles and text, claim statements and notes,
// and the analyst's notes on spans (full-text indexes articles_fts, claims_fts,
// span_notes_fts; see docs/schema.md).
type SearchService struct {
	ws *Workspace
}

// SearchHit is one result. Snippet is plain text with each match between U+FDD0 and
// U+FDD1 (noncharacters, never in text: a text's own [ and ], as in "he [the minister]
// said", stay text).
// For article hits Start/End locate the first match in the article body (code points,
// null when the match is only in the title); for note hits they are the noted span's.
type SearchHit struct {
	Kind      string `json:"kind"` // article | claim | note
	ID        int64  `json:"id"`   // the article's, claim's or span's id
	ArticleID *int64 `json:"articleId"`
	ClaimID   *int64 `json:"claimId"`
	Title     string `json:"title"` // article title, claim statement, or the noted article's title
	Snippet   string `json:"snippet"`
	Start     *int64 `json:"start"`
	End       *int64 `json:"end"`
}

const (
	maxSearchHits = 200
	// rawSearchPrefix lets power users write FTS5 syntax themselves ("fts: kim NEAR un").
	rawSearchPrefix = "fts:"
	// markOpen and markClose are what snippet() and highlight() put around matches
	// (queries/search.sql), and what a hit's Snippet marks them with: Unicode
	// noncharacters, reserved for a program's internal use and never part of
	// interchanged text, so they cannot be confused with it.
	markOpen  = '\uFDD0'
	markClose = '\uFDD1'
)

// Search runs query over articles, claims and notes and returns at most limit hits
// (1–200), grouped by kind (articles, then claims, then notes), each kind best first
// (bm25). When more than limit hits are found, every kind keeps a fair share of the
// limit, so a search that matches many articles still shows its claims and notes.
//
// The query is the analyst's words, not FTS syntax: each word becomes a quoted token
// (so quotes, parentheses, AND/OR/NOT and * are just text), all words must occur, a
// word also finds its English forms (search_forms.go), and the last word also matches
// as a prefix (type-ahead). A query starting with "fts:" is
// passed to FTS5 as written; its syntax errors are invalid, with a hint.
func (s *SearchService) Search(query string, limit int) ([]SearchHit, error) {
	if limit < 1 || limit > maxSearchHits {
		return nil, Invalid("limit must be between 1 and %d; got %d", maxSearchHits, limit)
	}
	raw := false
	fts := ""
	var inside []string
	if rest, ok := strings.CutPrefix(strings.TrimSpace(query), rawSearchPrefix); ok {
		raw, fts = true, strings.TrimSpace(rest)
	} else {
		fts, inside = ftsQueryApart(query, writtenWithoutSpaces)
	}
	if len(inside) > 0 {
		return s.searchHolding(fts, inside, limit)
	}
	if fts == "" {
		return []SearchHit{}, nil
	}
	ctx := s.ws.Context()
	q := s.ws.DB().Q
	fail := func(err error) ([]SearchHit, error) {
		if raw {
			return nil, Invalid("the search %q is not valid FTS5 syntax (%v). Hint: put phrases in double quotes, "+
				"use AND, OR, NOT in capitals between words, and * only at the end of a word; or leave out %q to search for the words as typed",
				fts, ftsMessage(err), rawSearchPrefix)
		}
		return nil, storeErr(err, "the search")
	}
	arts, err := q.SearchArticles(ctx, store.SearchArticlesParams{Query: fts, MaxHits: int64(limit)})
	if err != nil {
		return fail(err)
	}
	claims, err := q.SearchClaims(ctx, store.SearchClaimsParams{Query: fts, MaxHits: int64(limit)})
	if err != nil {
		return fail(err)
	}
	notes, err := q.SearchSpanNotes(ctx, store.SearchSpanNotesParams{Query: fts, MaxHits: int64(limit)})
	if err != nil {
		return fail(err)
	}
	quota := fairShares(limit, len(arts), len(claims), len(notes))
	out := make([]SearchHit, 0, quota[0]+quota[1]+quota[2])
	for _, r := range arts[:quota[0]] {
		id := r.ID
		h := SearchHit{Kind: "article", ID: r.ID, ArticleID: &id, Title: r.Title, Snippet: r.Snippet}
		if start, end, ok := firstMark(r.MarkedBody); ok {
			h.Start, h.End = &start, &end
		}
		out = append(out, h)
	}
	for _, r := range claims[:quota[1]] {
		id := r.ID
		out = append(out, SearchHit{Kind: "claim", ID: r.ID, ClaimID: &id, Title: r.Statement, Snippet: r.Snippet})
	}
	for _, r := range notes[:quota[2]] {
		aid, start, end := r.ArticleID, r.StartCp, r.EndCp
		out = append(out, SearchHit{Kind: "note", ID: r.ID, ArticleID: &aid, Title: r.ArticleTitle, Snippet: r.Snippet, Start: &start, End: &end})
	}
	return out, nil
}

// ftsQuery turns the analyst's text into a safe FTS5 query. Words (runs of letters,
// digits and combining marks, as the unicode61 tokenizer sees them) become quoted
// tokens that must all occur, in any order; words in double quotes ("…" or “…”) become
// one phrase, in that order; a word written with * after it is a prefix, and so is the
// last word (or an unclosed last phrase) while typing: `culture "min` → `"culture" "min"*`,
// `"troupe dance"` → `"troupe dance"`. Everything else (brackets, operators'
// punctuation) separates words, and bare AND/OR/NOT are quoted words, searched for, not
// obeyed.
func ftsQuery(text string) string {
	fts, _ := ftsQueryApart(text, nil)
	return fts
}

// ftsQueryApart is ftsQuery for the words apart does not claim; the words it claims
// (outside or inside quotes) are returned apart, in the order typed, each once.
func ftsQueryApart(text string, apart func(word string) bool) (string, []string) {
	var held []string
	type item struct {
		words  []string
		phrase bool // in quotes; closed unless it is the last, unfinished one
		closed bool
		prefix bool
	}
	var items []item
	var word []rune
	inPhrase := false
	endWord := func() {
		if len(word) == 0 {
			return
		}
		w := string(word)
		word = word[:0]
		if apart != nil && apart(w) {
			// found by its bytes: composed as articles are stored ("か" and U+3099,
			// pasted from a PDF, is "が")
			w = norm.NFC.String(w)
			if !slices.Contains(held, w) {
				held = append(held, w)
			}
			return
		}
		if inPhrase {
			items[len(items)-1].words = append(items[len(items)-1].words, w)
			return
		}
		items = append(items, item{words: []string{w}})
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Co):
			word = append(word, r)
		case r == '"' || r == '“' || r == '”' || r == '„':
			endWord()
			if inPhrase {
				items[len(items)-1].closed = true
			} else {
				items = append(items, item{phrase: true})
			}
			inPhrase = !inPhrase
		case r == '*' && len(word) > 0 && !inPhrase:
			n := len(items)
			endWord()
			if len(items) > n { // not a word held apart
				items[len(items)-1].prefix = true
			}
		default:
			endWord()
		}
	}
	endWord()
	var b strings.Builder
	last := -1
	for i, it := range items {
		if len(it.words) > 0 {
			last = i
		}
	}
	group := false // the last item written was a group in brackets: FTS5 wants AND after it
	// written: the terms already in the query; one typed again adds nothing to an AND but
	// work (a pasted 20,000 repeated words took minutes), so it is written once (ratk15)
	written := map[string]bool{}
	for i, it := range items {
		if len(it.words) == 0 {
			continue
		}
		forms, ok := wordForms(it.words[0]) // search_forms.go
		ok = ok && !it.phrase && !it.prefix
		term := forms
		if !ok {
			term = `"` + strings.Join(it.words, " ") + `"`
			if it.prefix || (i == last && !(it.phrase && it.closed)) {
				term += "*"
			}
		}
		if written[term] {
			continue
		}
		written[term] = true
		if b.Len() > 0 {
			if group || (ok && forms[0] == '(') {
				b.WriteString(" AND ")
			} else {
				b.WriteByte(' ')
			}
		}
		group = ok && forms[0] == '('
		b.WriteString(term)
	}
	return b.String(), held
}

// firstMark finds the first match in a body that highlight() marked with markOpen …
// markClose and returns its offsets in code points of the unmarked body: nothing is
// marked before the first opening marker, so the code points before it are the offset.
// Using SQLite's own highlighting keeps the offsets true to what FTS matched (same
// tokenizer, case folding and diacritics removal) without re-implementing it in Go.
func firstMark(marked string) (int64, int64, bool) {
	i := strings.IndexRune(marked, markOpen)
	if i < 0 {
		return 0, 0, false
	}
	inner := marked[i+utf8.RuneLen(markOpen):]
	j := strings.IndexRune(inner, markClose)
	if j < 0 {
		return 0, 0, false
	}
	start := int64(utf8.RuneCountInString(marked[:i]))
	return start, start + int64(utf8.RuneCountInString(inner[:j])), true
}

// fairShares splits limit over the kinds' hit counts: round-robin one hit at a time, so a
// kind with few hits keeps all of them and the rest goes to the others.
func fairShares(limit int, counts ...int) []int {
	out := make([]int, len(counts))
	for left := limit; left > 0; {
		gave := false
		for k := range counts {
			if left > 0 && out[k] < counts[k] {
				out[k]++
				left--
				gave = true
			}
		}
		if !gave {
			break
		}
	}
	return out
}

// ftsMessage shortens SQLite's error to the part about the query.
func ftsMessage(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "fts5:"); i >= 0 {
		return msg[i:]
	}
	if i := strings.LastIndex(msg, ": "); i >= 0 && i+2 < len(msg) {
		return msg[i+2:]
	}
	return msg
}
