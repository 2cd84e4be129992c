package app

import (
	"strings"

	"claimdesk/app/match"
)

// resolveVagueOrigin reads a root that the mention's own article leaves vague ("the union
// said", "according to Basarnas") in the claim's other articles: reports of one claim
// are about one story, and another of them names the union ("the USLP port workers'
// union") or spells out the acronym ("the National Search and Rescue Agency
// (Basarnas)"). The reading changes only when those articles agree on one origin;
// otherwise the root stays as this article words it. A body named by a shorter name
// than another article gives it takes the fuller one the same way.
func (c *changeSet) resolveVagueOrigin(o match.OriginReading, claimID, articleID int64) (match.OriginReading, error) {
	if o.Vague == "" && (o.RootKind != "organisation" || len(strings.Fields(o.Root)) > 2) {
		return o, nil // a name of three words or more is taken as it is (and other articles not read)
	}
	mentions, err := c.q.ListMentionsForClaim(c.ctx, claimID)
	if err != nil {
		return o, err
	}
	found := map[string]string{} // root -> kind
	seen := map[int64]bool{articleID: true}
	for _, m := range mentions {
		if seen[m.ArticleID] {
			continue
		}
		seen[m.ArticleID] = true
		art, err := c.q.GetArticle(c.ctx, m.ArticleID)
		if err != nil {
			return o, err
		}
		if o.Vague == "" {
			// a body named shortly here ("the Red Crescent") and in full there
			// ("the Bangladesh Red Crescent Society") is one origin, by its full name
			if n := match.LongerBodyIn(art.Body, o.Root); n != "" {
				found[n] = o.RootKind
			}
			continue
		}
		if root, kind, ok := match.ResolveVague(art.Body, art.SourceName, o); ok {
			found[root] = kind
		}
	}
	if len(found) != 1 {
		return o, nil
	}
	for root, kind := range found {
		o.Root, o.RootKind, o.Vague = root, kind, ""
	}
	return o, nil
}
