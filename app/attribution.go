package app

import (
	"database/sql"
	"fmt"
	"strings"

	"claimdesk/app/match"
	"claimdesk/app/names"
	"claimdesk/app/suggest"
	"claimdesk/db/store"
)

// AttributionService suggests who a claim mention is attributed to (the speaker), through
// which channel ("according to KCNA"), and whether it is a direct quote, from the
// mention's sentence and its paragraph; and applies a suggestion to the mention.
type AttributionService struct {
	ws *Workspace
}

// AttributionSuggestion is a proposed attribution for a claim mention. Names are always
// given; the ids are set when they resolve to an existing entity (by its names and
// aliases) or source (by name, or an agency's alias: KCNA = Korean Central News Agency).
type AttributionSuggestion struct {
	SpanID          int64   `json:"spanId"`
	SpeakerEntityID *int64  `json:"speakerEntityId"`
	SpeakerName     string  `json:"speakerName"`
	SpeakerType     string  `json:"speakerType"` // person | organisation (for creating it on apply)
	ChannelSourceID *int64  `json:"channelSourceId"`
	ChannelName     string  `json:"channelName"`
	ChannelVia      string  `json:"channelVia"`
	ChannelText     string  `json:"channelText"`
	IsDirectQuote   bool    `json:"isDirectQuote"`
	Confidence      float64 `json:"confidence"`
	Cue             string  `json:"cue"`
}

// Suggest reads the attribution of claim mention spanID from the text.
func (s *AttributionService) Suggest(spanID int64) (AttributionSuggestion, error) {
	ctx := s.ws.Context()
	q := s.ws.DB().Q
	m, err := q.GetMentionForAttribution(ctx, spanID)
	if err != nil {
		return AttributionSuggestion{}, storeErr(err, fmt.Sprintf("claim mention %d", spanID))
	}
	var nameList []match.Name
	var quotes []match.Quote
	for _, sg := range suggest.Default().Suggest(suggest.Document{Text: m.Body, PublishedAt: m.PublishedAt}) {
		switch sg.Type {
		case suggest.TypePerson, suggest.TypeOrganisation:
			name := sg.EntityName
			if name == "" {
				name = sg.Quote
			}
			nameList = append(nameList, match.Name{Start: sg.Start, End: sg.End, Name: name, Type: sg.Type})
		case suggest.TypeQuote:
			quotes = append(quotes, match.Quote{Start: sg.Start, End: sg.End, Speaker: sg.Speaker})
		}
	}
	// the analyst's entity mentions name people better than the suggester (this
	// article's only: reading every accepted entity mention of the workspace took ~1 s)
	ents, err := q.ListAcceptedEntitySpans(ctx, m.ArticleID)
	if err != nil {
		return AttributionSuggestion{}, storeErr(err, "the entity mentions")
	}
	for _, e := range ents {
		if e.EntityType == "person" || e.EntityType == "organisation" {
			nameList = append(nameList, match.Name{Start: int(e.StartCp), End: int(e.EndCp), Name: e.EntityName, Type: e.EntityType})
		}
	}
	a := match.Attribute(m.Body, int(m.StartCp), int(m.EndCp), nameList, quotes)
	out := AttributionSuggestion{
		SpanID: spanID, SpeakerName: a.SpeakerName, ChannelName: a.ChannelName, ChannelVia: a.ChannelVia,
		ChannelText: a.ChannelText, IsDirectQuote: a.IsDirectQuote, Confidence: round3(a.Confidence), Cue: a.Cue,
	}
	if a.SpeakerName != "" {
		out.SpeakerType = "organisation"
		for _, n := range nameList {
			if n.Name == a.SpeakerName && n.Type == "person" {
				out.SpeakerType = "person"
			}
		}
		id, name, typ, err := s.ws.findSpeaker(q, a.SpeakerName)
		if err != nil {
			return AttributionSuggestion{}, err
		}
		if id != 0 {
			out.SpeakerEntityID, out.SpeakerName, out.SpeakerType = &id, name, typ
		}
	}
	if a.ChannelName != "" {
		id, name, err := findSource(s.ws.Context(), q, a.ChannelName, "agency")
		if err != nil {
			return AttributionSuggestion{}, storeErr(err, "the sources")
		}
		if id != 0 {
			out.ChannelSourceID, out.ChannelName = &id, name
		}
	}
	return out, nil
}

