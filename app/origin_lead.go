package app

import (
	"claimdesk/app/match"
	"claimdesk/db/store"
)

// A wire story's lead tells the news in the outlet's voice and gives its sources further
// down ("An explosion tore through a pipeline, killing two people." ... "The Interior
// Ministry put the toll at two dead."). Such a lead restates them and adds no origin of
// its own (docs/verification-eval.md, "The gold file"): a mention the origin rule read as
// the outlet's own reporting in the article's lead is unattributed when the same claim has
// a mention later in that article with a source. Only the rule's readings change; the
// analyst's attributions stay as they are.

// leadRestated reports whether mention p (read by the rule as the outlet's own reporting,
// at [start, end) of body) is a lead that another mention of the claim in the article
// attributes to a source.
func leadRestated(body string, start int, spanID, articleID int64, siblings []store.ListMentionsForClaimRow) bool {
	if !match.InLead(body, start) {
		return false
	}
	for _, s := range siblings {
		if s.SpanID != spanID && s.ArticleID == articleID && s.State != "rejected" && s.StartCp > int64(start) && attributed(s) {
			return true
		}
	}
	return false
}

// attributed reports whether a mention's chain has a root other than its outlet's own
// reporting.
func attributed(s store.ListMentionsForClaimRow) bool {
	return s.OriginSourceID.Valid || s.SpeakerEntityID.Valid || s.ChannelSourceID.Valid
}

// unattributeLeads makes the rule's own-reporting readings of the claim's lead mentions
// in the article unattributed, now that mention spanID (later in the article) gives a
// source for the claim.
func (c *changeSet) unattributeLeads(claimID, spanID, articleID int64, body string, start int64) error {
	siblings, err := c.q.ListMentionsForClaim(c.ctx, claimID)
	if err != nil {
		return err
	}
	for _, s := range siblings {
		if s.SpanID == spanID || s.ArticleID != articleID || s.StartCp >= start || s.OwnReporting == 0 || s.AttributionBy != ruleOrigin || !match.InLead(body, int(s.StartCp)) {
			continue
		}
		cur, err := c.q.GetClaimMention(c.ctx, s.SpanID)
		if err != nil {
			return err
		}
		p := mentionParams(cur)
		p.OwnReporting = 0
		if err := c.update("claim_mentions", s.SpanID, func() error { return c.q.UpdateClaimMention(c.ctx, p) }); err != nil {
			return err
		}
	}
	return nil
}

// reattributeLeads gives back their own reporting to the rule-read lead mentions of the
// claim in the article that no later mention attributes any more: the mention that gave
// the source was removed, or the analyst cleared its attribution. Without it the lead
// stayed unattributed and the claim an origin short. A lead whose rule reading is not the
// outlet's own reporting (the lead names a source, or nothing) stays as it is.
func (c *changeSet) reattributeLeads(claimID, articleID int64) error {
	siblings, err := c.q.ListMentionsForClaim(c.ctx, claimID)
	if err != nil {
		return err
	}
	var art *store.GetArticleRow
	for _, s := range siblings {
		if s.ArticleID != articleID || s.State == "rejected" || s.AttributionBy != ruleOrigin || s.OwnReporting != 0 || attributed(s) {
			continue
		}
		if art == nil {
			a, err := c.q.GetArticle(c.ctx, articleID)
			if err != nil {
				return err
			}
			art = &a
		}
		start := int(s.StartCp)
		if !match.InLead(art.Body, start) || leadRestated(art.Body, start, s.SpanID, articleID, siblings) {
			continue
		}
		if o := match.ReadOrigin(art.Body, start, int(s.EndCp), art.SourceName); o.RootKind != "outlet" {
			continue
		}
		cur, err := c.q.GetClaimMention(c.ctx, s.SpanID)
		if err != nil {
			return err
		}
		p := mentionParams(cur)
		p.OwnReporting = 1
		if err := c.update("claim_mentions", s.SpanID, func() error { return c.q.UpdateClaimMention(c.ctx, p) }); err != nil {
			return err
		}
	}
	return nil
}
