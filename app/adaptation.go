package app

import (
	"context"
	"fmt"
	"sync"

	"claimdesk/app/suggest"
)

// Learning from the analyst: the names accepted, marked by hand and rejected in a
// workspace adapt the suggester's tagger to it (suggest.Adapt). The adaptation is
// learned from the decisions themselves, read from the workspace, so it is stored
// where they are and an undo takes its effect back: nothing else is written. It is
// learned again only when the decisions change (AdaptationFingerprint).

// adaptMaxArticles bounds the articles learned from (the newest decided ones), so a
// run's set-up stays short on a large workspace.
const adaptMaxArticles = 200

// adaptationCache keeps the last adaptation and the decisions it was learned from.
type adaptationCache struct {
	mu    sync.Mutex
	key   string
	model *suggest.Model
}

// adaptation returns the workspace's adaptation, nil when there is no decision.
func (s *SuggestionService) adaptation(ctx context.Context) (*suggest.Model, error) {
	db := s.ws.DB()
	fp, err := db.Q.AdaptationFingerprint(ctx)
	if err != nil {
		return nil, storeErr(err, "the analyst's decisions")
	}
	if fp.Decided == 0 {
		return nil, nil
	}
	key := fmt.Sprintf("%p %d %d %d", db, fp.Decided, fp.Checksum, fp.MaxSpanID)
	c := &s.adapt
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.key == key {
		return c.model, nil
	}
	arts, err := db.Q.ListAdaptationArticles(ctx, adaptMaxArticles)
	if err != nil {
		return nil, storeErr(err, "the analyst's decisions")
	}
	docs := make([]suggest.AdaptDoc, 0, len(arts))
	for _, a := range arts {
		rows, err := db.Q.ListEntitySpanKeys(ctx, a.ID)
		if err != nil {
			return nil, storeErr(err, "the analyst's decisions")
		}
		d := suggest.AdaptDoc{Text: a.Body, Complete: a.Reviewed == 1}
		for _, r := range rows {
			if r.EntityType != suggest.TypePerson && r.EntityType != suggest.TypeOrganisation && r.EntityType != suggest.TypePlace {
				continue
			}
			sp := suggest.GoldSpan{Start: int(r.StartCp), End: int(r.EndCp), Type: r.EntityType}
			switch r.State {
			case "accepted":
				d.Accepted = append(d.Accepted, sp)
			case "rejected":
				d.Rejected = append(d.Rejected, sp)
			}
		}
		docs = append(docs, d)
	}
	c.key, c.model = key, suggest.Adapt(docs)
	return c.model, nil
}
