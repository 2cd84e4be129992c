package app

import (
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"claimdesk/db/store"
)

// SourceService manages sources (outlets, agencies, state media, officials) and their
// Admiralty reliability, graded on the source rather than on each report.
type SourceService struct {
	ws *Workspace
}

// Source is an outlet or origin of reports. Articles counts the articles it is the outlet
// of; Claims the claims whose mentions name it further along their origin chain (origin,
// the body a speaker speaks for, or channel: claimsBehind).
type Source struct {
	// ReadAt is the audit log's newest id when this was read: a save sends it back, and
	// is refused if another window changed the same field since (app/read_at.go).
	ReadAt           int64  `json:"readAt"`
	ID               int64  `json:"id"`
	Name             string `json:"name"`
	Kind             string `json:"kind"`
	Reliability      string `json:"reliability"`
	ReliabilityLabel string `json:"reliabilityLabel"`
	URL              string `json:"url"`
	Note             string `json:"note"`
	Articles         int64  `json:"articles"`
	Claims           int64  `json:"claims"`
}

// SourceInput creates a source. Kind "" is outlet; reliability "" is F (cannot be judged).
type SourceInput struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	Reliability string `json:"reliability"`
	URL         string `json:"url"`
	Note        string `json:"note"`
}

// SourcePatch edits a source; nil fields stay as they are.
type SourcePatch struct {
	Name        *string `json:"name"`
	Kind        *string `json:"kind"`
	Reliability *string `json:"reliability"`
	URL         *string `json:"url"`
	Note        *string `json:"note"`
	// ReadAt is the record's readAt as the form read it: a save over a field another
	// window changed since is refused with conflict (app/read_at.go). Null: not checked.
	ReadAt *int64 `json:"readAt"`
}

// List returns every source by name, with how many articles each is the outlet of and
// how many claims it stands behind.
func (s *SourceService) List() ([]Source, error) {
	readAt, err := s.ws.readAtNow(s.ws.DB().Q)
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	rows, err := s.ws.DB().Q.ListSourcesWithArticles(s.ws.Context())
	if err != nil {
		return nil, storeErr(err, "the sources")
	}
	behind, err := claimsBehind(s.ws.Context(), s.ws.DB().Q)
	if err != nil {
		return nil, storeErr(err, "the sources' claims")
	}
	out := make([]Source, 0, len(rows))
	for _, r := range rows {
		out = append(out, Source{
			ID: r.ID, Name: r.Name, Kind: r.Kind, Reliability: r.Reliability, ReliabilityLabel: ReliabilityLabel(r.Reliability),
			URL: r.Url, Note: r.Note, Articles: r.ArticleCount, Claims: behind[r.ID], ReadAt: readAt,
		})
	}
	return out, nil
}

// Create adds a source; names are unique, ignoring case.
func (s *SourceService) Create(in SourceInput) (Source, error) {
	v := sourceValues{name: in.Name, kind: in.Kind, reliability: in.Reliability, url: in.URL, note: in.Note}
	if v.kind == "" {
		v.kind = "outlet"
	}
	if err := v.check(); err != nil {
		return Source{}, err
	}
	var id int64
	err := s.ws.change("create source "+v.name, func(c *changeSet) error {
		if err := c.sourceNameFree(v.name, 0); err != nil {
			return err
		}
		var err error
		id, err = c.q.CreateSource(c.ctx, store.CreateSourceParams{
			Name: v.name, Kind: v.kind, Reliability: v.reliability, Url: v.url, Note: v.note, CreatedAt: c.at,
		})
		if err != nil {
			return err
		}
		return c.created("sources", id)
	})
	if err != nil {
		return Source{}, err
	}
	return s.get(id)
}

// Update edits a source. A new reliability regrades every report from it at once.
func (s *SourceService) Update(id int64, p SourcePatch) (Source, error) {
	err := s.ws.change(fmt.Sprintf("edit source %d", id), func(c *changeSet) error {
		cur, err := c.q.GetSource(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("source %d", id))
		}
		if err := c.guard("sources", id, p.ReadAt, "source"); err != nil {
			return err
		}
		was := sourceValues{name: cur.Name, kind: cur.Kind, reliability: cur.Reliability, url: cur.Url, note: cur.Note}
		v := was
		if p.Name != nil {
			v.name = *p.Name
		}
		if p.Kind != nil {
			v.kind = *p.Kind
		}
		if p.Reliability != nil {
			v.reliability = *p.Reliability
		}
		if p.URL != nil {
			v.url = *p.URL
		}
		if p.Note != nil {
			v.note = *p.Note
		}
		if p.Name != nil {
			if err := v.checkName(); err != nil {
				return err
			}
			if err := c.sourceNameFree(v.name, id); err != nil {
				return err
			}
		}
		if err := v.checkRest(); err != nil {
			return err
		}
		c.summary = sourceEditLabel(was, v)
		return c.update("sources", id, func() error {
			return c.q.UpdateSource(c.ctx, store.UpdateSourceParams{
				ID: id, Name: v.name, Kind: v.kind, Reliability: v.reliability, Url: v.url, Note: v.note, UpdatedAt: c.at,
			})
		})
	})
	if err != nil {
		return Source{}, err
	}
	return s.get(id)
}

