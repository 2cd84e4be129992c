package app

import (
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"regexp"

	"claimdesk/app/names"
	"claimdesk/db/store"
)

// TagService manages free-form coloured tags on spans and claims.
type TagService struct {
	ws *Workspace
}

// TagSummary is a tag with how much it is used.
type TagSummary struct {
	Tag
	Spans  int64 `json:"spans"`
	Claims int64 `json:"claims"`
	// ReadAt is the audit log's newest id when this was read: a save sends it back, and
	// is refused if another window changed the same field since (app/read_at.go).
	ReadAt int64 `json:"readAt"`
}

// TagPatch renames or recolours a tag; nil fields stay as they are.
type TagPatch struct {
	Name  *string `json:"name"`
	Color *string `json:"color"`
	// ReadAt is the tag's readAt as the form read it: a save over a field another window
	// changed since is refused with conflict (app/read_at.go). Null: not checked.
	ReadAt *int64 `json:"readAt"`
}

// tagPalette: colours that stay apart for colour-blind readers (Okabe-Ito), for new tags.
var tagPalette = []string{"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"}

var hexColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// List returns every tag with its use counts.
func (s *TagService) List() ([]TagSummary, error) {
	readAt, err := s.ws.readAtNow(s.ws.DB().Q)
	if err != nil {
		return nil, storeErr(err, "the history")
	}
	rows, err := s.ws.DB().Q.ListTags(s.ws.Context())
	if err != nil {
		return nil, storeErr(err, "the tags")
	}
	out := make([]TagSummary, 0, len(rows))
	for _, r := range rows {
		out = append(out, TagSummary{Tag: Tag{ID: r.ID, Name: r.Name, Color: r.Color}, Spans: r.SpanCount, Claims: r.ClaimCount, ReadAt: readAt})
	}
	return out, nil
}

// Create makes a tag; color "" picks one from the palette.
func (s *TagService) Create(name, color string) (Tag, error) {
	var id int64
	err := s.ws.change("create tag "+names.Clean(name), func(c *changeSet) error {
		var err error
		if _, err := c.q.GetTagByName(c.ctx, names.Clean(name)); err == nil {
			return Conflict("a tag named %q already exists", names.Clean(name))
		}
		id, err = c.createTag(name, color)
		return err
	})
	if err != nil {
		return Tag{}, err
	}
	return s.get(id)
}

// Update renames or recolours a tag. Renaming onto another tag's name is refused: merge instead.
func (s *TagService) Update(id int64, p TagPatch) (Tag, error) {
	var name, color string
	if p.Name != nil {
		name = names.Clean(*p.Name)
	}
	if p.Color != nil {
		color = *p.Color
	}
	label := "edit tag " + name
	if name == "" {
		label = fmt.Sprintf("recolour tag %d", id)
		if t, err := s.ws.DB().Q.GetTag(s.ws.Context(), id); err == nil {
			label = "recolour tag " + t.Name
		}
	}
	err := s.ws.change(label, func(c *changeSet) error {
		t, err := c.q.GetTag(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("tag %d", id))
		}
		if err := c.guard("tags", id, p.ReadAt, "tag"); err != nil {
			return err
		}
		if name == "" {
			name = t.Name
		}
		if color == "" {
			color = t.Color
		}
		if !hexColor.MatchString(color) {
			return Invalid("a tag colour is #RRGGBB; got %q", color)
		}
		if other, err := c.q.GetTagByName(c.ctx, name); err == nil && other.ID != id {
			return Conflict("a tag named %q already exists; merge the two tags instead", name)
		}
		return c.update("tags", id, func() error { return c.q.UpdateTag(c.ctx, store.UpdateTagParams{ID: id, Name: name, Color: color}) })
	})
	if err != nil {
		return Tag{}, err
	}
	return s.get(id)
}

