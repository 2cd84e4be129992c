package app

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"claimdesk/app/names"
	"claimdesk/db/store"
)

// EntityService lists, reads and edits the entities shared across articles (people,
// organisations, places, ...) and their aliases. Mentions are made with SpanService.
type EntityService struct {
	ws *Workspace
}

// EntitySummary is an entity as the type-ahead and lists show it. Aliases are the other
// spellings, the name itself left out. Mentions and Articles count accepted mentions;
// Articles counts stories (an article and its later versions once; v_entities).
type EntitySummary struct {
	ID       int64    `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Mentions int64    `json:"mentions"`
	Articles int64    `json:"articles"`
}

// EntityMention is one accepted or suggested mention of an entity in an article.
type EntityMention struct {
	SpanID       int64  `json:"spanId"`
	ArticleID    int64  `json:"articleId"`
	ArticleTitle string `json:"articleTitle"`
	Start        int64  `json:"start"`
	End          int64  `json:"end"`
	Quote        string `json:"quote"`
	State        string `json:"state"`
}

// EntityClaim is a claim an entity takes part in.
type EntityClaim struct {
	ID        int64  `json:"id"`
	Statement string `json:"statement"`
}

// EntityDetail is an entity with its note, the first page of its mentions and its claims.
// As the API has it, its JSON "mentions" is that page (MentionList), which hides the
// summary's count; MentionTotal counts them all (Mentions pages on).
type EntityDetail struct {
	EntitySummary
	Note         string          `json:"note"`
	MentionList  []EntityMention `json:"mentions"`
	MentionTotal int64           `json:"mentionTotal"`
	// ReadAt is the audit log's newest id when this was read: a save sends it back, and
	// is refused if another window changed the same field since (app/read_at.go).
	ReadAt     int64         `json:"readAt"`
	Claims     []EntityClaim `json:"claims"`
	ClaimTotal int64         `json:"claimTotal"`
}

// EntityClaimPage is a page of the claims an entity takes part in and how many there are.
type EntityClaimPage struct {
	Claims []EntityClaim `json:"claims"`
	Total  int64         `json:"total"`
}

// EntityMentionPage is a page of an entity's mentions and how many there are in all.
type EntityMentionPage struct {
	Mentions []EntityMention `json:"mentions"`
	Total    int64           `json:"total"`
}

// EntityInput creates an entity.
type EntityInput struct {
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Note    string   `json:"note"`
}

// EntityPatch changes an entity; nil fields stay as they are.
type EntityPatch struct {
	Name *string `json:"name"`
	Type *string `json:"type"`
	Note *string `json:"note"`
	// ReadAt is the record's readAt as the form read it: a save over a field another
	// window changed since is refused with conflict (app/read_at.go). Null: not checked.
	ReadAt *int64 `json:"readAt"`
}

const (
	maxEntityList = 1000
	maxNameLen    = 300
	// EntityMentionPageSize is how many mentions Get returns (the entity page shows 200
	// at a time); Mentions pages on, at most MaxEntityMentionPage a call.
	EntityMentionPageSize = 200
	MaxEntityMentionPage  = 1000
)

// List is the type-ahead over names and aliases: entities of type typ ("" = any) with a
// name or alias in which each word of query starts a word, in any order, compared by
// normalised key ("kim j" finds "Kim Jong-un", "the water ministry" the Ministry of Water
// Resources: typeAheadWords); "" lists all. Most mentioned first, then by name.
// limit is 1–1000 (0 means 20).
func (s *EntityService) List(query, typ string, limit int) ([]EntitySummary, error) {
	if typ != "" && !entityTypes[typ] {
		return nil, Invalid("entity type must be one of person, organisation, place, date, number, quote, event (or empty for any); got %q", typ)
	}
	if limit == 0 {
		limit = 20
	}
	if limit < 1 || limit > maxEntityList {
		return nil, Invalid("limit must be between 1 and %d; got %d", maxEntityList, limit)
	}
	prefix := names.Key(query)
	if prefix == "" && strings.TrimSpace(query) != "" {
		return []EntitySummary{}, nil // only punctuation: nothing can match
	}
	words := typeAheadWords(prefix)
	rows, err := s.ws.DB().Q.ListEntitySummaries(s.ws.Context(), store.ListEntitySummariesParams{
		Type: typ, Prefix: words[0], Word2: words[1], Word3: words[2], MaxRows: int64(limit),
	})
	if err != nil {
		return nil, storeErr(err, "the entities")
	}
	out := make([]EntitySummary, 0, len(rows))
	for _, r := range rows {
		out = append(out, EntitySummary{
			ID: r.ID, Type: r.Type, Name: r.Name, Aliases: otherAliases(r.Name, splitAliases(r.Aliases)),
			Mentions: r.Mentions, Articles: r.Articles,
		})
	}
	return out, nil
}

// typeAheadWords splits a type-ahead key into the three word prefixes the query takes
// ("" where there are fewer): a selected "the water ministry" names the Ministry of Water
// Resources by two of its words in another order, so each word is looked for on its own;
// a leading "the" (no name's word to find) is dropped, and words past the third are read
// together as one phrase, in the order typed.
func typeAheadWords(key string) [3]string {
	words := strings.Fields(key)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	var out [3]string
	for i, w := range words {
		if i < 2 {
			out[i] = w
		} else {
			out[2] = strings.Join(words[2:], " ")
			break
		}
	}
	return out
}

// Get returns an entity with its aliases, the first EntityMentionPageSize of its accepted
// and suggested mentions across articles (by publication date and offset) with their
// total, and the claims whose mentions overlap its mentions (or name it as speaker).
func (s *EntityService) Get(id int64) (EntityDetail, error) {
	return s.ws.getEntity(s.ws.DB().Q, id)
}

// Mentions returns limit (1–MaxEntityMentionPage) of an entity's accepted and suggested
// mentions from offset, in Get's order, and how many there are in all.
func (s *EntityService) Mentions(id, offset, limit int64) (EntityMentionPage, error) {
	if err := s.checkPage(id, offset, limit); err != nil {
		return EntityMentionPage{}, err
	}
	mentions, total, err := entityMentions(s.ws.Context(), s.ws.DB().Q, id, offset, limit)
	if err != nil {
		return EntityMentionPage{}, storeErr(err, fmt.Sprintf("entity %d", id))
	}
	return EntityMentionPage{Mentions: mentions, Total: total}, nil
}

// checkPage checks a page's bounds and that the entity exists.
func (s *EntityService) checkPage(id, offset, limit int64) error {
	if offset < 0 {
		return Invalid("offset must be 0 or more; got %d", offset)
	}
	if limit < 1 || limit > MaxEntityMentionPage {
		return Invalid("limit must be between 1 and %d; got %d", MaxEntityMentionPage, limit)
	}
	_, err := s.ws.DB().Q.GetEntity(s.ws.Context(), id)
	return storeErr(err, fmt.Sprintf("entity %d", id))
}

func (ws *Workspace) getEntity(q *store.Queries, id int64) (EntityDetail, error) {
	ctx := ws.Context()
	readAt, err := ws.readAtNow(q)
	if err != nil {
		return EntityDetail{}, storeErr(err, "the history")
	}
	what := fmt.Sprintf("entity %d", id)
	e, err := q.GetEntitySummary(ctx, id)
	if err != nil {
		return EntityDetail{}, storeErr(err, what)
	}
	aliases, err := q.ListEntityAliases(ctx, id)
	if err != nil {
		return EntityDetail{}, storeErr(err, what)
	}
	texts := make([]string, 0, len(aliases))
	for _, a := range aliases {
		texts = append(texts, a.Alias)
	}
	mentions, total, err := entityMentions(ctx, q, id, 0, EntityMentionPageSize)
	if err != nil {
		return EntityDetail{}, storeErr(err, what)
	}
	claims, claimTotal, err := entityClaims(ctx, q, id, 0, EntityMentionPageSize)
	if err != nil {
		return EntityDetail{}, storeErr(err, what)
	}
	d := EntityDetail{
		EntitySummary: EntitySummary{
			ID: e.ID, Type: e.Type, Name: e.Name, Aliases: otherAliases(e.Name, texts),
			Mentions: e.Mentions, Articles: e.Articles,
		},
		Note:         e.Note,
		MentionList:  mentions,
		MentionTotal: total,
		Claims:       claims,
		ClaimTotal:   claimTotal,
		ReadAt:       readAt,
	}
	return d, nil
}

// Claims returns limit (1–MaxEntityMentionPage) of the claims entity id takes part in
// from offset, in Get's order (by id), and how many there are in all.
func (s *EntityService) Claims(id, offset, limit int64) (EntityClaimPage, error) {
	if err := s.checkPage(id, offset, limit); err != nil {
		return EntityClaimPage{}, err
	}
	claims, total, err := entityClaims(s.ws.Context(), s.ws.DB().Q, id, offset, limit)
	if err != nil {
		return EntityClaimPage{}, storeErr(err, fmt.Sprintf("entity %d", id))
	}
	return EntityClaimPage{Claims: claims, Total: total}, nil
}

// entityClaims reads the claims of an entity and keeps a page of them. The set is found
// whole (the overlap join has no cheaper count: ~0.1 s for an entity in 5,000 articles)
// and only the page is sent: Pyongyang takes part in 3,723 claims (450 KB, and ~2 s for
// the browser to lay out as buttons).
func entityClaims(ctx context.Context, q *store.Queries, id, offset, limit int64) ([]EntityClaim, int64, error) {
	rows, err := q.ListEntityClaims(ctx, sql.NullInt64{Int64: id, Valid: true})
	if err != nil {
		return nil, 0, err
	}
	total := int64(len(rows))
	lo, hi := min(offset, total), min(offset+limit, total)
	out := make([]EntityClaim, 0, hi-lo)
	for _, c := range rows[lo:hi] {
		out = append(out, EntityClaim{ID: c.ID, Statement: c.Statement})
	}
	return out, total, nil
}

// entityMentions reads a page of an entity's mentions and their total.
func entityMentions(ctx context.Context, q *store.Queries, id, offset, limit int64) ([]EntityMention, int64, error) {
	eid := sql.NullInt64{Int64: id, Valid: true}
	total, err := q.CountEntityMentions(ctx, eid)
	if err != nil {
		return nil, 0, err
	}
	out := make([]EntityMention, 0, min(limit, max(total-offset, 0)))
	if offset >= total {
		return out, total, nil
	}
	rows, err := q.ListEntityMentions(ctx, store.ListEntityMentionsParams{EntityID: eid, SkipRows: offset, MaxRows: limit})
	if err != nil {
		return nil, 0, err
	}
	for _, m := range rows {
		out = append(out, EntityMention{
			SpanID: m.ID, ArticleID: m.ArticleID, ArticleTitle: m.ArticleTitle,
			Start: m.StartCp, End: m.EndCp, Quote: m.Quote, State: m.State,
		})
	}
	return out, total, nil
}

// Create makes an entity with its name and aliases (deduplicated by normalised key; an
// alias with the name's key is the name). When a live entity of the same type already
// has a name or alias with the new name's key, nothing new is made: that entity is
// returned, with any of the given aliases it lacked added — the same rule SpanService
// uses to link mentions, so the analyst never gets two "Kim Jong Un" persons by accident.
func (s *EntityService) Create(in EntityInput) (EntityDetail, error) {
	if !entityTypes[in.Type] {
		return EntityDetail{}, Invalid("entity type must be one of person, organisation, place, date, number, quote, event; got %q", in.Type)
	}
	name, key, err := checkName(in.Name, "an entity's name")
	if err != nil {
		return EntityDetail{}, err
	}
	var aliases []string
	seen := map[string]bool{key: true}
	for _, a := range in.Aliases {
		text, k, err := checkName(a, "an alias")
		if err != nil {
			return EntityDetail{}, err
		}
		if !seen[k] {
			seen[k] = true
			aliases = append(aliases, text)
		}
	}
	var id int64
	err = s.ws.change("create "+in.Type+" "+clipLabel(name), func(c *changeSet) error {
		found, err := c.q.FindEntityByKey(c.ctx, store.FindEntityByKeyParams{AliasKey: key, Type: in.Type})
		if err != nil {
			return err
		}
		if len(found) > 0 {
			id = found[0].ID
			c.summary = "add aliases to " + clipLabel(found[0].Name)
		} else if id, err = c.createEntity(in.Type, name, in.Note); err != nil {
			return err
		}
		for _, a := range aliases {
			if err := c.addAlias(id, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return EntityDetail{}, err
	}
	return s.Get(id)
}

// Update renames an entity, changes its type or its note. A rename keeps the old name as
// an alias (and the new name becomes one, so both are found); a change of type also
// changes the type on the entity's mentions. Renaming or retyping onto the name of
// another entity of that type is refused: they would be the same entity.
func (s *EntityService) Update(id int64, p EntityPatch) (EntityDetail, error) {
	err := s.ws.change(fmt.Sprintf("edit entity %d", id), func(c *changeSet) error {
		e, err := c.unmergedEntity(id, "edit it")
		if err != nil {
			return err
		}
		if err := c.guard("entities", id, p.ReadAt, "entity"); err != nil {
			return err
		}
		params := store.UpdateEntityParams{ID: id, Type: e.Type, Name: e.Name, Note: e.Note, UpdatedAt: c.at}
		if p.Type != nil {
			if !entityTypes[*p.Type] {
				return Invalid("entity type must be one of person, organisation, place, date, number, quote, event; got %q", *p.Type)
			}
			params.Type = *p.Type
		}
		if p.Name != nil {
			name, _, err := checkName(*p.Name, "an entity's name")
			if err != nil {
				return err
			}
			params.Name = name
		}
		if p.Note != nil {
			params.Note = *p.Note
		}
		renamed := names.Key(params.Name) != names.Key(e.Name)
		if renamed || params.Type != e.Type {
			if other, err := c.q.FindOtherEntityByKey(c.ctx, store.FindOtherEntityByKeyParams{AliasKey: names.Key(params.Name), Type: params.Type, ID: id}); err == nil {
				return Conflict("%s %q (entity %d) already has that name; they would be the same entity", params.Type, other.Name, other.ID)
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		switch {
		case params.Name != e.Name && params.Type != e.Type:
			c.summary = "rename " + clipLabel(e.Name) + " to " + clipLabel(params.Name) + " (" + params.Type + ")"
		case params.Name != e.Name:
			c.summary = "rename " + clipLabel(e.Name) + " to " + clipLabel(params.Name)
		case params.Type != e.Type:
			c.summary = "make " + clipLabel(e.Name) + " a " + params.Type
		default:
			c.summary = "edit " + clipLabel(e.Name)
		}
		if err := c.update("entities", id, func() error { return c.q.UpdateEntity(c.ctx, params) }); err != nil {
			return err
		}
		if params.Name != e.Name {
			// The old name stays findable as an alias; the new one becomes one.
			if err := c.addAlias(id, e.Name); err != nil {
				return err
			}
			if err := c.addAlias(id, params.Name); err != nil {
				return err
			}
		}
		if params.Type != e.Type {
			spans, err := c.q.ListEntitySpanIDs(c.ctx, sql.NullInt64{Int64: id, Valid: true})
			if err != nil {
				return err
			}
			for _, sp := range spans {
				if err := c.update("spans", sp, func() error {
					return c.q.SetSpanEntityType(c.ctx, store.SetSpanEntityTypeParams{
						ID: sp, EntityType: sql.NullString{String: params.Type, Valid: true}, UpdatedAt: c.at,
					})
				}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return EntityDetail{}, err
	}
	return s.Get(id)
}

// AddAlias gives an entity another spelling. An alias whose normalised key the entity
// already has changes nothing.
func (s *EntityService) AddAlias(id int64, alias string) (EntityDetail, error) {
	text, _, err := checkName(alias, "an alias")
	if err != nil {
		return EntityDetail{}, err
	}
	err = s.ws.change("add alias "+clipLabel(text), func(c *changeSet) error {
		e, err := c.unmergedEntity(id, "add the alias")
		if err != nil {
			return err
		}
		c.summary = "add alias “" + clipLabel(text) + "” to " + clipLabel(e.Name)
		return c.addAlias(id, text)
	})
	if err != nil {
		return EntityDetail{}, err
	}
	return s.Get(id)
}

// RemoveAlias removes the alias with the same normalised key as alias. The entity's own
// name cannot be removed (rename the entity instead).
func (s *EntityService) RemoveAlias(id int64, alias string) (EntityDetail, error) {
	key := names.Key(alias)
	if key == "" {
		return EntityDetail{}, Invalid("an alias needs letters or digits; got %q", alias)
	}
	err := s.ws.change("remove alias "+clipLabel(alias), func(c *changeSet) error {
		e, err := c.unmergedEntity(id, "remove the alias")
		if err != nil {
			return err
		}
		if key == names.Key(e.Name) {
			return Invalid("%q is the name of %s; rename the entity instead of removing its name", names.Clean(alias), e.Name)
		}
		aliases, err := c.q.ListEntityAliases(c.ctx, id)
		if err != nil {
			return err
		}
		for _, a := range aliases {
			if a.AliasKey == key {
				c.summary = "remove alias “" + clipLabel(a.Alias) + "” from " + clipLabel(e.Name)
				if err := c.delete("entity_aliases", a.ID); err != nil {
					return err
				}
				return c.update("entities", id, func() error {
					return c.q.TouchEntity(c.ctx, store.TouchEntityParams{ID: id, UpdatedAt: c.at})
				})
			}
		}
		return NotFound("%s has no alias %q", e.Name, names.Clean(alias))
	})
	if err != nil {
		return EntityDetail{}, err
	}
	return s.Get(id)
}

// addAlias adds an alias unless the entity already has one with its key; an added alias
// also marks the entity updated.
func (c *changeSet) addAlias(entityID int64, alias string) error {
	aliasID, err := c.q.CreateEntityAlias(c.ctx, store.CreateEntityAliasParams{
		EntityID: entityID, Alias: alias, AliasKey: names.Key(alias), Origin: "analyst", CreatedAt: c.at,
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil // ON CONFLICT DO NOTHING: the key is there already
	}
	if err != nil {
		return err
	}
	if err := c.created("entity_aliases", aliasID); err != nil {
		return err
	}
	return c.update("entities", entityID, func() error {
		return c.q.TouchEntity(c.ctx, store.TouchEntityParams{ID: entityID, UpdatedAt: c.at})
	})
}

// checkName cleans a name or alias and checks it: letters or digits, no control
// characters, at most maxNameLen characters. It returns the clean text and its key.
func checkName(s, what string) (string, string, error) {
	text := names.Clean(s)
	key := names.Key(text)
	if key == "" {
		return "", "", Invalid("%s needs letters or digits; got %q", what, s)
	}
	if strings.IndexFunc(text, unicode.IsControl) >= 0 {
		return "", "", Invalid("%s cannot contain control characters", what)
	}
	if n := len([]rune(text)); n > maxNameLen {
		return "", "", Invalid("%s is too long (%d characters; at most %d)", what, n, maxNameLen)
	}
	return text, key, nil
}

// otherAliases leaves out the alias that is the name itself (same key).
func otherAliases(name string, aliases []string) []string {
	key := names.Key(name)
	out := make([]string, 0, len(aliases))
	for _, a := range aliases {
		if names.Key(a) != key {
			out = append(out, a)
		}
	}
	return out
}

func splitAliases(joined string) []string {
	if joined == "" {
		return nil
	}
	return strings.Split(joined, "\x1f")
}
