package app

import (
	"database/sql"
	"errors"
	"fmt"

	"claimdesk/app/names"
	"claimdesk/app/textspan"
	"claimdesk/db/store"
)

// SpanService marks entity mentions and notes in article text, edits and deletes them,
// and accepts or rejects machine suggestions. Claim mentions are spans too, made through
// ClaimService so they always belong to a claim.
type SpanService struct {
	ws *Workspace
}

// Vocabularies, as the schema's CHECK constraints define them.
var (
	entityTypes = set("person", "organisation", "place", "date", "number", "quote", "event")
	spanStates  = set("suggested", "accepted", "rejected")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Tag is a coloured label on spans and claims.
type Tag struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color"`
}

// Span is one mark in an article's text. Start and End are code points, half-open.
type Span struct {
	// ReadAt is the audit log's newest id when this was read: a save sends it back, and
	// is refused if another window changed the same field since (app/read_at.go).
	ReadAt         int64   `json:"readAt"`
	ID             int64   `json:"id"`
	ArticleID      int64   `json:"articleId"`
	Kind           string  `json:"kind"` // entity | claim | note
	EntityType     string  `json:"entityType"`
	EntityID       *int64  `json:"entityId"`
	EntityName     string  `json:"entityName"`
	ClaimID        *int64  `json:"claimId"`
	ClaimStatement string  `json:"claimStatement"`
	Start          int64   `json:"start"`
	End            int64   `json:"end"`
	Quote          string  `json:"quote"`
	Prefix         string  `json:"prefix"`
	Suffix         string  `json:"suffix"`
	AnchorStatus   string  `json:"anchorStatus"`
	State          string  `json:"state"`
	Origin         string  `json:"origin"`
	Confidence     float64 `json:"confidence"`
	Note           string  `json:"note"`
	Annotator      string  `json:"annotator"`
	CreatedAt      string  `json:"createdAt"`
	UpdatedAt      string  `json:"updatedAt"`
	Tags           []Tag   `json:"tags"`
}

// SpanInput creates an entity mention or a note. For an entity mention give EntityID to
// link an existing entity, or NewEntityName to create one (default: the quote).
type SpanInput struct {
	ArticleID     int64    `json:"articleId"`
	Kind          string   `json:"kind"`
	EntityType    string   `json:"entityType"`
	EntityID      *int64   `json:"entityId"`
	NewEntityName string   `json:"newEntityName"`
	Start         int64    `json:"start"`
	End           int64    `json:"end"`
	Quote         string   `json:"quote"`
	Note          string   `json:"note"`
	Tags          []string `json:"tags"`
}

// SpanPatch changes a span; nil fields stay as they are. Start and End move it (extend or
// shrink; Quote, when given, must match the text at the new offsets).
type SpanPatch struct {
	Start         *int64  `json:"start"`
	End           *int64  `json:"end"`
	Quote         *string `json:"quote"`
	EntityType    *string `json:"entityType"`
	EntityID      *int64  `json:"entityId"`
	NewEntityName *string `json:"newEntityName"`
	Note          *string `json:"note"`
	// ReadAt is the record's readAt as the form read it: a save over a field another
	// window changed since is refused with conflict (app/read_at.go). Null: not checked.
	ReadAt *int64 `json:"readAt"`
}

// ListForArticle returns an article's spans in text order, rejected suggestions left out
// unless includeRejected.
func (s *SpanService) ListForArticle(articleID int64, includeRejected bool) ([]Span, error) {
	ctx := s.ws.Context()
	if found, err := s.ws.DB().Q.ArticleExists(ctx, articleID); err != nil || found == 0 {
		if err == nil {
			err = sql.ErrNoRows
		}
		return nil, storeErr(err, fmt.Sprintf("article %d", articleID))
	}
	inc := 0
	if includeRejected {
		inc = 1
	}
	readAt, err := s.ws.readAtNow(s.ws.DB().Q)
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	rows, err := s.ws.DB().Q.ListSpansForArticle(ctx, store.ListSpansForArticleParams{ArticleID: articleID, IncludeRejected: inc})
	if err != nil {
		return nil, storeErr(err, "the spans")
	}
	tags, err := s.tagsForArticle(articleID)
	if err != nil {
		return nil, err
	}
	out := make([]Span, 0, len(rows))
	for _, r := range rows {
		sp := spanFromRow(store.GetSpanRow(r))
		sp.Tags = orEmpty(tags[r.ID])
		sp.ReadAt = readAt
		out = append(out, sp)
	}
	return out, nil
}

