package app

import (
	"database/sql"
	"encoding/json"
	"fmt"

	"claimdesk/db/store"
)

// ArticleService lists and reads articles.
type ArticleService struct {
	ws *Workspace
}

// ArticleSummary is one row of the article list.
type ArticleSummary struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Source      string `json:"source"`
	SourceID    *int64 `json:"sourceId"`
	PublishedAt string `json:"publishedAt"`
	CharCount   int64  `json:"charCount"`
	ImportedAt  string `json:"importedAt"`
	Version     int64  `json:"version"`
	// Counts for the list (zero in Get): accepted entity and claim mentions, and
	// suggestions not yet reviewed.
	Entities    int64 `json:"entities"`
	Claims      int64 `json:"claims"`
	Suggestions int64 `json:"suggestions"`
}

// Article is a whole article with its text (code points count offsets into Body).
type Article struct {
	ArticleSummary
	// ReadAt is the audit log's newest id when this was read: a save sends it back, and
	// is refused if another window changed the same field since (app/read_at.go).
	ReadAt       int64  `json:"readAt"`
	Body         string `json:"body"`
	SHA256       string `json:"sha256"`
	URL          string `json:"url"`
	Byline       string `json:"byline"`
	Language     string `json:"language"`
	Encoding     string `json:"encoding"`
	OriginalName string `json:"originalName"`
	ImportedBy   string `json:"importedBy"`
}

// List returns every article, newest publication first (unknown dates last).
func (s *ArticleService) List() ([]ArticleSummary, error) {
	return s.list(0, 0, -1)
}

// list returns limit summaries from offset (limit -1: all the rest) of one outlet's
// articles (outlet as ListPageOf's sourceID; 0 every article).
func (s *ArticleService) list(outlet, offset, limit int64) ([]ArticleSummary, error) {
	rows, err := s.ws.DB().Q.ListArticlesPage(s.ws.Context(), store.ListArticlesPageParams{Outlet: outlet, PageLimit: limit, PageOffset: offset})
	if err != nil {
		return nil, storeErr(err, "the article list")
	}
	out := make([]ArticleSummary, 0, len(rows))
	for _, r := range rows {
		out = append(out, ArticleSummary{
			ID: r.ID, Title: r.Title, Source: r.SourceName, SourceID: nullID(r.SourceID),
			PublishedAt: r.PublishedAt, CharCount: r.CharCount, ImportedAt: r.ImportedAt, Version: r.Version,
			Entities: r.EntityCount, Claims: r.ClaimCount, Suggestions: r.SuggestionCount,
		})
	}
	return out, nil
}

// ArticlePage is one page of the article list and the number of articles in all.
type ArticlePage struct {
	Items  []ArticleSummary `json:"items"`
	Total  int64            `json:"total"`
	Offset int64            `json:"offset"`
}

// MaxArticlePage bounds ListPage's limit.
const MaxArticlePage = 1000

// ListPage returns limit articles from offset, in List's order (newest publication
// first), with the total, so the UI shows the first rows at once and fetches the
// others as the analyst scrolls.
func (s *ArticleService) ListPage(offset, limit int64) (ArticlePage, error) {
	return s.ListPageOf(0, offset, limit)
}

// NoOutlet as ListPageOf's sourceID asks for the articles with no outlet.
const NoOutlet = -1

// ListPageOf is ListPage narrowed to one outlet's articles (sourceID > 0; NoOutlet: the
// articles with no outlet; 0: every article, as ListPage), so the analyst can list what
// one outlet published (the article list's outlet filter, Sources' "N articles").
func (s *ArticleService) ListPageOf(sourceID, offset, limit int64) (ArticlePage, error) {
	if sourceID < NoOutlet {
		return ArticlePage{}, Invalid("source id must be positive, 0 (every outlet) or -1 (no outlet), got %d", sourceID)
	}
	if offset < 0 {
		return ArticlePage{}, Invalid("offset must not be negative, got %d", offset)
	}
	if limit <= 0 || limit > MaxArticlePage {
		return ArticlePage{}, Invalid("limit must be between 1 and %d, got %d", MaxArticlePage, limit)
	}
	total, err := s.countOf(sourceID)
	if err != nil {
		return ArticlePage{}, err
	}
	page := ArticlePage{Items: []ArticleSummary{}, Total: total, Offset: offset}
	if offset >= total {
		return page, nil
	}
	if page.Items, err = s.list(sourceID, offset, limit); err != nil {
		return ArticlePage{}, err
	}
	return page, nil
}

