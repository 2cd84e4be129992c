package app

import "claimdesk/app/match"

// siblingOffice is the office another article of the claim already rests a mention on by
// its full name ("Ministry of Health", in a report that names no country) when this
// mention's government is read from that office worded by country and remit ("Velmark's
// health ministry"): one ministry, one origin, not two; "" when there is none or more than
// one.
func (c *changeSet) siblingOffice(o match.OriginReading, claimID, articleID int64) (string, error) {
	if o.RootKind != "government" || o.Vague != "" || o.Cue == "" {
		return "", nil
	}
	mentions, err := c.q.ListMentionsForClaim(c.ctx, claimID)
	if err != nil {
		return "", err
	}
	found := ""
	for _, m := range mentions {
		if m.ArticleID == articleID || !m.OriginSourceID.Valid || !match.CueNamesOffice(o.Cue, m.OriginName) {
			continue
		}
		if found != "" && found != m.OriginName {
			return "", nil
		}
		found = m.OriginName
	}
	return found, nil
}
