package app

import (
	"database/sql"
	"fmt"
	"strings"

	"claimdesk/db/store"
)

// AssessmentService grades claims. Verification is a history: each assessment (grade,
// rationale, evidence) is appended, never edited; the claim shows the latest.
type AssessmentService struct {
	ws *Workspace
}

// Assessment is one graded judgement of a claim.
type Assessment struct {
	ID               int64      `json:"id"`
	ClaimID          int64      `json:"claimId"`
	Credibility      int64      `json:"credibility"`
	CredibilityLabel string     `json:"credibilityLabel"`
	Rationale        string     `json:"rationale"`
	Analyst          string     `json:"analyst"`
	Origin           string     `json:"origin"`
	AssessedAt       string     `json:"assessedAt"`
	Evidence         []Evidence `json:"evidence"`
}

// Evidence behind an assessment: a span, a whole article or an external URL, with a stance.
type Evidence struct {
	ID           int64  `json:"id"`
	Stance       string `json:"stance"`
	SpanID       *int64 `json:"spanId"`
	ArticleID    *int64 `json:"articleId"`
	ArticleTitle string `json:"articleTitle"`
	Quote        string `json:"quote"`
	URL          string `json:"url"`
	Note         string `json:"note"`
}

// AssessmentInput grades a claim.
type AssessmentInput struct {
	ClaimID     int64           `json:"claimId"`
	Credibility int64           `json:"credibility"`
	Rationale   string          `json:"rationale"`
	Evidence    []EvidenceInput `json:"evidence"`
}

// EvidenceInput is one piece of evidence: at least one of SpanID, ArticleID, URL. A span's
// article is recorded too, so the evidence still points somewhere if the span goes.
type EvidenceInput struct {
	Stance    string `json:"stance"`
	SpanID    *int64 `json:"spanId"`
	ArticleID *int64 `json:"articleId"`
	URL       string `json:"url"`
	Note      string `json:"note"`
}

// Add appends an assessment with its evidence, as one action.
func (s *AssessmentService) Add(in AssessmentInput) (Assessment, error) {
	if err := checkCredibility(in.Credibility); err != nil {
		return Assessment{}, err
	}
	for i := range in.Evidence {
		ev := &in.Evidence[i]
		if !evidenceStances[ev.Stance] {
			return Assessment{}, Invalid("evidence %d: stance must be supports, refutes or context; got %q", i+1, ev.Stance)
		}
		if ev.SpanID != nil && *ev.SpanID == 0 {
			ev.SpanID = nil
		}
		if ev.ArticleID != nil && *ev.ArticleID == 0 {
			ev.ArticleID = nil
		}
		u, err := checkURL(fmt.Sprintf("evidence %d: the url", i+1), ev.URL)
		if err != nil {
			return Assessment{}, err
		}
		ev.URL = u
		if ev.SpanID == nil && ev.ArticleID == nil && ev.URL == "" {
			return Assessment{}, Invalid("evidence %d needs a span, an article or a url", i+1)
		}
	}
	var id int64
	label := fmt.Sprintf("grade claim %d: %d %s", in.ClaimID, in.Credibility, CredibilityLabel(in.Credibility))
	err := s.ws.change(label, func(c *changeSet) error {
		cl, err := c.q.GetClaim(c.ctx, in.ClaimID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim %d", in.ClaimID))
		}
		c.summary = fmt.Sprintf("grade “%s” %d (%s)", clipLabel(cl.Statement), in.Credibility, CredibilityLabel(in.Credibility))
		id, err = c.q.CreateAssessment(c.ctx, store.CreateAssessmentParams{
			ClaimID: in.ClaimID, Credibility: in.Credibility, Rationale: strings.TrimSpace(in.Rationale),
			Analyst: c.ws.Analyst, Origin: "analyst", AssessedAt: c.at,
		})
		if err != nil {
			return err
		}
		if err := c.created("assessments", id); err != nil {
			return err
		}
		for i, ev := range in.Evidence {
			var spanID, articleID sql.NullInt64
			if ev.SpanID != nil {
				sp, err := c.q.GetSpan(c.ctx, *ev.SpanID)
				if err != nil {
					return storeErr(err, fmt.Sprintf("span %d", *ev.SpanID))
				}
				if ev.ArticleID != nil && *ev.ArticleID != sp.ArticleID {
					return Invalid("evidence %d: span %d is in article %d, not article %d", i+1, sp.ID, sp.ArticleID, *ev.ArticleID)
				}
				spanID = sql.NullInt64{Int64: sp.ID, Valid: true}
				articleID = sql.NullInt64{Int64: sp.ArticleID, Valid: true}
			} else if ev.ArticleID != nil {
				if _, err := c.q.GetArticleBody(c.ctx, *ev.ArticleID); err != nil {
					return storeErr(err, fmt.Sprintf("article %d", *ev.ArticleID))
				}
				articleID = sql.NullInt64{Int64: *ev.ArticleID, Valid: true}
			}
			eid, err := c.q.CreateEvidence(c.ctx, store.CreateEvidenceParams{
				AssessmentID: id, Stance: ev.Stance, SpanID: spanID, ArticleID: articleID,
				Url: ev.URL, Note: strings.TrimSpace(ev.Note), CreatedAt: c.at,
			})
			if err != nil {
				return err
			}
			if err := c.created("evidence", eid); err != nil {
				return err
			}
		}
		return c.touchClaim(in.ClaimID)
	})
	if err != nil {
		return Assessment{}, err
	}
	list, err := s.ws.assessmentsForClaim(s.ws.DB().Q, in.ClaimID)
	if err != nil {
		return Assessment{}, err
	}
	for _, a := range list {
		if a.ID == id {
			return a, nil
		}
	}
	return Assessment{}, NotFound("assessment %d does not exist", id)
}

// ListForClaim returns a claim's assessments, newest first (the first is its current grade).
func (s *AssessmentService) ListForClaim(claimID int64) ([]Assessment, error) {
	if _, err := s.ws.DB().Q.GetClaim(s.ws.Context(), claimID); err != nil {
		return nil, storeErr(err, fmt.Sprintf("claim %d", claimID))
	}
	return s.ws.assessmentsForClaim(s.ws.DB().Q, claimID)
}

func (ws *Workspace) assessmentsForClaim(q *store.Queries, claimID int64) ([]Assessment, error) {
	ctx := ws.Context()
	rows, err := q.ListAssessmentsForClaim(ctx, claimID)
	if err != nil {
		return nil, storeErr(err, "the claim's assessments")
	}
	evRows, err := q.ListEvidenceForClaim(ctx, claimID)
	if err != nil {
		return nil, storeErr(err, "the claim's evidence")
	}
	evidence := map[int64][]Evidence{}
	for _, e := range evRows {
		evidence[e.AssessmentID] = append(evidence[e.AssessmentID], Evidence{
			ID: e.ID, Stance: e.Stance, SpanID: nullID(e.SpanID), ArticleID: nullID(e.ArticleID),
			ArticleTitle: e.ArticleTitle, Quote: e.Quote, URL: e.Url, Note: e.Note,
		})
	}
	out := make([]Assessment, 0, len(rows))
	for _, r := range rows {
		out = append(out, Assessment{
			ID: r.ID, ClaimID: r.ClaimID, Credibility: r.Credibility, CredibilityLabel: CredibilityLabel(r.Credibility),
			Rationale: r.Rationale, Analyst: r.Analyst, Origin: r.Origin, AssessedAt: r.AssessedAt,
			Evidence: orEmpty(evidence[r.ID]),
		})
	}
	return out, nil
}