// Merge moves every use of tag from onto tag into and deletes from. Undoable.
func (s *TagService) Merge(from, into int64) (Tag, error) {
	if from == into {
		return Tag{}, Invalid("cannot merge a tag into itself")
	}
	err := s.ws.change(fmt.Sprintf("merge tag %d into %d", from, into), func(c *changeSet) error {
		src, err := c.q.GetTag(c.ctx, from)
		if err != nil {
			return storeErr(err, fmt.Sprintf("tag %d", from))
		}
		dst, err := c.q.GetTag(c.ctx, into)
		if err != nil {
			return storeErr(err, fmt.Sprintf("tag %d", into))
		}
		c.summary = "merge tag " + src.Name + " into " + dst.Name
		spans, err := c.q.ListSpanIDsWithTag(c.ctx, from)
		if err != nil {
			return err
		}
		for _, sp := range spans {
			if err := c.unlinked("span_tags", linkImage("span_id", sp, "tag_id", from)); err != nil {
				return err
			}
			if err := c.linkSpanTag(sp, into); err != nil {
				return err
			}
		}
		claims, err := c.q.ListClaimIDsWithTag(c.ctx, from)
		if err != nil {
			return err
		}
		for _, cl := range claims {
			if err := c.unlinked("claim_tags", linkImage("claim_id", cl, "tag_id", from)); err != nil {
				return err
			}
			if err := c.linkClaimTag(cl, into); err != nil {
				return err
			}
		}
		return c.delete("tags", from)
	})
	if err != nil {
		return Tag{}, err
	}
	return s.get(into)
}

// Delete removes a tag from everything it is on, and the tag. Undoable.
func (s *TagService) Delete(id int64) error {
	return s.ws.change(fmt.Sprintf("delete tag %d", id), func(c *changeSet) error {
		t, err := c.q.GetTag(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("tag %d", id))
		}
		c.summary = "delete tag " + t.Name
		spans, err := c.q.ListSpanIDsWithTag(c.ctx, id)
		if err != nil {
			return err
		}
		for _, sp := range spans {
			if err := c.unlinked("span_tags", linkImage("span_id", sp, "tag_id", id)); err != nil {
				return err
			}
		}
		claims, err := c.q.ListClaimIDsWithTag(c.ctx, id)
		if err != nil {
			return err
		}
		for _, cl := range claims {
			if err := c.unlinked("claim_tags", linkImage("claim_id", cl, "tag_id", id)); err != nil {
				return err
			}
		}
		return c.delete("tags", id)
	})
}

// TagSpan puts a tag (by name, created when new) on a span.
func (s *TagService) TagSpan(spanID int64, name string) (Span, error) {
	err := s.ws.change("tag span "+names.Clean(name), func(c *changeSet) error {
		if _, err := c.q.GetSpan(c.ctx, spanID); err != nil {
			return storeErr(err, fmt.Sprintf("span %d", spanID))
		}
		return c.tagSpan(spanID, name)
	})
	if err != nil {
		return Span{}, err
	}
	return s.ws.getSpan(s.ws.DB().Q, spanID)
}

// UntagSpan takes a tag off a span.
func (s *TagService) UntagSpan(spanID, tagID int64) (Span, error) {
	err := s.ws.change("untag span", func(c *changeSet) error {
		n, err := c.q.SpanHasTag(c.ctx, store.SpanHasTagParams{SpanID: spanID, TagID: tagID})
		if err != nil {
			return err
		}
		if n == 0 {
			return NotFound("span %d does not have tag %d", spanID, tagID)
		}
		return c.unlinked("span_tags", linkImage("span_id", spanID, "tag_id", tagID))
	})
	if err != nil {
		return Span{}, err
	}
	return s.ws.getSpan(s.ws.DB().Q, spanID)
}

// TagClaim puts a tag (by name, created when new) on a claim.
func (s *TagService) TagClaim(claimID int64, name string) ([]Tag, error) {
	err := s.ws.change("tag claim "+names.Clean(name), func(c *changeSet) error {
		if _, err := c.q.ImageClaims(c.ctx, claimID); err != nil {
			return storeErr(err, fmt.Sprintf("claim %d", claimID))
		}
		tagID, err := c.tagByName(name)
		if err != nil {
			return err
		}
		return c.linkClaimTag(claimID, tagID)
	})
	if err != nil {
		return nil, err
	}
	return s.claimTags(claimID)
}

