package app

import (
	"database/sql"
	"fmt"

	"claimdesk/app/match"
	"claimdesk/db/store"
)

// Who suggested a mention's attribution or stance (claim_mentions.attribution_by and
// stance_by); "analyst" is the analyst's own.
const (
	ruleOrigin = "rule:origin"
	ruleStance = "rule:stance"
)

// readMention suggests what the text says of a mention just made, however it was made
// (marked by hand, accepted from a match proposal): its origin chain (match.ReadOrigin:
// the root, and the medium that relayed it) unless the analyst gave an attribution, and
// its stance toward the claim (match.ReadStance against the claim's statement). The caller
// then normalises the mention's figure or date. Suggested values are marked as the rule's,
// count at once, and the analyst changes them on the claim page. Call it right after
// inserting the claim_mentions row and before logging its creation: the reading is part
// of the created row (one "create" entry), and the normalisation is logged after it.
func (c *changeSet) readMention(spanID int64, attribution bool) error {
	m, err := c.q.GetClaimMention(c.ctx, spanID)
	if err != nil {
		return storeErr(err, fmt.Sprintf("claim mention %d", spanID))
	}
	sp, err := c.q.GetSpan(c.ctx, spanID)
	if err != nil {
		return err
	}
	art, err := c.q.GetArticle(c.ctx, sp.ArticleID)
	if err != nil {
		return err
	}
	cl, err := c.q.GetClaim(c.ctx, m.ClaimID)
	if err != nil {
		return err
	}
	p := store.UpdateClaimMentionParams{
		SpanID: spanID, RawValue: m.RawValue, Hedge: m.Hedge, SpeakerEntityID: m.SpeakerEntityID,
		ChannelSourceID: m.ChannelSourceID, ChannelText: m.ChannelText, IsDirectQuote: m.IsDirectQuote,
		OriginSourceID: m.OriginSourceID, OwnReporting: m.OwnReporting, AttributionBy: m.AttributionBy,
		Stance: m.Stance, StanceBy: m.StanceBy,
	}
	if attribution {
		o := match.ReadOrigin(art.Body, int(sp.StartCp), int(sp.EndCp), art.SourceName)
		if o, err = c.resolveVagueOrigin(o, m.ClaimID, sp.ArticleID); err != nil {
			return err
		}
		p.OriginSourceID, p.ChannelSourceID, p.AttributionBy, p.OwnReporting = sql.NullInt64{}, sql.NullInt64{}, ruleOrigin, 0
		if match.Quoted(art.Body, int(sp.StartCp), int(sp.EndCp)) {
			p.IsDirectQuote = 1 // the speaker's own words, as the origin is the text's reading
		}
		siblings, err := c.q.ListMentionsForClaim(c.ctx, m.ClaimID)
		if err != nil {
			return err
		}
		if o.RootKind == "outlet" && !leadRestated(art.Body, int(sp.StartCp), spanID, sp.ArticleID, siblings) {
			p.OwnReporting, p.ChannelText = 1, ""
		} else if o.RootKind == "outlet" {
			p.ChannelText = "" // a lead the article attributes further down (origin_lead.go)
		} else if o.Root != "" {
			id, err := c.source(o.Root, o.RootKind)
			if err != nil {
				return err
			}
			p.OriginSourceID = sql.NullInt64{Int64: id, Valid: true}
			p.ChannelText = o.Cue
			if err := c.unattributeLeads(m.ClaimID, spanID, sp.ArticleID, art.Body, sp.StartCp); err != nil {
				return err
			}
		}
		if o.Channel != "" {
			id, err := c.source(o.Channel, "agency")
			if err != nil {
				return err
			}
			p.ChannelSourceID = sql.NullInt64{Int64: id, Valid: true}
		}
	}
	if !attribution && (m.SpeakerEntityID.Valid || m.ChannelSourceID.Valid || m.OriginSourceID.Valid) {
		// the analyst gave this mention its source: a lead above it that restates it adds none
		if err := c.unattributeLeads(m.ClaimID, spanID, sp.ArticleID, art.Body, sp.StartCp); err != nil {
			return err
		}
	}
	// read in the article: "The operator denies that." refuses the sentence before it
	p.Stance, _ = match.ReadStanceInText(cl.Statement, art.Body, int(sp.StartCp), int(sp.EndCp))
	p.StanceBy = ruleStance
	return c.q.UpdateClaimMention(c.ctx, p)
}

// rereadMention reads a mention that has just become accepted (a rejected or suggested
// proposal accepted after all) as readMention reads a new one, logged as its update, and
// normalises its values: accepted, it counts like any other. What the analyst set stays:
// an attribution or a stance of theirs is not read again.
func (c *changeSet) rereadMention(spanID int64) error {
	was, err := c.q.GetClaimMention(c.ctx, spanID)
	if err != nil {
		return storeErr(err, fmt.Sprintf("claim mention %d", spanID))
	}
	err = c.update("claim_mentions", spanID, func() error {
		if err := c.readMention(spanID, was.AttributionBy != "analyst"); err != nil {
			return err
		}
		if was.StanceBy != "analyst" {
			return nil
		}
		now, err := c.q.GetClaimMention(c.ctx, spanID)
		if err != nil {
			return err
		}
		p := mentionParams(now)
		p.Stance, p.StanceBy = was.Stance, was.StanceBy
		return c.q.UpdateClaimMention(c.ctx, p)
	})
	if err != nil {
		return err
	}
	return c.normalizeMention(spanID)
}
