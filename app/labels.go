package app

import (
	"fmt"
	"strings"
)

// Action summaries (the undo button, the history) name things the way the analyst knows
// them: an article by its title, a claim by its statement, a span or a claim mention by
// the words it covers, each clipped to ~40 characters and in quotes; "article N" and the
// like only when the thing has no such text or cannot be read. Every summary names them
// one way, through these.

// articleLabel names an article: “Its title”.
func (c *changeSet) articleLabel(id int64) string {
	if a, err := c.q.GetArticle(c.ctx, id); err == nil && clipLabel(a.Title) != "" {
		return "“" + clipLabel(a.Title) + "”"
	}
	return fmt.Sprintf("article %d", id)
}

// claimLabel names a claim: “Its statement”.
func (c *changeSet) claimLabel(id int64) string {
	if cl, err := c.q.GetClaim(c.ctx, id); err == nil && clipLabel(cl.Statement) != "" {
		return "“" + clipLabel(cl.Statement) + "”"
	}
	return fmt.Sprintf("claim %d", id)
}

// spanLabel names a span (an entity or claim mention, a note): “the words it covers”.
func (c *changeSet) spanLabel(id int64) string {
	if sp, err := c.q.GetSpan(c.ctx, id); err == nil && clipLabel(sp.Quote) != "" {
		return "“" + clipLabel(sp.Quote) + "”"
	}
	return fmt.Sprintf("span %d", id)
}

// spanEditLabel names an edit of a span by what it changed: its type ("tag “…” as
// place"), its entity ("link “…” to Kim Jong Un"), its extent ("resize “…”", the words it
// covers now) or its note ("edit the note on “…”"; creating a note span is "note on “…”").
func (c *changeSet) spanEditLabel(p SpanPatch, quote, entityType string, entityID int64) string {
	q := "“" + clipLabel(quote) + "”"
	switch {
	case p.EntityType != nil:
		return "tag " + q + " as " + entityType
	case p.EntityID != nil || p.NewEntityName != nil:
		if e, err := c.q.GetEntity(c.ctx, entityID); err == nil && clipLabel(e.Name) != "" {
			return "link " + q + " to " + clipLabel(e.Name)
		}
		return "link " + q + " to another entity"
	case p.Start != nil || p.End != nil:
		return "resize " + q
	case p.Note != nil && *p.Note == "":
		return "clear the note on " + q
	case p.Note != nil:
		return "edit the note on " + q
	}
	return "edit " + q
}

// sourceEditLabel names an edit of a source by the fields it changed, with the grade or
// kind before and after ("grade of The Harbour Ledger (B → E)"): "edit source X" alone
// did not say which of five fields a wrong save moved (uxwalk4 finding 14).
func sourceEditLabel(was, now sourceValues) string {
	var changed []string
	if was.reliability != now.reliability {
		changed = append(changed, "grade ("+was.reliability+" → "+now.reliability+")")
	}
	if was.kind != now.kind {
		changed = append(changed, "kind ("+was.kind+" → "+now.kind+")")
	}
	if was.url != now.url {
		changed = append(changed, "URL")
	}
	if was.note != now.note {
		changed = append(changed, "note")
	}
	name := clipLabel(now.name)
	switch {
	case was.name != now.name:
		return strings.Join(append([]string{"rename source " + clipLabel(was.name) + " to " + name}, changed...), ", ")
	case len(changed) == 0:
		return "edit source " + name
	case len(changed) == 1:
		field, change, _ := strings.Cut(changed[0], " ")
		return strings.TrimSpace(field + " of " + name + " " + change)
	}
	return "edit " + name + ": " + strings.Join(changed, ", ")
}
