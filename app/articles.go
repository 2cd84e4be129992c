package app

import (
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
	rows, err := s.ws.DB().Q.ListArticles(s.ws.Context())
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

// Get returns one article with its text.
func (s *ArticleService) Get(id int64) (Article, error) {
	if id <= 0 {
		return Article{}, Invalid("article id must be a positive number, got %d", id)
	}
	r, err := s.ws.DB().Q.GetArticle(s.ws.Context(), id)
	if err != nil {
		return Article{}, storeErr(err, fmt.Sprintf("article %d", id))
	}
	return articleFromRow(r), nil
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