// countOf counts one outlet's articles (sourceID as ListPageOf's); a source that does not
// exist is not_found, not an empty list.
func (s *ArticleService) countOf(sourceID int64) (int64, error) {
	ctx, q := s.ws.Context(), s.ws.DB().Q
	var total int64
	var err error
	switch {
	case sourceID == 0:
		total, err = q.CountArticles(ctx)
	case sourceID == NoOutlet:
		total, err = q.CountArticlesOfSource(ctx, sql.NullInt64{})
	default:
		if _, err := q.GetSource(ctx, sourceID); err != nil {
			return 0, storeErr(err, fmt.Sprintf("source %d", sourceID))
		}
		total, err = q.CountArticlesOfSource(ctx, sql.NullInt64{Int64: sourceID, Valid: true})
	}
	if err != nil {
		return 0, storeErr(err, "the article list")
	}
	return total, nil
}

// Get returns one article with its text.
func (s *ArticleService) Get(id int64) (Article, error) {
	if id <= 0 {
		return Article{}, Invalid("article id must be a positive number, got %d", id)
	}
	readAt, err := s.ws.readAtNow(s.ws.DB().Q)
	if err != nil {
		return Article{}, storeErr(err, "the history")
	}
	r, err := s.ws.DB().Q.GetArticle(s.ws.Context(), id)
	if err != nil {
		return Article{}, storeErr(err, fmt.Sprintf("article %d", id))
	}
	a := articleFromRow(r)
	a.ReadAt = readAt
	return a, nil
}

func articleFromRow(r store.GetArticleRow) Article {
	return Article{
		ArticleSummary: ArticleSummary{
			ID: r.ID, Title: r.Title, Source: r.SourceName, SourceID: nullID(r.SourceID),
			PublishedAt: r.PublishedAt, CharCount: r.CharCount, ImportedAt: r.ImportedAt, Version: r.Version,
		},
		Body: r.Body, SHA256: r.BodySha256, URL: r.Url, Byline: r.Byline, Language: r.Language,
		Encoding: r.Encoding, OriginalName: r.OriginalName, ImportedBy: r.ImportedBy,
	}
}

// ArticleChoice is an article as a picker offers it.
type ArticleChoice struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Source      string `json:"source"`
	PublishedAt string `json:"publishedAt"`
}

// MaxArticleChoices bounds Find's limit.
const MaxArticleChoices = 200

// Find is an article picker's type-ahead: up to limit (1–200) articles whose title has
// query's words (the last one as a prefix, as in SearchService), newest publication first;
// query "" (or only punctuation) gives the newest articles. A picker asks for a few at a
// time instead of List's every article (5 MB on 20,000 articles).
func (s *ArticleService) Find(query string, limit int64) ([]ArticleChoice, error) {
	if limit < 1 || limit > MaxArticleChoices {
		return nil, Invalid("limit must be between 1 and %d, got %d", MaxArticleChoices, limit)
	}
	ctx, q := s.ws.Context(), s.ws.DB().Q
	out := []ArticleChoice{}
	add := func(id int64, title, source, published string) {
		out = append(out, ArticleChoice{ID: id, Title: title, Source: source, PublishedAt: published})
	}
	fq, inside := ftsQueryApart(query, writtenWithoutSpaces) // as SearchService reads it
	if fq != "" {
		fq = "title : (" + fq + ")"
	}
	if len(inside) > 0 {
		words, err := json.Marshal(inside)
		if err != nil {
			return nil, Internal(err, "the articles")
		}
		rows, err := q.FindArticlesByTitleHolding(ctx, store.FindArticlesByTitleHoldingParams{Words: string(words), Query: fq, MaxRows: limit})
		if err != nil {
			return nil, storeErr(err, "the articles")
		}
		for _, r := range rows {
			add(r.ID, r.Title, r.SourceName, r.PublishedAt)
		}
		return out, nil
	}
	if fq != "" {
		rows, err := q.FindArticlesByTitle(ctx, store.FindArticlesByTitleParams{Query: fq, MaxRows: limit})
		if err != nil {
			return nil, storeErr(err, "the articles")
		}
		for _, r := range rows {
			add(r.ID, r.Title, r.SourceName, r.PublishedAt)
		}
		return out, nil
	}
	rows, err := q.ListArticleChoices(ctx, limit)
	if err != nil {
		return nil, storeErr(err, "the articles")
	}
	for _, r := range rows {
		add(r.ID, r.Title, r.SourceName, r.PublishedAt)
	}
	return out, nil
}