// ReaderSpan is a Span as the reader paints and lists it: without the anchoring context
// (prefix, suffix) and the bookkeeping (annotator, createdAt, updatedAt), which it never
// shows; for a long article that is about 40 % less to read, send and parse.
type ReaderSpan struct {
	// ReadAt is the audit log's newest id when this was read: a save sends it back, and
	// is refused if another window changed the same field since (app/read_at.go).
	ReadAt         int64   `json:"readAt"`
	ID             int64   `json:"id"`
	ArticleID      int64   `json:"articleId"`
	Kind           string  `json:"kind"`
	EntityType     string  `json:"entityType"`
	EntityID       *int64  `json:"entityId"`
	EntityName     string  `json:"entityName"`
	ClaimID        *int64  `json:"claimId"`
	ClaimStatement string  `json:"claimStatement"`
	Start          int64   `json:"start"`
	End            int64   `json:"end"`
	Quote          string  `json:"quote"`
	AnchorStatus   string  `json:"anchorStatus"`
	State          string  `json:"state"`
	Origin         string  `json:"origin"`
	Confidence     float64 `json:"confidence"`
	Note           string  `json:"note"`
	// ProposedName is, for a suggestion not linked to an entity yet, the name the entity
	// gets when it is accepted (a date's normalised value, "2025-06-28"); "" when the
	// suggester proposed none (accepting names it by its quote) and for every other span
	// (left out of the JSON then, so a full Span put into the reader's list fits too).
	ProposedName string `json:"proposedName,omitempty"`
	Tags         []Tag  `json:"tags"`
}

// ListForReader returns what the reader needs of an article's spans, rejected ones left
// out, in ListForArticle's order: the same spans as ListForArticle(articleID, false),
// fields as ReaderSpan.
func (s *SpanService) ListForReader(articleID int64) ([]ReaderSpan, error) {
	ctx := s.ws.Context()
	if found, err := s.ws.DB().Q.ArticleExists(ctx, articleID); err != nil || found == 0 {
		if err == nil {
			err = sql.ErrNoRows
		}
		return nil, storeErr(err, fmt.Sprintf("article %d", articleID))
	}
	readAt, err := s.ws.readAtNow(s.ws.DB().Q)
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	rows, err := s.ws.DB().Q.ListReaderSpansForArticle(ctx, articleID)
	if err != nil {
		return nil, storeErr(err, "the spans")
	}
	tags, err := s.tagsForArticle(articleID)
	if err != nil {
		return nil, err
	}
	out := make([]ReaderSpan, len(rows))
	for i, r := range rows {
		out[i] = ReaderSpan{
			ID: r.ID, ArticleID: r.ArticleID, Kind: r.Kind, EntityType: r.EntityType.String,
			EntityID: nullID(r.EntityID), EntityName: r.EntityName, ClaimID: nullID(r.ClaimID),
			ClaimStatement: r.ClaimStatement, Start: r.StartCp, End: r.EndCp, Quote: r.Quote,
			AnchorStatus: r.AnchorStatus, State: r.State, Origin: r.Origin, Confidence: r.Confidence,
			Note: r.Note, Tags: orEmpty(tags[r.ID]), ReadAt: readAt,
		}
		if r.State == "suggested" && !r.EntityID.Valid {
			out[i].ProposedName = r.ProposedName
		}
	}
	return out, nil
}

// tagsForArticle returns the tags of an article's spans by span id.
func (s *SpanService) tagsForArticle(articleID int64) (map[int64][]Tag, error) {
	tagRows, err := s.ws.DB().Q.ListSpanTagsForArticle(s.ws.Context(), articleID)
	if err != nil {
		return nil, storeErr(err, "the span tags")
	}
	tags := map[int64][]Tag{}
	for _, t := range tagRows {
		tags[t.SpanID] = append(tags[t.SpanID], Tag{ID: t.ID, Name: t.Name, Color: t.Color})
	}
	return tags, nil
}

