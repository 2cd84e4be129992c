package app

// A new version of an article gets the previous version's annotations, re-anchored.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"claimdesk/app/textspan"
	"claimdesk/db/store"
)

// copyAnnotations copies every span of article from (with its claim mention and tags)
// onto article to, whose text is body, re-anchoring each by position, quote and
// context. Each copy is logged in the audit log as one action. Orphans are kept.
func (c *changeSet) copyAnnotations(from, to int64, body string, fromLen int) (AnchorCounts, error) {
	var counts AnchorCounts
	spans, err := c.q.ListSpansToCopy(c.ctx, from)
	if err != nil || len(spans) == 0 {
		return counts, err
	}
	links, err := c.q.ListSpanTagLinksForArticle(c.ctx, from)
	if err != nil {
		return counts, err
	}
	tagsOf := map[int64][]int64{}
	for _, l := range links {
		tagsOf[l.SpanID] = append(tagsOf[l.SpanID], l.TagID)
	}
	text := textspan.New(body)
	for _, sp := range spans {
		old := textspan.Anchor{Start: int(sp.StartCp), End: int(sp.EndCp), Quote: sp.Quote, Prefix: sp.Prefix, Suffix: sp.Suffix}
		a, status := textspan.Reanchor(old, text, fromLen)
		switch status {
		case textspan.StatusExact:
			counts.Exact++
		case textspan.StatusFuzzy:
			counts.Fuzzy++
		default:
			counts.Orphan++
		}
		id, err := c.q.CopySpan(c.ctx, store.CopySpanParams{
			ArticleID: to, Kind: sp.Kind, EntityType: sp.EntityType, EntityID: sp.EntityID,
			StartCp: int64(a.Start), EndCp: int64(a.End), Quote: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix,
			AnchorStatus: status, State: sp.State, Origin: sp.Origin, Confidence: sp.Confidence,
			Note: sp.Note, Annotator: sp.Annotator, CreatedAt: sp.CreatedAt, UpdatedAt: c.at,
			ProposedName: sp.ProposedName, Normalized: sp.Normalized, Hedge: sp.Hedge, SpeakerName: sp.SpeakerName,
		})
		if err != nil {
			return counts, err
		}
		if err := c.created("spans", id); err != nil {
			return counts, err
		}
		if img, err := c.q.ImageClaimMentions(c.ctx, sp.ID); err == nil {
			var m map[string]any
			if err := json.Unmarshal([]byte(img), &m); err != nil {
				return counts, err
			}
			m["span_id"] = id
			copied, _ := json.Marshal(m)
			if err := c.q.RestoreClaimMentions(c.ctx, string(copied)); err != nil {
				return counts, err
			}
			if err := c.created("claim_mentions", id); err != nil {
				return counts, err
			}
			// read again in the new version: its date (and the re-anchored quote) may differ
			if err := c.normalizeMention(id); err != nil {
				return counts, err
			}
		} else if !errors.Is(err, sql.ErrNoRows) {
			return counts, err
		}
		for _, tagID := range tagsOf[sp.ID] {
			if err := c.linked("span_tags", linkImage("span_id", id, "tag_id", tagID)); err != nil {
				return counts, err
			}
		}
	}
	return counts, nil
}

// nextVersion returns the article's next version, if it has one.
func (c *changeSet) nextVersion(articleID int64) (int64, bool, error) {
	next, err := c.q.NextVersionOf(c.ctx, sql.NullInt64{Int64: articleID, Valid: true})
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return next, err == nil, err
}

// newestVersion refuses a decision on an article that has a newer version (conflict): a
// proposal made before the new version came is stale, and a mention put on the old
// version would be one nobody reads (proposals and the reader's newest text skip it) and
// the new version never receives.
func (c *changeSet) newestVersion(articleID int64) error {
	next, found, err := c.nextVersion(articleID)
	if !found {
		return err
	}
	return Conflict("article %d has a newer version (article %d) since this was proposed; propose again to decide on its text", articleID, next)
}

// suggestionOnNewestVersion refuses a decision on an entity suggestion of an article that
// has a newer version (conflict), as newestVersion does for a claim's proposal: the new
// version got a copy of the suggestion, and that copy, the one the reader shows, would
// stay waiting. It names the newest version (not just the next), where the analyst decides.
func (c *changeSet) suggestionOnNewestVersion(articleID int64) error {
	newest, err := newestVersionOf(c.ctx, c.q, articleID)
	if err != nil || newest == articleID {
		return err
	}
	a, err := c.q.GetArticleForVersion(c.ctx, newest)
	if err != nil {
		return err
	}
	return Conflict("This article has a newer version (version %d, article %d): decide there", a.Version, a.ID)
}

// newestVersionOf is the newest version of article id's story, following its later
// versions (id itself when none is newer): where suggestions are listed, decided and made.
func newestVersionOf(ctx context.Context, q *store.Queries, id int64) (int64, error) {
	newest, seen := id, map[int64]bool{id: true}
	for {
		next, err := q.NextVersionOf(ctx, sql.NullInt64{Int64: newest, Valid: true})
		if errors.Is(err, sql.ErrNoRows) || (err == nil && seen[next]) { // seen: links that loop
			return newest, nil
		}
		if err != nil {
			return 0, err
		}
		newest, seen[next] = next, true
	}
}
