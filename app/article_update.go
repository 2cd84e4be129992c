package app

import (
	"database/sql"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"claimdesk/app/ingest"
	"claimdesk/db/store"
)

// ArticleUpdate is the analyst's edit of an article's own facts. Every field is the new
// value; "" means unknown. The text is immutable and not part of it.
type ArticleUpdate struct {
	// Outlet is the publishing outlet by name: an existing source (by name, or by an alias
	// in the reading's sources table: "AP" is "Associated Press"), else a new source of
	// that name. "" leaves the article without an outlet.
	Outlet string `json:"outlet"`
	// PublishedAt is "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (time as printed); a new day not
	// after today (the day the article already has is kept, even ahead: notAhead).
	PublishedAt string `json:"publishedAt"`
	URL         string `json:"url"`      // http(s) URL
	Byline      string `json:"byline"`   // the author(s) as printed
	Language    string `json:"language"` // a language tag: "en", "ko", "pt-BR"
	// ReadAt is the record's readAt as the form read it: a save over a field another
	// window changed since is refused with conflict (app/read_at.go). Null: not checked.
	ReadAt *int64 `json:"readAt"`
}

// Limits on the metadata fields (characters).
const (
	maxOutletLen = ingest.MaxSourceName
	maxURLLen    = 2000
	maxBylineLen = 300
)

var (
	publishedRe = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$`)
	languageRe  = regexp.MustCompile(`^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$`)
)

// Update sets an article's outlet, publication date/time, URL, byline and language as one
// audited, undoable action. The article's claim mentions are read again against the new
// publication date in the same action, so relative dates ("last week") follow at once and
// one undo restores both. Bad input is refused with an invalid error and changes nothing.
func (s *ArticleService) Update(id int64, in ArticleUpdate) (Article, error) {
	if id <= 0 {
		return Article{}, Invalid("article id must be a positive number, got %d", id)
	}
	in, err := s.cleanUpdate(in)
	if err != nil {
		return Article{}, err
	}
	err = s.ws.change(fmt.Sprintf("edit the details of article %d", id), func(c *changeSet) error {
		cur, err := c.q.GetArticle(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("article %d", id))
		}
		c.summary = "edit the details of “" + clipLabel(cur.Title) + "”"
		if newDay, _, _ := strings.Cut(in.PublishedAt, "T"); newDay != "" && !strings.HasPrefix(cur.PublishedAt, newDay) {
			if err := s.notAhead(in.PublishedAt); err != nil {
				return err
			}
		}
		if err := c.guard("articles", id, in.ReadAt, "article"); err != nil {
			return err
		}
		sourceID := cur.SourceID
		if !sameSourceName(cur.SourceName, in.Outlet) || !cur.SourceID.Valid {
			// the editor sends the outlet back unchanged with every edit: only a changed
			// one is looked up, so an outlet an older build named is not moved
			if sourceID, err = c.outletSource(in.Outlet); err != nil {
				return err
			}
		}
		p := store.UpdateArticleMetadataParams{ID: id, SourceID: sourceID, Url: in.URL, Byline: in.Byline,
			Language: in.Language, PublishedAt: in.PublishedAt}
		if err := c.update("articles", id, func() error { return c.q.UpdateArticleMetadata(c.ctx, p) }); err != nil {
			return err
		}
		if in.PublishedAt == cur.PublishedAt {
			return nil
		}
		ids, err := c.q.ListMentionSpanIDsForArticle(c.ctx, id)
		if err != nil {
			return err
		}
		for _, spanID := range ids {
			if err := c.normalizeMention(spanID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Article{}, err
	}
	return s.Get(id)
}

// cleanUpdate trims the fields and checks them, naming the first one that is wrong.
func (s *ArticleService) cleanUpdate(in ArticleUpdate) (ArticleUpdate, error) {
	in.Outlet = sourceName(in.Outlet)
	in.PublishedAt = strings.TrimSpace(in.PublishedAt)
	in.URL = strings.TrimSpace(in.URL)
	in.Byline = strings.Join(strings.Fields(in.Byline), " ")
	in.Language = strings.TrimSpace(in.Language)
	switch {
	case len([]rune(in.Outlet)) > maxOutletLen:
		return in, Invalid("the outlet name is longer than %d characters", maxOutletLen)
	case len([]rune(in.Byline)) > maxBylineLen:
		return in, Invalid("the byline is longer than %d characters", maxBylineLen)
	case strings.ContainsFunc(in.Outlet+in.Byline, unicode.IsControl):
		return in, Invalid("the outlet and byline must be plain text on one line")
	case in.Language != "" && !languageRe.MatchString(in.Language):
		return in, Invalid("language must be a language tag such as en, ko or pt-BR; got %q", in.Language)
	}
	if in.URL != "" {
		u, err := url.Parse(in.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(in.URL) > maxURLLen {
			return in, Invalid("the URL must be an http or https address of at most %d characters; got %q", maxURLLen, clipLabel(in.URL))
		}
	}
	if in.PublishedAt != "" {
		m := publishedRe.FindStringSubmatch(in.PublishedAt)
		if m == nil {
			return in, Invalid("the publication date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM; got %q", in.PublishedAt)
		}
		d, err := time.Parse(time.DateOnly, m[1])
		if err != nil {
			return in, Invalid("%s is not a calendar date", m[1])
		}
		if m[2] != "" && (m[2] > "23" || m[3] > "59") {
			return in, Invalid("%s:%s is not a time of day", m[2], m[3])
		}
		if d.Year() < 1800 {
			return in, Invalid("the publication date %s is before 1800", m[1])
		}
	}
	return in, nil
}

// notAhead refuses a publication date after tomorrow, with a day of slack: the outlet's
// clock may run ahead of the analyst's. It holds for a date the analyst gives, not for one
// an article already has: an import keeps the date its text states, and Edit details then
// saves its other fields beside it (uxwalk5).
func (s *ArticleService) notAhead(published string) error {
	if day := aheadOfToday(published, s.ws.Clock()); day != "" {
		return Invalid("the publication date %s is in the future", day)
	}
	return nil
}

// aheadOfToday returns the day of a publication date ("2027-03-10" of
// "2027-03-10T08:00") when it lies after tomorrow of now (UTC), else "": the one rule
// of a date ahead, for Edit details (refused) and an import (kept, and said).
func aheadOfToday(published string, now time.Time) string {
	day, _, _ := strings.Cut(published, "T")
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return "" // no date, or cleanUpdate has refused it already
	}
	if today := now.UTC().Truncate(24 * time.Hour); d.After(today.AddDate(0, 0, 1)) {
		return day
	}
	return ""
}

// outletSource finds the source an outlet name means ("AP" → "Associated Press"),
// creating it (logged) when the workspace has none; no outlet is no source.
func (c *changeSet) outletSource(name string) (sql.NullInt64, error) {
	if strings.TrimSpace(name) == "" {
		return sql.NullInt64{}, nil
	}
	id, err := c.source(name, "outlet")
	return sql.NullInt64{Int64: id, Valid: err == nil}, err
}
