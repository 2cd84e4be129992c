package app

import (
	"database/sql"
	"encoding/json"
	"fmt"

	"claimdesk/app/ingest"
)

// Workspaces imported before versions needed a similar text were chained by file base
// name alone: a/001.txt and b/001.txt became versions of one article, with the first
// one's annotations copied onto the second. SuspectVersions finds such links and
// SplitVersion undoes one, on the analyst's word only: nothing is split by itself.

// SuspectVersion is a version link whose texts are not similar and that neither a URL
// nor the analyst declared.
type SuspectVersion struct {
	ArticleID     int64   `json:"articleId"`
	Title         string  `json:"title"`
	Name          string  `json:"name"`
	Version       int64   `json:"version"`
	PreviousID    int64   `json:"previousId"`
	PreviousTitle string  `json:"previousTitle"`
	Similarity    float64 `json:"similarity"`
}

// SplitResult tells what a split changed.
type SplitResult struct {
	ArticleID int64 `json:"articleId"`
	// Removed counts the annotations the import had copied from the previous version
	// and that were still as copied; Kept those changed since (the analyst's work).
	Removed int `json:"removed"`
	Kept    int `json:"kept"`
	// Renumbered counts the later versions whose numbers followed the split article.
	Renumbered int `json:"renumbered"`
}

// SuspectVersions lists version links made by a shared file name whose texts are not
// similar (ingest.Similarity below ingest.VersionSimilarity), oldest first.
func (s *ImportService) SuspectVersions() ([]SuspectVersion, error) {
	ctx, q := s.ws.Context(), s.ws.DB().Q
	links, err := q.ListVersionLinks(ctx)
	if err != nil {
		return nil, storeErr(err, "the article versions")
	}
	out := []SuspectVersion{}
	for _, l := range links {
		if l.Declared != 0 || (l.Url != "" && l.Url == l.PreviousUrl) {
			continue
		}
		body, err := q.GetArticleBody(ctx, l.ID)
		if err != nil {
			return nil, storeErr(err, fmt.Sprintf("article %d", l.ID))
		}
		prev, err := q.GetArticleBody(ctx, l.PreviousID)
		if err != nil {
			return nil, storeErr(err, fmt.Sprintf("article %d", l.PreviousID))
		}
		if sim := ingest.Similarity(prev, body); sim < ingest.VersionSimilarity {
			out = append(out, SuspectVersion{ArticleID: l.ID, Title: l.Title, Name: l.OriginalName, Version: l.Version,
				PreviousID: l.PreviousID, PreviousTitle: l.PreviousTitle, Similarity: sim})
		}
	}
	return out, nil
}

// SplitVersion makes an article that was chained as a version of another an article
// of its own (version 1; its later versions renumbered after it) and removes the
// annotations its import copied from the previous version, unless the analyst has
// changed them since. One audited action: Undo puts the link and the copies back.
func (s *ImportService) SplitVersion(articleID int64) (SplitResult, error) {
	res := SplitResult{ArticleID: articleID}
	ws := s.ws
	a, err := ws.DB().Q.GetArticleForVersion(ws.Context(), articleID)
	if err != nil {
		return res, storeErr(err, fmt.Sprintf("article %d", articleID))
	}
	if !a.PreviousVersionID.Valid {
		return res, Invalid("article %d is not a version of another article: nothing to split", articleID)
	}
	summary := fmt.Sprintf("split “%s” from article %d's versions", clipLabel(a.Title), a.PreviousVersionID.Int64)
	err = ws.change(summary, func(c *changeSet) error {
		carried, err := c.q.ListCarriedOverSpans(c.ctx, articleID)
		if err != nil {
			return err
		}
		for _, sp := range carried {
			if sp.CarriedImage == "" {
				continue // the analyst's own span on this article
			}
			now, err := c.q.ImageSpans(c.ctx, sp.ID)
			if err != nil {
				return err
			}
			if !sameImage(now, sp.CarriedImage) {
				res.Kept++
				continue
			}
			if err := c.deleteSpan(sp.ID); err != nil {
				return err
			}
			res.Removed++
		}
		// The article starts its own chain; the versions after it follow it.
		version := int64(1)
		if err := c.setVersion(articleID, nil, version); err != nil {
			return err
		}
		for id := articleID; ; {
			next, err := c.q.NextVersionOf(c.ctx, sql.NullInt64{Int64: id, Valid: true})
			if err != nil {
				break
			}
			version++
			if err := c.setVersion(next, &id, version); err != nil {
				return err
			}
			res.Renumbered++
			id = next
		}
		return nil
	})
	return res, err
}

// setVersion places article id in a chain (previous nil: first), audited.
func (c *changeSet) setVersion(id int64, previous *int64, version int64) error {
	return c.update("articles", id, func() error {
		prev := any(nil)
		if previous != nil {
			prev = *previous
		}
		image, err := json.Marshal(map[string]any{"id": id, "previous_version_id": prev, "version": version})
		if err != nil {
			return err
		}
		return c.q.RevertArticleVersion(c.ctx, string(image))
	})
}