// UntagClaim takes a tag off a claim.
func (s *TagService) UntagClaim(claimID, tagID int64) ([]Tag, error) {
	err := s.ws.change("untag claim", func(c *changeSet) error {
		n, err := c.q.ClaimHasTag(c.ctx, store.ClaimHasTagParams{ClaimID: claimID, TagID: tagID})
		if err != nil {
			return err
		}
		if n == 0 {
			return NotFound("claim %d does not have tag %d", claimID, tagID)
		}
		return c.unlinked("claim_tags", linkImage("claim_id", claimID, "tag_id", tagID))
	})
	if err != nil {
		return nil, err
	}
	return s.claimTags(claimID)
}

func (s *TagService) claimTags(claimID int64) ([]Tag, error) {
	rows, err := s.ws.DB().Q.ListClaimTags(s.ws.Context(), claimID)
	if err != nil {
		return nil, storeErr(err, "the claim's tags")
	}
	out := []Tag{}
	for _, r := range rows {
		out = append(out, Tag{ID: r.ID, Name: r.Name, Color: r.Color})
	}
	return out, nil
}

func (s *TagService) get(id int64) (Tag, error) {
	t, err := s.ws.DB().Q.GetTag(s.ws.Context(), id)
	if err != nil {
		return Tag{}, storeErr(err, fmt.Sprintf("tag %d", id))
	}
	return Tag{ID: t.ID, Name: t.Name, Color: t.Color}, nil
}

// tagSpan links a tag by name (creating it) to a span, once.
func (c *changeSet) tagSpan(spanID int64, name string) error {
	tagID, err := c.tagByName(name)
	if err != nil {
		return err
	}
	return c.linkSpanTag(spanID, tagID)
}

// MaxTagsPerItem is the most tags one span or claim carries. Tags sort and filter; a
// span under hundreds of them is a script gone wrong, not an analyst's judgement, and
// would swamp the reader's chips and every export row.
const MaxTagsPerItem = 50

func (c *changeSet) linkSpanTag(spanID, tagID int64) error {
	n, err := c.q.SpanHasTag(c.ctx, store.SpanHasTagParams{SpanID: spanID, TagID: tagID})
	if err != nil || n > 0 {
		return err
	}
	have, err := c.q.ListSpanTags(c.ctx, spanID)
	if err != nil {
		return err
	}
	if len(have) >= MaxTagsPerItem {
		return Invalid("span %d already has %d tags, the most one span can carry; remove one first", spanID, len(have))
	}
	return c.linked("span_tags", linkImage("span_id", spanID, "tag_id", tagID))
}

func (c *changeSet) linkClaimTag(claimID, tagID int64) error {
	n, err := c.q.ClaimHasTag(c.ctx, store.ClaimHasTagParams{ClaimID: claimID, TagID: tagID})
	if err != nil || n > 0 {
		return err
	}
	have, err := c.q.ListClaimTags(c.ctx, claimID)
	if err != nil {
		return err
	}
	if len(have) >= MaxTagsPerItem {
		return Invalid("claim %d already has %d tags, the most one claim can carry; remove one first", claimID, len(have))
	}
	return c.linked("claim_tags", linkImage("claim_id", claimID, "tag_id", tagID))
}

// tagByName finds a tag by name (case-insensitive) or creates it.
func (c *changeSet) tagByName(name string) (int64, error) {
	name = names.Clean(name)
	if name == "" {
		return 0, Invalid("a tag needs a name")
	}
	t, err := c.q.GetTagByName(c.ctx, name)
	if err == nil {
		return t.ID, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	return c.createTag(name, "")
}

func (c *changeSet) createTag(name, color string) (int64, error) {
	name = names.Clean(name)
	if name == "" {
		return 0, Invalid("a tag needs a name")
	}
	if len([]rune(name)) > 64 {
		return 0, Invalid("a tag name has at most 64 characters")
	}
	if color == "" {
		h := fnv.New32a()
		h.Write([]byte(names.Key(name)))
		color = tagPalette[h.Sum32()%uint32(len(tagPalette))]
	}
	if !hexColor.MatchString(color) {
		return 0, Invalid("a tag colour is #RRGGBB; got %q", color)
	}
	id, err := c.q.CreateTag(c.ctx, store.CreateTagParams{Name: name, Color: color, CreatedAt: c.at})
	if err != nil {
		return 0, err
	}
	return id, c.created("tags", id)
}
