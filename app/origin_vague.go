package app

import (
	"strconv"
	"strings"

	"claimdesk/app/match"
	"claimdesk/db/store"
)

// siblingReads keeps, for one action, what resolveVagueOrigin read from the claim's other
// articles: accepting 40 proposals read each sibling article again for every one of them
// (BenchmarkAcceptFortyWithVagueOrigins: 620 ms, half of it here). Article text is
// immutable, so what a body says holds for the whole action; the outlet's name is read
// with it once (an action that renames a source does not resolve origins).
type siblingReads struct {
	articles map[int64]store.GetArticleRow
	longer   map[string]string // article id and short name -> the fuller name it gives, or ""
}

func (c *changeSet) siblingArticle(id int64) (store.GetArticleRow, error) {
	if c.siblings == nil {
		c.siblings = &siblingReads{articles: map[int64]store.GetArticleRow{}, longer: map[string]string{}}
	}
	if a, ok := c.siblings.articles[id]; ok {
		return a, nil
	}
	a, err := c.q.GetArticle(c.ctx, id)
	if err == nil {
		c.siblings.articles[id] = a
	}
	return a, err
}

// longerBodyIn is match.LongerBodyIn on sibling article a, remembered for the action.
func (c *changeSet) longerBodyIn(a store.GetArticleRow, short string) string {
	key := strconv.FormatInt(a.ID, 10) + "\x00" + short
	if n, ok := c.siblings.longer[key]; ok {
		return n
	}
	n := match.LongerBodyIn(a.Body, short)
	c.siblings.longer[key] = n
	return n
}

// resolveVagueOrigin reads a root that the mention's own article leaves vague ("the union
// said", "according to Basarnas") in the claim's other articles: reports of one claim
// are about one story, and another of them names the union ("the USLP port workers'
// union") or spells out the acronym ("the National Search and Rescue Agency
// (Basarnas)"). The reading changes only when those articles agree on one origin;
// otherwise the root stays as this article words it. A body named by a shorter name
// than another article gives it takes the fuller one the same way, and a body named by
// its initials in one article and in full in another rests on one root.
func (c *changeSet) resolveVagueOrigin(o match.OriginReading, claimID, articleID int64) (match.OriginReading, error) {
	// a body named in full or by its initials ("Brekke Valley Fire and Rescue", "BVFR")
	named := o.RootKind == "organisation" && (o.Vague == "" || o.Vague == "name")
	if office, err := c.siblingOffice(o, claimID, articleID); err != nil || office != "" {
		if office != "" {
			o.Root, o.RootKind = office, "office"
		}
		return o, err
	}
	if o.Vague == "" && o.RootKind != "organisation" {
		return o, nil
	}
	// a body the analyst filed by this name: "the fisheries ministry", an alias of the
	// Ministry of Fisheries, is that ministry though the article names no country
	if o.Vague != "" {
		if name, err := c.entityNamedIn(o.Cue); err != nil || name != "" {
			if name != "" {
				o.Root, o.Vague = name, ""
			}
			return o, err
		}
	}
	mentions, err := c.q.ListMentionsForClaim(c.ctx, claimID)
	if err != nil {
		return o, err
	}
	// "BVFR" in one article, "Brekke Valley Fire and Rescue" in another: the root the
	// claim's other mentions already rest on, when one name spells the other's initials
	if named {
		for _, m := range mentions {
			if m.OriginSourceID.Valid && match.SameBodyByInitials(o.Root, m.OriginName) {
				o.Root, o.Vague = m.OriginName, ""
				return o, nil
			}
		}
	}
	if o.Vague == "" && len(strings.Fields(o.Root)) > 2 {
		return o, nil // a name of three words or more is taken as it is (other articles not read)
	}
	found := map[string]string{} // root -> kind
	seen := map[int64]bool{articleID: true}
	for _, m := range mentions {
		if seen[m.ArticleID] {
			continue
		}
		seen[m.ArticleID] = true
		art, err := c.siblingArticle(m.ArticleID)
		if err != nil {
			return o, err
		}
		if o.Vague == "" {
			// a body named shortly here ("the Red Crescent") and in full there
			// ("the Bangladesh Red Crescent Society") is one origin, by its full name
			if n := c.longerBodyIn(art, o.Root); n != "" {
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

// entityNamedIn is the organisation whose name or alias (two words or more) the words of
// cue hold ("the fisheries ministry told"), when exactly one does; "" otherwise.
func (c *changeSet) entityNamedIn(cue string) (string, error) {
	rows, err := c.q.ListEntityAliasKeys(c.ctx)
	if err != nil {
		return "", storeErr(err, "the entities")
	}
	found := ""
	for _, r := range newAliasIndex(rows).namedIn(cue, "organisation") {
		if found != "" && found != r.Name {
			return "", nil // two bodies: the text does not say which
		}
		found = r.Name
	}
	return found, nil
}
