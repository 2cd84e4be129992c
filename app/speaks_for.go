package app

import (
	"database/sql"
	"errors"
	"fmt"

	"claimdesk/db/store"
)

// SpeaksFor is the body an entity speaks for (a spokesman -> his government): the
// mentions it is the speaker of count that body as their origin (app/origin_chain.go).
type SpeaksFor struct {
	EntityID   int64  `json:"entityId"`
	SourceID   *int64 `json:"sourceId"` // null: speaks for no body (the entity itself is the origin)
	SourceName string `json:"sourceName"`
}

// GetSpeaksFor returns the body entity id speaks for.
func (s *EntityService) GetSpeaksFor(entityID int64) (SpeaksFor, error) {
	ctx := s.ws.Context()
	if _, err := s.ws.DB().Q.GetEntity(ctx, entityID); err != nil {
		return SpeaksFor{}, storeErr(err, fmt.Sprintf("entity %d", entityID))
	}
	r, err := s.ws.DB().Q.GetEntitySpeaksFor(ctx, entityID)
	if errors.Is(err, sql.ErrNoRows) {
		return SpeaksFor{EntityID: entityID}, nil
	}
	if err != nil {
		return SpeaksFor{}, storeErr(err, "the entity's body")
	}
	return SpeaksFor{EntityID: entityID, SourceID: &r.SourceID, SourceName: r.SourceName}, nil
}

// SetSpeaksFor links a person or organisation to the body it speaks for (sourceID), or
// removes the link (sourceID 0), as one undoable action. Only people and organisations
// are linked (any entity's link can be removed); an unknown entity or source is not_found.
func (s *EntityService) SetSpeaksFor(entityID, sourceID int64) (SpeaksFor, error) {
	err := s.ws.change(fmt.Sprintf("set what entity %d speaks for", entityID), func(c *changeSet) error {
		e, err := c.unmergedEntity(entityID, "say what it speaks for")
		if err != nil {
			return err
		}
		// only linking needs a speaker's type: an entity retyped since keeps its link
		// until it is taken off, which must stay possible
		if sourceID != 0 && e.Type != "person" && e.Type != "organisation" {
			return Invalid("only a person or an organisation speaks for a body; %s is a %s", e.Name, e.Type)
		}
		cur, err := c.q.GetEntitySpeaksFor(c.ctx, entityID)
		exists := err == nil
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if sourceID == 0 {
			c.summary = "unlink " + e.Name + " from the body it speaks for"
			if !exists {
				return nil
			}
			return c.delete("entity_speaks_for", entityID)
		}
		src, err := c.q.GetSource(c.ctx, sourceID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("source %d", sourceID))
		}
		c.summary = e.Name + " speaks for " + src.Name
		if exists {
			if cur.SourceID == sourceID {
				return nil
			}
			return c.update("entity_speaks_for", entityID, func() error {
				return c.q.UpdateEntitySpeaksFor(c.ctx, store.UpdateEntitySpeaksForParams{EntityID: entityID, SourceID: sourceID, Origin: "analyst"})
			})
		}
		if err := c.q.CreateEntitySpeaksFor(c.ctx, store.CreateEntitySpeaksForParams{EntityID: entityID, SourceID: sourceID, Origin: "analyst", CreatedAt: c.at}); err != nil {
			return err
		}
		return c.created("entity_speaks_for", entityID)
	})
	if err != nil {
		return SpeaksFor{}, err
	}
	return s.GetSpeaksFor(entityID)
}

// mergeSpeaksFor carries the body entity from speaks for over to into, which takes its
// mentions in EntityService.Merge: left on the merged-away entity, the link no longer
// reached those mentions, and their origin silently became the person. When both speak
// for different bodies the merge is refused (conflict): which one is right is the
// analyst's call.
func (c *changeSet) mergeSpeaksFor(from, into store.Entity) error {
	src, err := c.q.GetEntitySpeaksFor(c.ctx, from.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	dst, err := c.q.GetEntitySpeaksFor(c.ctx, into.ID)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if err := c.q.CreateEntitySpeaksFor(c.ctx, store.CreateEntitySpeaksForParams{EntityID: into.ID, SourceID: src.SourceID, Origin: src.Origin, CreatedAt: c.at}); err != nil {
			return err
		}
		return c.created("entity_speaks_for", into.ID)
	case err != nil:
		return err
	case dst.SourceID != src.SourceID:
		return Conflict("%s speaks for %s and %s for %s: set what one of them speaks for before merging them", from.Name, src.SourceName, into.Name, dst.SourceName)
	}
	return nil
}