// Delete removes a source that is no article's outlet. Origins that name it go with it,
// and so do speakers' links to it (entity_speaks_for); links to it as a "via", a
// mention's channel or a mention's origin are cleared. All logged, undoable.
func (s *SourceService) Delete(id int64) error {
	return s.ws.change(fmt.Sprintf("delete source %d", id), func(c *changeSet) error {
		src, err := c.q.GetSource(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("source %d", id))
		}
		c.summary = "delete source " + src.Name
		ref := sql.NullInt64{Int64: id, Valid: true}
		n, err := c.q.CountArticlesForSource(c.ctx, ref)
		if err != nil {
			return err
		}
		if n > 0 {
			return Conflict("source %q is the outlet of %d %s; it cannot be deleted while %s it",
				src.Name, n, plural(int(n), "article", "articles"), plural(int(n), "that article uses", "they use"))
		}
		origins, err := c.q.ListOriginIDsFromSource(c.ctx, id)
		if err != nil {
			return err
		}
		for _, oid := range origins {
			if err := c.delete("article_origins", oid); err != nil {
				return err
			}
		}
		vias, err := c.q.ListOriginIDsViaSource(c.ctx, ref)
		if err != nil {
			return err
		}
		for _, oid := range vias {
			if err := c.update("article_origins", oid, func() error { return c.q.ClearOriginVia(c.ctx, oid) }); err != nil {
				return err
			}
		}
		mentions, err := c.q.ListMentionSpanIDsWithChannel(c.ctx, ref)
		if err != nil {
			return err
		}
		for _, sp := range mentions {
			if err := c.update("claim_mentions", sp, func() error { return c.q.ClearMentionChannel(c.ctx, sp) }); err != nil {
				return err
			}
		}
		// a mention's origin and a speaker's "speaks for" link go through the log too: the
		// foreign keys (SET NULL, CASCADE) would drop them unseen, and undoing the delete
		// would give the source back without them (the claim an origin short)
		origined, err := c.q.ListMentionSpanIDsWithOrigin(c.ctx, ref)
		if err != nil {
			return err
		}
		for _, sp := range origined {
			if err := c.update("claim_mentions", sp, func() error { return c.q.ClearMentionOrigin(c.ctx, sp) }); err != nil {
				return err
			}
		}
		speakers, err := c.q.ListEntityIDsSpeakingFor(c.ctx, id)
		if err != nil {
			return err
		}
		for _, e := range speakers {
			if err := c.delete("entity_speaks_for", e); err != nil {
				return err
			}
		}
		return c.delete("sources", id)
	})
}

func (s *SourceService) get(id int64) (Source, error) {
	ctx := s.ws.Context()
	r, err := s.ws.DB().Q.GetSource(ctx, id)
	if err != nil {
		return Source{}, storeErr(err, fmt.Sprintf("source %d", id))
	}
	n, err := s.ws.DB().Q.CountArticlesForSource(ctx, sql.NullInt64{Int64: id, Valid: true})
	if err != nil {
		return Source{}, storeErr(err, "the source's articles")
	}
	behind, err := claimsBehind(ctx, s.ws.DB().Q)
	if err != nil {
		return Source{}, storeErr(err, "the source's claims")
	}
	return Source{
		ID: r.ID, Name: r.Name, Kind: r.Kind, Reliability: r.Reliability, ReliabilityLabel: ReliabilityLabel(r.Reliability),
		URL: r.Url, Note: r.Note, Articles: n, Claims: behind[id],
	}, nil
}

// sourceValues are a source's editable fields, checked and normalised by check.
type sourceValues struct{ name, kind, reliability, url, note string }

func (v *sourceValues) check() error {
	if err := v.checkName(); err != nil {
		return err
	}
	return v.checkRest()
}

// checkName normalises and checks the name being set. Only a name being set: a row an
// older build wrote keeps its name when its grade or note is edited.
func (v *sourceValues) checkName() error {
	v.name = sourceName(v.name)
	switch {
	case v.name == "":
		return Invalid("a source needs a name")
	case len([]rune(v.name)) > maxOutletLen:
		return Invalid("a source's name is longer than %d characters", maxOutletLen)
	case strings.ContainsFunc(v.name, unicode.IsControl):
		return Invalid("a source's name must be plain text on one line")
	}
	return nil
}

// checkRest checks the fields other than the name.
func (v *sourceValues) checkRest() error {
	if !sourceKinds[v.kind] {
		return Invalid("source kind must be one of outlet, agency, state_media, government, official, organisation, social_media, other; got %q", v.kind)
	}
	var err error
	if v.reliability, err = normReliability(v.reliability); err != nil {
		return err
	}
	v.url, err = checkURL("a source's url", v.url)
	return err
}

// sourceNameFree refuses a name another source (not self) already has, ignoring case
// and what sourceName normalises.
func (c *changeSet) sourceNameFree(name string, self int64) error {
	id, other, err := sourceNamedLike(c.ctx, c.q, []string{sourceName(name)})
	if err != nil {
		return err
	}
	if id != 0 && id != self {
		return Conflict("a source named %q already exists", other)
	}
	return nil
}