// findSpeaker resolves a speaker's name to a person or organisation entity: one whose
// name or alias has the same key, else the one person whose name ends with it ("Umerov"
// → "Rustem Umerov"; "Kim" resolves only if one entity's name ends so).
func (ws *Workspace) findSpeaker(q *store.Queries, name string) (int64, string, string, error) {
	key := names.Key(name)
	if key == "" {
		return 0, "", "", nil
	}
	rows, err := q.ListEntityAliasKeys(ws.Context())
	if err != nil {
		return 0, "", "", storeErr(err, "the entities")
	}
	var tail []store.ListEntityAliasKeysRow
	seen := map[int64]bool{}
	for _, r := range rows {
		if r.Type != "person" && r.Type != "organisation" {
			continue
		}
		if r.AliasKey == key {
			return r.ID, r.Name, r.Type, nil
		}
		if strings.HasSuffix(r.AliasKey, " "+key) && !seen[r.ID] {
			seen[r.ID] = true
			tail = append(tail, r)
		}
	}
	if len(tail) == 1 {
		return tail[0].ID, tail[0].Name, tail[0].Type, nil
	}
	return 0, "", "", nil
}

// Apply writes a suggestion (possibly edited) to claim mention spanID, as one undoable
// action: the speaker (an unresolved name creates, or finds by key, an entity of
// SpeakerType), the channel (an unresolved known agency becomes a source of kind agency
// or state_media; any other unresolved channel keeps only its text), the channel text
// and the direct-quote flag. Empty names and null ids leave those fields as they are.
func (s *AttributionService) Apply(spanID int64, sg AttributionSuggestion) (ClaimDetail, error) {
	var claimID int64
	err := s.ws.change(fmt.Sprintf("attribute claim mention %d", spanID), func(c *changeSet) error {
		cur, err := c.q.GetClaimMention(c.ctx, spanID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim mention %d", spanID))
		}
		claimID = cur.ClaimID
		c.summary = "attribute claim mention " + c.spanLabel(spanID)
		params := mentionParams(cur)
		params.IsDirectQuote, params.AttributionBy = boolInt(sg.IsDirectQuote), "analyst"
		if sg.SpeakerEntityID != nil && *sg.SpeakerEntityID != 0 {
			if params.SpeakerEntityID, err = c.entityRef(sg.SpeakerEntityID); err != nil {
				return err
			}
		} else if name := names.Clean(sg.SpeakerName); name != "" {
			typ := sg.SpeakerType
			if typ != "person" && typ != "organisation" {
				return Invalid("speakerType must be person or organisation; got %q", typ)
			}
			id, err := c.resolveEntity(typ, nil, name, "")
			if err != nil {
				return err
			}
			params.SpeakerEntityID = sql.NullInt64{Int64: id, Valid: true}
		}
		if sg.ChannelSourceID != nil && *sg.ChannelSourceID != 0 {
			if params.ChannelSourceID, err = c.sourceRef(sg.ChannelSourceID); err != nil {
				return err
			}
		} else if a := match.AgencyByName(sg.ChannelName); a != nil {
			id, err := c.source(a.Name, "agency")
			if err != nil {
				return err
			}
			params.ChannelSourceID = sql.NullInt64{Int64: id, Valid: true}
		}
		if t := strings.TrimSpace(sg.ChannelText); t != "" {
			params.ChannelText = t
		}
		if err := c.update("claim_mentions", spanID, func() error { return c.q.UpdateClaimMention(c.ctx, params) }); err != nil {
			return err
		}
		return c.touchClaim(claimID)
	})
	if err != nil {
		return ClaimDetail{}, err
	}
	return s.ws.claimDetail(s.ws.DB().Q, claimID)
}