// Get returns one span with its tags.
func (s *SpanService) Get(id int64) (Span, error) {
	return s.ws.getSpan(s.ws.DB().Q, id)
}

func (ws *Workspace) getSpan(q *store.Queries, id int64) (Span, error) {
	ctx := ws.Context()
	readAt, err := ws.readAtNow(q)
	if err != nil {
		return Span{}, storeErr(err, "the history")
	}
	r, err := q.GetSpan(ctx, id)
	if err != nil {
		return Span{}, storeErr(err, fmt.Sprintf("span %d", id))
	}
	sp := spanFromRow(r)
	tags, err := q.ListSpanTags(ctx, id)
	if err != nil {
		return Span{}, storeErr(err, "the span's tags")
	}
	for _, t := range tags {
		sp.Tags = append(sp.Tags, Tag{ID: t.ID, Name: t.Name, Color: t.Color})
	}
	sp.Tags = orEmpty(sp.Tags)
	sp.ReadAt = readAt
	return sp, nil
}

// Create marks an entity mention or a note.
func (s *SpanService) Create(in SpanInput) (Span, error) {
	switch in.Kind {
	case "entity":
		if !entityTypes[in.EntityType] {
			return Span{}, Invalid("entity type must be one of person, organisation, place, date, number, quote, event; got %q", in.EntityType)
		}
	case "note":
		if in.EntityType != "" || in.EntityID != nil {
			return Span{}, Invalid("a note cannot have an entity; mark it as kind \"entity\" instead")
		}
		// A note span carries text, tags or both (tagging a selection makes one).
		if names.Clean(in.Note) == "" && len(in.Tags) == 0 {
			return Span{}, Invalid("a note needs some text or a tag")
		}
	case "claim":
		return Span{}, Invalid("claim mentions are made with ClaimService.AddMention")
	default:
		return Span{}, Invalid("span kind must be entity or note; got %q", in.Kind)
	}
	if len(in.Tags) > MaxTagsPerItem {
		return Span{}, Invalid("a span can carry at most %d tags; got %d", MaxTagsPerItem, len(in.Tags))
	}
	if err := checkNewEntityName(in.NewEntityName); err != nil {
		return Span{}, err
	}
	var id int64
	// Named by the words it covers, as anchored (a caller may send no quote).
	label := func(quote string) string {
		if in.Kind == "entity" {
			return "tag “" + clipLabel(quote) + "” as " + in.EntityType
		}
		return "note on “" + clipLabel(quote) + "”"
	}
	err := s.ws.change(label(in.Quote), func(c *changeSet) error {
		a, err := c.anchor(in.ArticleID, in.Start, in.End, in.Quote)
		if err != nil {
			return err
		}
		c.summary = label(a.Quote)
		var entityID sql.NullInt64
		var entityType sql.NullString
		if in.Kind == "entity" {
			entityType = sql.NullString{String: in.EntityType, Valid: true}
			eid, err := c.resolveEntity(in.EntityType, in.EntityID, in.NewEntityName, c.quoteAsName(in.ArticleID, a))
			if err != nil {
				return err
			}
			entityID = sql.NullInt64{Int64: eid, Valid: true}
			// the same words already marked as this type (in another window): no twin
			// mention, as an accepted suggestion there merges into the mark (decide)
			twin, err := c.q.FindEntitySpanAt(c.ctx, store.FindEntitySpanAtParams{
				ArticleID: in.ArticleID, StartCp: int64(a.Start), EndCp: int64(a.End), EntityType: entityType, State: "accepted",
			})
			if err == nil {
				return Conflict("“%s” is already marked as a %s (mark %d, made in this or another window); nothing was added. Change that mark to link another entity",
					clipLabel(a.Quote), in.EntityType, twin)
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			settled, err := c.settleWaitingSuggestion(in, a, entityID)
			if err != nil {
				return err
			}
			if settled > 0 {
				id = settled
				for _, name := range in.Tags {
					if err := c.tagSpan(id, name); err != nil {
						return err
					}
				}
				return nil
			}
		}
		id, err = c.q.CreateSpan(c.ctx, store.CreateSpanParams{
			ArticleID: in.ArticleID, Kind: in.Kind, EntityType: entityType, EntityID: entityID,
			StartCp: int64(a.Start), EndCp: int64(a.End), Quote: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix,
			AnchorStatus: "exact", State: "accepted", Origin: "analyst", Confidence: 1,
			Note: in.Note, Annotator: c.ws.Analyst, CreatedAt: c.at,
		})
		if err != nil {
			return err
		}
		if err := c.created("spans", id); err != nil {
			return err
		}
		for _, name := range in.Tags {
			if err := c.tagSpan(id, name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Span{}, err
	}
	return s.Get(id)
}

// settleWaitingSuggestion accepts, as the analyst's act, a pending suggestion of exactly
// the hand tag's extent and type (linked to the analyst's entity, carrying their note),
// instead of making a second mention beside it; it returns the settled span's id, 0 when
// no suggestion waits there.
func (c *changeSet) settleWaitingSuggestion(in SpanInput, a textspan.Anchor, entityID sql.NullInt64) (int64, error) {
	id, err := c.q.FindEntitySpanAt(c.ctx, store.FindEntitySpanAtParams{
		ArticleID: in.ArticleID, StartCp: int64(a.Start), EndCp: int64(a.End),
		EntityType: sql.NullString{String: in.EntityType, Valid: true}, State: "suggested",
	})
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	err = c.update("spans", id, func() error {
		if err := c.q.DecideSuggestion(c.ctx, store.DecideSuggestionParams{
			ID: id, State: "accepted", EntityID: entityID, Annotator: c.ws.Analyst, UpdatedAt: c.at,
		}); err != nil {
			return err
		}
		if in.Note == "" {
			return nil
		}
		return c.q.SetSpanNote(c.ctx, store.SetSpanNoteParams{ID: id, Note: in.Note, UpdatedAt: c.at})
	})
	return id, err
}

// Update edits a span: its extent, entity type or entity, or note.
func (s *SpanService) Update(id int64, p SpanPatch) (Span, error) {
	err := s.ws.change(fmt.Sprintf("edit span %d", id), func(c *changeSet) error {
		cur, err := c.q.GetSpan(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("span %d", id))
		}
		if err := c.guard("spans", id, p.ReadAt, "annotation"); err != nil {
			return err
		}
		start, end, quote := cur.StartCp, cur.EndCp, ""
		if p.Start != nil {
			start = *p.Start
		}
		if p.End != nil {
			end = *p.End
		}
		if p.Quote != nil {
			quote = *p.Quote
		}
		a, err := c.anchor(cur.ArticleID, start, end, quote)
		if err != nil {
			return err
		}
		params := store.UpdateSpanParams{
			ID: id, EntityType: cur.EntityType, EntityID: cur.EntityID,
			StartCp: int64(a.Start), EndCp: int64(a.End), Quote: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix,
			AnchorStatus: "exact", Note: cur.Note, UpdatedAt: c.at,
		}
		if p.Note != nil {
			params.Note = *p.Note
		}
		if p.EntityType != nil || p.EntityID != nil || p.NewEntityName != nil {
			if cur.Kind != "entity" {
				return Invalid("only entity mentions have an entity; span %d is a %s", id, cur.Kind)
			}
			typ := cur.EntityType.String
			if p.EntityType != nil {
				typ = *p.EntityType
			}
			if !entityTypes[typ] {
				return Invalid("entity type must be one of person, organisation, place, date, number, quote, event; got %q", typ)
			}
			params.EntityType = sql.NullString{String: typ, Valid: true}
			newName := ""
			if p.NewEntityName != nil {
				newName = *p.NewEntityName
			}
			if err := checkNewEntityName(newName); err != nil {
				return err
			}
			eid := p.EntityID
			if eid == nil && newName == "" && cur.EntityID.Valid && p.EntityType == nil {
				eid = &cur.EntityID.Int64
			}
			resolved, err := c.resolveEntity(typ, eid, newName, c.quoteAsName(cur.ArticleID, a))
			if err != nil {
				return err
			}
			params.EntityID = sql.NullInt64{Int64: resolved, Valid: true}
		}
		c.summary = c.spanEditLabel(p, a.Quote, params.EntityType.String, params.EntityID.Int64)
		var was store.GetMentionForNormalizeRow // a claim mention as it was
		if cur.Kind == "claim" {
			if was, err = c.q.GetMentionForNormalize(c.ctx, id); err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if err := c.update("spans", id, func() error { return c.q.UpdateSpan(c.ctx, params) }); err != nil {
			return err
		}
		if cur.Kind == "claim" && a.Quote != cur.Quote && was.SpanID == id {
			// a claim mention without a raw value of its own reads its figure or date
			// from its words: resized, it is read again (and undone with the resize)
			return c.rereadQuote(id, was)
		}
		return nil
	})
	if err != nil {
		return Span{}, err
	}
	return s.Get(id)
}

// Delete removes a span with its tags (and, for a claim mention, the mention). Undoable.
func (s *SpanService) Delete(id int64) error {
	return s.ws.change(fmt.Sprintf("delete span %d", id), func(c *changeSet) error {
		sp, err := c.q.GetSpan(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("span %d", id))
		}
		c.summary = "delete “" + clipLabel(sp.Quote) + "”"
		mention, err := c.q.GetClaimMention(c.ctx, id)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if err := c.deleteSpan(id); err != nil {
			return err
		}
		if mention.ClaimID != 0 {
			// a claim mention deleted from the reader: as ClaimService.RemoveMention
			return c.reattributeLeads(mention.ClaimID, sp.ArticleID)
		}
		return nil
	})
}

// SetState accepts or rejects spans (machine suggestions, in bulk), as one action.
func (s *SpanService) SetState(ids []int64, state string) error {
	if !spanStates[state] {
		return Invalid("state must be suggested, accepted or rejected; got %q", state)
	}
	if len(ids) == 0 {
		return Invalid("no spans given")
	}
	verb := map[string]string{"accepted": "accept", "rejected": "reject", "suggested": "reset"}[state]
	return s.ws.change(fmt.Sprintf("%s %d %s", verb, len(ids), plural(len(ids), "suggestion", "suggestions")), func(c *changeSet) error {
		for _, id := range ids {
			sp, err := c.q.GetSpan(c.ctx, id)
			if err != nil {
				return storeErr(err, fmt.Sprintf("span %d", id))
			}
			// A machine's entity suggestion is decided as SuggestionService does it, so
			// accepting links (or creates) its entity instead of leaving it unlinked.
			if sp.Kind == "entity" && sp.Origin != "analyst" && state != "suggested" {
				if _, err := c.decideSuggestion(id, state); err != nil {
					return err
				}
				continue
			}
			if err := c.update("spans", id, func() error {
				return c.q.SetSpanState(c.ctx, store.SetSpanStateParams{ID: id, State: state, UpdatedAt: c.at})
			}); err != nil {
				return err
			}
		}
		if state == "rejected" {
			return c.rejectSameElsewhere(ids) // as SuggestionService.Reject
		}
		return nil
	})
}

// anchor validates offsets and quote against the article's text.
func (c *changeSet) anchor(articleID, start, end int64, quote string) (textspan.Anchor, error) {
	body, err := c.q.GetArticleBody(c.ctx, articleID)
	if err != nil {
		return textspan.Anchor{}, storeErr(err, fmt.Sprintf("article %d", articleID))
	}
	a, err := textspan.New(body).Anchor(int(start), int(end), quote)
	if err != nil {
		return textspan.Anchor{}, Invalid("%s", err.Error())
	}
	return a, nil
}

// quoteAsName is a mention's words as the name of an entity made from them: a name in
// capitals from a dateline or headline in the case the article writes it elsewhere
// (caseAsWritten), else as written. Only names in capitals read the article again.
func (c *changeSet) quoteAsName(articleID int64, a textspan.Anchor) string {
	if !names.AllCaps(a.Quote) {
		return a.Quote
	}
	body, err := c.q.GetArticleBody(c.ctx, articleID)
	if err != nil {
		return a.Quote // anchor read it a moment ago; the name as written is still right
	}
	return caseAsWritten(body, a.Start, a.End, a.Quote)
}

// resolveEntity returns the entity a mention links to: the given id (which must exist
// and have the same type), else an existing entity of that type whose name or alias
// has the same key as name (or the quote), else a new entity.
// checkNewEntityName checks a name the analyst typed for a new entity (a span's
// newEntityName, a mention's newSpeaker) as the entity page checks a name: these paths
// made a 40,000-character organisation and one with a NUL in its name. "" (name it by
// the quote) passes.
func checkNewEntityName(name string) error {
	if names.Clean(name) == "" {
		return nil
	}
	_, _, err := checkName(name, "a new entity's name")
	return err
}

func (c *changeSet) resolveEntity(typ string, id *int64, name, quote string) (int64, error) {
	if id != nil {
		e, err := c.liveEntity(*id)
		if err != nil {
			return 0, err
		}
		if e.Type != typ {
			return 0, Invalid("entity %d (%s) is a %s, not a %s", e.ID, e.Name, e.Type, typ)
		}
		return e.ID, nil
	}
	name = names.Clean(name)
	if name == "" {
		name = names.Clean(quote)
	}
	key := names.Key(name)
	if key == "" {
		return 0, Invalid("an entity needs a name with letters or digits; got %q", name)
	}
	found, err := c.q.FindEntityByKey(c.ctx, store.FindEntityByKeyParams{AliasKey: key, Type: typ})
	if err != nil {
		return 0, err
	}
	if len(found) > 0 {
		return found[0].ID, nil
	}
	return c.createEntity(typ, name, "")
}

// createEntity makes an entity with its name as its first alias.
func (c *changeSet) createEntity(typ, name, note string) (int64, error) {
	id, err := c.q.CreateEntity(c.ctx, store.CreateEntityParams{Type: typ, Name: name, Note: note, CreatedAt: c.at})
	if err != nil {
		return 0, err
	}
	if err := c.created("entities", id); err != nil {
		return 0, err
	}
	aliasID, err := c.q.CreateEntityAlias(c.ctx, store.CreateEntityAliasParams{
		EntityID: id, Alias: name, AliasKey: names.Key(name), Origin: "analyst", CreatedAt: c.at,
	})
	if err != nil {
		return 0, err
	}
	return id, c.created("entity_aliases", aliasID)
}

// deleteSpan deletes a span and what hangs on it, children first, each logged (tags, a
// claim mention and its further values). Evidence citing the span is detached through the
// log too, so the database's ON DELETE SET NULL never changes a row behind the audit log's
// back.
func (c *changeSet) deleteSpan(id int64) error {
	if err := c.detachEvidence(id); err != nil {
		return err
	}
	tags, err := c.q.ListSpanTags(c.ctx, id)
	if err != nil {
		return err
	}
	for _, t := range tags {
		if err := c.unlinked("span_tags", linkImage("span_id", id, "tag_id", t.ID)); err != nil {
			return err
		}
	}
	if _, err := c.q.ImageClaimMentions(c.ctx, id); err == nil {
		// a mention's further values (claim_mention_values) go first, logged: the foreign
		// key's cascade would drop them unseen, and undo would give the mention back without
		// them
		values, err := c.q.ListMentionValues(c.ctx, id)
		if err != nil {
			return err
		}
		for _, v := range values {
			if err := c.delete("claim_mention_values", v.ID); err != nil {
				return err
			}
		}
		if err := c.delete("claim_mentions", id); err != nil {
			return err
		}
	} else if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return c.delete("spans", id)
}

func spanFromRow(r store.GetSpanRow) Span {
	return Span{
		ID: r.ID, ArticleID: r.ArticleID, Kind: r.Kind, EntityType: r.EntityType.String,
		EntityID: nullID(r.EntityID), EntityName: r.EntityName, ClaimID: nullID(r.ClaimID),
		ClaimStatement: r.ClaimStatement, Start: r.StartCp, End: r.EndCp, Quote: r.Quote,
		Prefix: r.Prefix, Suffix: r.Suffix, AnchorStatus: r.AnchorStatus, State: r.State,
		Origin: r.Origin, Confidence: r.Confidence, Note: r.Note, Annotator: r.Annotator,
		CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, Tags: []Tag{},
	}
}

// clipLabel shortens a quote for a history label.
func clipLabel(s string) string {
	r := []rune(names.Clean(s))
	if len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return string(r)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
