package app

import (
	"database/sql"
	"fmt"

	"claimdesk/app/textspan"
	"claimdesk/db/store"
)

// AcceptAs accepts one waiting suggestion as another type than the suggester read (about
// 1 in 12 names is read as the wrong type: a town as an organisation), in one action that
// one undo takes back. The span takes the type and links to the entity of that type its
// proposed name finds (or a new one of that name), as Accept then does for its own type;
// the same type is a plain Accept. It returns 1 when it accepted, 0 when nothing changed.
// An unknown span, an analyst's own mark, a decided suggestion and an unknown type are
// refused with nothing changed.
func (s *SuggestionService) AcceptAs(id int64, typ string) (int, error) {
	if !entityTypes[typ] {
		return 0, Invalid("entity type must be one of person, organisation, place, date, number, quote, event; got %q", typ)
	}
	n := 0
	err := s.ws.change(fmt.Sprintf("accept span %d as %s", id, typ), func(c *changeSet) error {
		r, err := c.q.GetSuggestionForDecision(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("span %d", id))
		}
		if r.Kind != "entity" || r.Origin == "analyst" {
			return Invalid("span %d is the analyst's own %s mark, not a suggestion", id, r.Kind)
		}
		if r.State != "suggested" {
			return Conflict("“%s” was %s already: change its type in the reader's side panel", clipLabel(r.Quote), r.State)
		}
		c.summary = fmt.Sprintf("accept “%s” as %s", clipLabel(r.Quote), typ)
		if typ != r.EntityType {
			c.summary += " (suggested as " + r.EntityType + ")"
			if err := c.retypeSuggestion(r, typ); err != nil {
				return err
			}
		}
		changed, err := c.decideSuggestion(id, "accepted")
		if changed {
			n = 1
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// retypeSuggestion gives a waiting suggestion another type and links it to the entity of
// that type its name finds or makes: the name it proposes, else the name of the entity it
// was linked to, else its words (a dateline's "BRESKA" in the case the article writes it).
// As the side panel's Type does (SpanService.Update), inside the caller's change.
func (c *changeSet) retypeSuggestion(r store.GetSuggestionForDecisionRow, typ string) error {
	cur, err := c.q.GetSpan(c.ctx, r.ID)
	if err != nil {
		return storeErr(err, fmt.Sprintf("span %d", r.ID))
	}
	name := r.ProposedName
	if name == "" {
		name = cur.EntityName
	}
	quote := c.quoteAsName(cur.ArticleID, textspan.Anchor{Start: int(cur.StartCp), End: int(cur.EndCp), Quote: cur.Quote})
	eid, err := c.resolveEntity(typ, nil, name, quote)
	if err != nil {
		return err
	}
	return c.update("spans", r.ID, func() error {
		return c.q.UpdateSpan(c.ctx, store.UpdateSpanParams{
			ID: r.ID, EntityType: sql.NullString{String: typ, Valid: true}, EntityID: sql.NullInt64{Int64: eid, Valid: true},
			StartCp: cur.StartCp, EndCp: cur.EndCp, Quote: cur.Quote, Prefix: cur.Prefix, Suffix: cur.Suffix,
			AnchorStatus: cur.AnchorStatus, Note: cur.Note, UpdatedAt: c.at,
		})
	})
}
