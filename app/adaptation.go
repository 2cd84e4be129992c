package app

import (
	"context"
	"fmt"
	"sync"

	"claimdesk/app/suggest"
	"claimdesk/db/store"
)

// Learning from the analyst: the names accepted, marked by hand and rejected in a
// workspace adapt the suggester's tagger to it (suggest.Adapt). The adaptation is
// learned from the decisions themselves, read from the workspace, so it is stored
// where they are and an undo takes its effect back: nothing else is written. It is
// learned again only when the decisions change (AdaptationFingerprint).

// adaptMaxArticles bounds the articles learned from (the newest decided ones), so a
// run's set-up stays short on a large workspace. adaptMaxChars bounds the text learned
// from in all, and adaptMaxArticleChars the text of one article: learning costs about
// 1.6 s per 200,000 characters of name-dense text (BenchmarkAdaptationLongArticle), and
// one 10 MB article would otherwise cost a minute on every run after a decision.
const (
	adaptMaxArticles     = 200
	adaptMaxChars        = 400_000
	adaptMaxArticleChars = 50_000
)

// adaptationCache keeps the last adaptation, the decisions it was learned from
// (fingerprint) and the audit log's position when they were read (at).
type adaptationCache struct {
	mu       sync.Mutex
	at       suggestInputs
	key      string
	model    *suggest.Model
	articles map[int64]bool // the articles it was learned from
	// base is the tagger it was learned on: an adaptation is a delta on that
	// model, in its label encoding, and is learned again for another one
	base *suggest.Model
}

// adaptation returns the workspace's adaptation, nil when there is no decision. When
// nothing at all was changed since the last run (the audit log has not moved:
// suggest_cache.go) the last one is returned without reading anything; else the
// decisions' fingerprint (a read of every entity span) decides whether to learn again,
// since most changes (a run's suggestions and their undo) leave the decisions as they were.
func (s *SuggestionService) adaptation(ctx context.Context, in suggestInputs) (*suggest.Model, error) {
	c := &s.adapt
	c.mu.Lock()
	defer c.mu.Unlock()
	if base := suggest.DefaultModel(); c.base != base {
		c.at, c.key, c.base = suggestInputs{}, "", base // learned on another tagger: learn again
	}
	if c.at.db == in.db && c.at.any == in.any && c.at.db != nil {
		return c.model, nil
	}
	db := in.db
	if c.at.db == db {
		// Only waiting suggestions made or removed since, none in an article learned
		// from (where they would change whether the analyst has been through it): the
		// decisions are as they were.
		touched, only, err := suggestionsOnlySince(ctx, db.Q, c.at.any)
		if err != nil {
			return nil, err
		}
		if only && !anyOf(touched, c.articles) {
			c.at = in
			return c.model, nil
		}
	}
	fp, err := db.Q.AdaptationFingerprint(ctx)
	if err != nil {
		return nil, storeErr(err, "the analyst's decisions")
	}
	if fp.Decided == 0 {
		c.at, c.key, c.model, c.articles = in, "", nil, nil
		return nil, nil
	}
	key := fmt.Sprintf("%d %d %d", fp.Decided, fp.Checksum, fp.MaxSpanID)
	if c.at.db == db && c.key == key {
		c.at = in
		return c.model, nil
	}
	arts, err := db.Q.ListAdaptationArticles(ctx, store.ListAdaptationArticlesParams{
		MaxChars: adaptMaxArticleChars, MaxArticles: adaptMaxArticles})
	if err != nil {
		return nil, storeErr(err, "the analyst's decisions")
	}
	docs := make([]suggest.AdaptDoc, 0, len(arts))
	learned := make(map[int64]bool, len(arts))
	budget := adaptMaxChars
	for _, a := range arts {
		learned[a.ID] = true
		if budget <= 0 {
			break
		}
		text, length := a.Body, min(int(a.CharCount), adaptMaxArticleChars)
		if length > budget || int(a.CharCount) > length {
			text, length = clipAtBreak(a.Body, min(length, budget))
		}
		budget -= length
		rows, err := db.Q.ListEntitySpanKeys(ctx, a.ID)
		if err != nil {
			return nil, storeErr(err, "the analyst's decisions")
		}
		d := suggest.AdaptDoc{Text: text, Complete: a.Reviewed == 1}
		for _, r := range rows {
			if r.EntityType != suggest.TypePerson && r.EntityType != suggest.TypeOrganisation && r.EntityType != suggest.TypePlace {
				continue
			}
			if int(r.EndCp) > length {
				continue // past the part learned from
			}
			sp := suggest.GoldSpan{Start: int(r.StartCp), End: int(r.EndCp), Type: r.EntityType}
			switch r.State {
			case "accepted":
				d.Accepted = append(d.Accepted, sp)
			case "rejected":
				d.Rejected = append(d.Rejected, sp)
			}
		}
		docs = append(docs, d)
	}
	c.at, c.key, c.model, c.articles = in, key, suggest.Adapt(docs), learned
	return c.model, nil
}

// anyOf reports whether a and b share a key.
func anyOf(a, b map[int64]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// clipAtBreak cuts text to at most n code points, at the last line break (else space)
// in the second half of that, so no name is cut through; it returns the text kept and
// its length in code points. A reviewed article stays reviewed in the part kept.
func clipAtBreak(text string, n int) (string, int) {
	r := []rune(text)
	if len(r) <= n {
		return text, len(r)
	}
	cut := n
	for _, sep := range []rune{'\n', ' '} {
		for i := n; i > n/2; i-- {
			if r[i-1] == sep {
				cut = i
				break
			}
		}
		if cut != n {
			break
		}
	}
	return string(r[:cut]), cut
}
