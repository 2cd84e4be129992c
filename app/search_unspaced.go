package app

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"claimdesk/db/store"
)

// Chinese, Japanese, Thai and the other scripts written without spaces between words
// (writtenWithoutSpaces, the claims filter's reading too) are read by the full-text
// indexes' unicode61 tokenizer as one token from one punctuation mark to the next, so a
// word typed from inside a sentence ("知事" in "東京都知事は記者会見で…") is neither a token
// nor a token's start and FTS5 cannot find it. Such words are found where they stand in
// the text, as typed; the other words typed still go through FTS5.

// searchHolding is Search when the query has words of such a script (inside): every hit
// holds each of them and matches fts (the other words; "" for none). Without a bm25 rank
// each kind comes oldest first; snippets and offsets are made here from the text.
func (s *SearchService) searchHolding(fts string, inside []string, limit int) ([]SearchHit, error) {
	ctx, q := s.ws.Context(), s.ws.DB().Q
	words, err := json.Marshal(inside)
	if err != nil {
		return nil, Internal(err, "the search")
	}
	arts, err := q.SearchArticlesHolding(ctx, store.SearchArticlesHoldingParams{Words: string(words), Query: fts, MaxHits: int64(limit)})
	if err != nil {
		return nil, storeErr(err, "the search")
	}
	claims, err := q.SearchClaimsHolding(ctx, store.SearchClaimsHoldingParams{Words: string(words), Query: fts, MaxHits: int64(limit)})
	if err != nil {
		return nil, storeErr(err, "the search")
	}
	notes, err := q.SearchSpanNotesHolding(ctx, store.SearchSpanNotesHoldingParams{Words: string(words), Query: fts, MaxHits: int64(limit)})
	if err != nil {
		return nil, storeErr(err, "the search")
	}
	quota := fairShares(limit, len(arts), len(claims), len(notes))
	out := make([]SearchHit, 0, quota[0]+quota[1]+quota[2])
	for _, r := range arts[:quota[0]] {
		id := r.ID
		h := SearchHit{Kind: "article", ID: r.ID, ArticleID: &id, Title: r.Title}
		if start, end, ok := firstHeld(r.Body, inside); ok {
			h.Start, h.End = &start, &end
			h.Snippet = heldSnippet(r.Body, inside)
		} else {
			h.Snippet = heldSnippet(r.Title, inside)
		}
		out = append(out, h)
	}
	for _, r := range claims[:quota[1]] {
		id := r.ID
		text := r.Statement
		if _, _, ok := firstHeld(text, inside); !ok {
			text = r.Note
		}
		out = append(out, SearchHit{Kind: "claim", ID: r.ID, ClaimID: &id, Title: r.Statement, Snippet: heldSnippet(text, inside)})
	}
	for _, r := range notes[:quota[2]] {
		aid, start, end := r.ArticleID, r.StartCp, r.EndCp
		out = append(out, SearchHit{Kind: "note", ID: r.ID, ArticleID: &aid, Title: r.ArticleTitle,
			Snippet: heldSnippet(r.Note, inside), Start: &start, End: &end})
	}
	return out, nil
}

// firstHeld is the code-point offsets of the first of words to occur in text.
func firstHeld(text string, words []string) (int64, int64, bool) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.Index(text, w); i >= 0 && (at < 0 || i < at) {
			at, word = i, w
		}
	}
	if at < 0 {
		return 0, 0, false
	}
	start := int64(utf8.RuneCountInString(text[:at]))
	return start, start + int64(utf8.RuneCountInString(word)), true
}

// heldSnippetReach is how many characters a snippet shows on each side of the match:
// about the dozen words FTS5's snippet() shows, in scripts where a word is 2–3 characters.
const heldSnippetReach = 30

// heldSnippet is text around the first of words to occur, that word between markOpen and
// markClose as FTS5's snippet() marks it, with … where the text is cut; the text's start
// when none occurs.
func heldSnippet(text string, words []string) string {
	runes := []rune(text)
	start, end, ok := firstHeld(text, words)
	if !ok {
		if len(runes) > 2*heldSnippetReach {
			return string(runes[:2*heldSnippetReach]) + "…"
		}
		return text
	}
	from, to := max(0, int(start)-heldSnippetReach), min(len(runes), int(end)+heldSnippetReach)
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(string(runes[from:start]) + string(markOpen) + string(runes[start:end]) + string(markClose) + string(runes[end:to]))
	if to < len(runes) {
		b.WriteString("…")
	}
	return b.String()
}
