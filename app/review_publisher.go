package app

import (
	"database/sql"
	"errors"
	"net/url"
	"strings"

	"claimdesk/db/store"
)

// ReviewPublisher is who publishes the workspace's fact checks, as schema.org ClaimReview
// needs it: the organisation (the review's author) and the pattern of its review pages'
// URLs, where {uuid} stands for the claim's uuid (ClaimReview's required url). It is a
// fact of the workspace, kept in workspace_meta, so every door and every analyst of the
// workspace export the same.
type ReviewPublisher struct {
	Organisation string `json:"organisation"`
	URLPattern   string `json:"urlPattern"` // e.g. https://checks.example.org/claims/{uuid}
}

const (
	metaReviewOrganisation = "review_organisation"
	metaReviewURLPattern   = "review_url_pattern"
)

// ReviewPublisher returns the workspace's publisher settings ("" where unset).
func (s *ExportService) ReviewPublisher() (ReviewPublisher, error) {
	return s.ws.reviewPublisher(s.ws.DB().Q)
}

func (ws *Workspace) reviewPublisher(q *store.Queries) (ReviewPublisher, error) {
	get := func(key string) (string, error) {
		v, err := q.GetMeta(ws.Context(), key)
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		return v, err
	}
	var p ReviewPublisher
	var err error
	if p.Organisation, err = get(metaReviewOrganisation); err != nil {
		return p, storeErr(err, "the review publisher")
	}
	if p.URLPattern, err = get(metaReviewURLPattern); err != nil {
		return p, storeErr(err, "the review publisher")
	}
	return p, nil
}

// SetReviewPublisher stores the publisher. The pattern must be an http(s) URL holding
// {uuid}, so that every review gets its own address; an empty pattern unsets it.
func (s *ExportService) SetReviewPublisher(p ReviewPublisher) (ReviewPublisher, error) {
	p.Organisation = strings.TrimSpace(p.Organisation)
	p.URLPattern = strings.TrimSpace(p.URLPattern)
	if p.URLPattern != "" {
		u, err := url.Parse(strings.ReplaceAll(p.URLPattern, "{uuid}", "x"))
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return ReviewPublisher{}, Invalid("the review URL pattern must be an http(s) address, e.g. https://checks.example.org/claims/{uuid}; got %q", p.URLPattern)
		}
		if !strings.Contains(p.URLPattern, "{uuid}") {
			return ReviewPublisher{}, Invalid("the review URL pattern must hold {uuid} (each claim's review gets its own address); got %q", p.URLPattern)
		}
	}
	ctx := s.ws.Context()
	_, err := s.ws.write(ctx, "the review publisher", func(c *changeSet) error {
		if err := c.q.SetMeta(ctx, store.SetMetaParams{Key: metaReviewOrganisation, Value: p.Organisation}); err != nil {
			return err
		}
		return c.q.SetMeta(ctx, store.SetMetaParams{Key: metaReviewURLPattern, Value: p.URLPattern})
	})
	if err != nil {
		return ReviewPublisher{}, storeErr(err, "the review publisher")
	}
	return p, nil
}

// ReviewURL is the review page of the claim with this uuid ("" while no pattern is set).
func (p ReviewPublisher) ReviewURL(claimUUID string) string {
	if p.URLPattern == "" {
		return ""
	}
	return strings.ReplaceAll(p.URLPattern, "{uuid}", claimUUID)
}

// Warnings names what an export will lack: a ClaimReview export without the publisher
// misses Google's required url and the recommended author.
func (s *ExportService) Warnings(opts ExportOptions) ([]string, error) {
	o, err := CheckExportOptions(opts)
	if err != nil {
		return nil, err
	}
	if o.Format != "claimreview" {
		return []string{}, nil
	}
	p, err := s.ReviewPublisher()
	if err != nil {
		return nil, err
	}
	out := []string{}
	if p.URLPattern == "" {
		out = append(out, "ClaimReview field url is missing (Google requires it): set the review URL pattern, e.g. claimdesk export --review-url 'https://checks.example.org/claims/{uuid}'")
	}
	if p.Organisation == "" {
		out = append(out, "ClaimReview field author is missing (Google recommends the publishing organisation): set it, e.g. claimdesk export --organisation 'Example Checks'")
	}
	return out, nil
}
