package app

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"claimdesk/app/names"
	"claimdesk/db/store"
)

// Merging and splitting entities, and the same/different judgements that make those
// decisions stick: a pair judged different is never proposed as a merge again, and a
// merged entity keeps its row (merged_into_id) so old ids still resolve.

// MergeProposal is a pair of entities that look like one, for the analyst to decide.
type MergeProposal struct {
	A      EntitySummary `json:"a"`
	B      EntitySummary `json:"b"`
	Score  float64       `json:"score"`
	Reason string        `json:"reason"`
}

// CoEntity is an entity mentioned in the same articles as another.
type CoEntity struct {
	ID       int64  `json:"id"`
	Type     string `json:"type"`
	Name     string `json:"name"`
	Articles int64  `json:"articles"`
}

// Merge moves everything of entity from onto entity into — mentions, speaker links,
// aliases, the body it speaks for — records that they are the same, and marks from as merged into into. One
// undoable action. Both must be live entities of the same type.
func (s *EntityService) Merge(from, into int64) (EntityDetail, error) {
	if from == into {
		return EntityDetail{}, Invalid("cannot merge an entity into itself")
	}
	err := s.ws.change(fmt.Sprintf("merge entity %d into %d", from, into), func(c *changeSet) error {
		src, dst, err := c.livePair(from, into)
		if err != nil {
			return err
		}
		if src.Type != dst.Type {
			return Invalid("%s is a %s and %s a %s: change one's type before merging", src.Name, src.Type, dst.Name, dst.Type)
		}
		c.summary = "merge " + src.Name + " into " + dst.Name
		if err := c.mergeSpeaksFor(src, dst); err != nil {
			return err
		}
		spans, err := c.q.ListEntitySpanIDs(c.ctx, sql.NullInt64{Int64: from, Valid: true})
		if err != nil {
			return err
		}
		for _, id := range spans {
			if err := c.relinkSpan(id, into); err != nil {
				return err
			}
		}
		speaking, err := c.q.ListSpeakerMentionIDs(c.ctx, sql.NullInt64{Int64: from, Valid: true})
		if err != nil {
			return err
		}
		for _, id := range speaking {
			if err := c.update("claim_mentions", id, func() error {
				return c.q.SetMentionSpeaker(c.ctx, store.SetMentionSpeakerParams{SpanID: id, EntityID: sql.NullInt64{Int64: into, Valid: true}})
			}); err != nil {
				return err
			}
		}
		aliases, err := c.q.ListEntityAliases(c.ctx, from)
		if err != nil {
			return err
		}
		for _, al := range aliases {
			if err := c.addAlias(into, al.Alias); err != nil {
				return err
			}
		}
		if err := c.judge(from, into, "same"); err != nil {
			return err
		}
		return c.update("entities", from, func() error {
			return c.q.SetEntityMergedInto(c.ctx, store.SetEntityMergedIntoParams{ID: from, MergedIntoID: sql.NullInt64{Int64: into, Valid: true}, UpdatedAt: c.at})
		})
	})
	if err != nil {
		return EntityDetail{}, err
	}
	return s.Get(into)
}

// Split takes one alias off an entity into a new entity of the same type named by it,
// moves the mentions spelled that way to the new entity, and records that the two are
// different (so they are never proposed for merging again). One undoable action.
func (s *EntityService) Split(id int64, alias string) (EntityDetail, error) {
	var newID int64
	err := s.ws.change(fmt.Sprintf("split %q off entity %d", alias, id), func(c *changeSet) error {
		e, err := c.q.GetEntity(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("entity %d", id))
		}
		if e.MergedIntoID.Valid {
			return Invalid("entity %d was merged into entity %d; split that one instead", id, e.MergedIntoID.Int64)
		}
		key := names.Key(alias)
		if key == "" || key == names.Key(e.Name) {
			return Invalid("split off an alias other than the entity's name (%s); rename the entity to change its name", e.Name)
		}
		aliases, err := c.q.ListEntityAliases(c.ctx, id)
		if err != nil {
			return err
		}
		var aliasRow *store.ListEntityAliasesRow
		for i := range aliases {
			if aliases[i].AliasKey == key {
				aliasRow = &aliases[i]
			}
		}
		if aliasRow == nil {
			return NotFound("%s has no alias %q", e.Name, alias)
		}
		// a live entity of the type that already goes by the alias would be a second one
		// of that name, which Create and a rename refuse
		if other, err := c.q.FindOtherEntityByKey(c.ctx, store.FindOtherEntityByKeyParams{AliasKey: key, Type: e.Type, ID: id}); err == nil {
			return Conflict("%s “%s” (entity %d) already goes by “%s”: split off, it would be a second %s of that name. Nothing was changed; link those mentions to %s instead, or remove the alias",
				e.Type, other.Name, other.ID, aliasRow.Alias, e.Type, other.Name)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		c.summary = "split " + aliasRow.Alias + " off " + e.Name
		if err := c.delete("entity_aliases", aliasRow.ID); err != nil {
			return err
		}
		if newID, err = c.createEntity(e.Type, aliasRow.Alias, ""); err != nil {
			return err
		}
		spans, err := c.q.ListSpanIDsWithQuoteKeyForEntity(c.ctx, sql.NullInt64{Int64: id, Valid: true})
		if err != nil {
			return err
		}
		for _, sp := range spans {
			if names.Key(sp.Quote) == key {
				if err := c.relinkSpan(sp.ID, newID); err != nil {
					return err
				}
			}
		}
		return c.judge(id, newID, "different")
	})
	if err != nil {
		return EntityDetail{}, err
	}
	return s.Get(newID)
}

// Judge records that two entities are the same or different ("same" without merging is
// allowed: it only stops the pair from being proposed). Replaces an earlier judgement.
func (s *EntityService) Judge(a, b int64, judgement string) error {
	if judgement != "same" && judgement != "different" {
		return Invalid("a judgement is same or different; got %q", judgement)
	}
	if a == b {
		return Invalid("an entity is always the same as itself")
	}
	return s.ws.change(fmt.Sprintf("judge entities %d and %d %s", a, b, judgement), func(c *changeSet) error {
		ea, eb, err := c.livePair(a, b)
		if err != nil {
			return err
		}
		c.summary = ea.Name + " and " + eb.Name + ": " + judgement
		return c.judge(a, b, judgement)
	})
}

// ProposeMerges lists pairs of live entities of one type whose names or aliases look like
// spellings of one name ("Alexandr Matsegora" / "Alexander Matsegora"), or an acronym and
// the name it abbreviates ("NIPH" / "National Institute of Public Health"), best first,
// leaving out pairs already judged. Nothing is merged: the analyst decides.
func (s *EntityService) ProposeMerges(limit int) ([]MergeProposal, error) {
	if limit <= 0 {
		limit = 50
	}
	if limit > 500 {
		return nil, Invalid("limit must be at most 500; got %d", limit)
	}
	ctx := s.ws.Context()
	q := s.ws.DB().Q
	rows, err := q.ListLiveEntityKeys(ctx)
	if err != nil {
		return nil, storeErr(err, "the entities")
	}
	judged, err := q.ListJudgedPairs(ctx)
	if err != nil {
		return nil, storeErr(err, "the entity judgements")
	}
	skip := map[[2]int64]bool{}
	for _, j := range judged {
		skip[[2]int64{j.EntityAID, j.EntityBID}] = true
	}
	type ent struct {
		id        int64
		typ, name string
		keys      []string
		words     [][]string // each key's words, split once (not once per pair compared)
	}
	var ents []*ent
	byID := map[int64]*ent{}
	for _, r := range rows {
		e := byID[r.ID]
		if e == nil {
			e = &ent{id: r.ID, typ: r.Type, name: r.Name}
			byID[r.ID] = e
			ents = append(ents, e)
		}
		e.keys = append(e.keys, r.AliasKey)
		e.words = append(e.words, strings.Fields(r.AliasKey))
	}
	// Group by type and by the last word of a key (surnames, head words), so the
	// comparison stays far from quadratic on a large workspace.
	buckets := map[string][]*ent{}
	for _, e := range ents {
		seen := map[string]bool{}
		for _, w := range e.words {
			if len(w) == 0 {
				continue
			}
			b := e.typ + "|" + w[len(w)-1]
			if len(w[len(w)-1]) >= 4 {
				b = e.typ + "|" + w[len(w)-1][:4] // tolerate a misspelt ending
			}
			if !seen[b] {
				seen[b] = true
				buckets[b] = append(buckets[b], e)
			}
		}
	}
	best := map[[2]int64]MergeProposal{}
	for _, group := range buckets {
		if len(group) > 200 {
			continue // a head word shared by hundreds says nothing
		}
		for i := 0; i < len(group); i++ {
			for j := i + 1; j < len(group); j++ {
				a, b := group[i], group[j]
				if a.id > b.id {
					a, b = b, a
				}
				pair := [2]int64{a.id, b.id}
				if skip[pair] {
					continue
				}
				score, reason := nameSimilarity(a.keys, b.keys, a.words, b.words)
				if score < 0.8 {
					continue
				}
				if cur, ok := best[pair]; !ok || score > cur.Score {
					best[pair] = MergeProposal{A: EntitySummary{ID: a.id, Type: a.typ, Name: a.name},
						B: EntitySummary{ID: b.id, Type: b.typ, Name: b.name}, Score: score, Reason: reason}
				}
			}
		}
	}
	named := make([]EntitySummary, len(ents))
	for i, e := range ents {
		named[i] = EntitySummary{ID: e.id, Type: e.typ, Name: e.name}
	}
	for _, p := range initialsPairs(named) {
		pair := [2]int64{p.A.ID, p.B.ID}
		if cur, ok := best[pair]; !skip[pair] && (!ok || p.Score > cur.Score) {
			best[pair] = p
		}
	}
	out := make([]MergeProposal, 0, len(best))
	for _, p := range best {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].A.ID < out[j].A.ID || (out[i].A.ID == out[j].A.ID && out[i].B.ID < out[j].B.ID)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// CoOccurring lists the entities mentioned in the same articles as entity id.
func (s *EntityService) CoOccurring(id int64) ([]CoEntity, error) {
	rows, err := s.ws.DB().Q.ListCoOccurringEntities(s.ws.Context(), sql.NullInt64{Int64: id, Valid: true})
	if err != nil {
		return nil, storeErr(err, fmt.Sprintf("entity %d", id))
	}
	out := make([]CoEntity, 0, len(rows))
	for _, r := range rows {
		out = append(out, CoEntity{ID: r.ID, Type: r.Type, Name: r.Name, Articles: r.Articles})
	}
	return out, nil
}

// nameSimilarity compares two entities' keys: the best pair of keys whose words line up
// one to one with at most one small spelling difference per word. Identical keys would
// have made them one entity already, so 1.0 is not reached. aw and bw are the keys'
// words (strings.Fields of each key).
func nameSimilarity(a, b []string, aw, bw [][]string) (float64, string) {
	best, reason := 0.0, ""
	for x, ka := range a {
		for y, kb := range b {
			wa, wb := aw[x], bw[y]
			if len(wa) != len(wb) || len(wa) == 0 {
				continue
			}
			edits, letters := 0, 0
			ok := true
			for i := range wa {
				d := editDistance(wa[i], wb[i])
				if d > 2 || (d > 0 && min(len(wa[i]), len(wb[i])) < 4) {
					ok = false
					break
				}
				edits += d
				letters += max(len(wa[i]), len(wb[i]))
			}
			if !ok || edits == 0 {
				continue
			}
			score := 1 - float64(edits)/float64(letters)
			if score > best {
				best, reason = score, fmt.Sprintf("%q and %q differ by %d letter(s)", ka, kb, edits)
			}
		}
	}
	return best, reason
}

// editDistance is the Levenshtein distance between two short words (bytes of keys,
// which are lower-case and free of diacritics; non-ASCII letters count per byte).
// nameSimilarity only asks whether it is at most 2, so words whose lengths differ by
// more than 2 answer 3 at once; rows of up to 32 bytes live on the stack (ProposeMerges
// compares ~10^6 pairs on a large workspace: the allocations were a third of its time).
func editDistance(a, b string) int {
	if a == b {
		return 0
	}
	if len(a)-len(b) > 2 || len(b)-len(a) > 2 {
		return 3
	}
	var bufPrev, bufCur [33]int
	prev, cur := bufPrev[:0], bufCur[:0]
	if len(b) >= len(bufPrev) {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// livePair loads two entities and checks neither was merged away.
func (c *changeSet) livePair(a, b int64) (store.Entity, store.Entity, error) {
	ea, err := c.q.GetEntity(c.ctx, a)
	if err != nil {
		return store.Entity{}, store.Entity{}, storeErr(err, fmt.Sprintf("entity %d", a))
	}
	eb, err := c.q.GetEntity(c.ctx, b)
	if err != nil {
		return store.Entity{}, store.Entity{}, storeErr(err, fmt.Sprintf("entity %d", b))
	}
	for _, e := range []store.Entity{ea, eb} {
		if e.MergedIntoID.Valid {
			return store.Entity{}, store.Entity{}, Invalid("entity %d (%s) was merged into entity %d", e.ID, e.Name, e.MergedIntoID.Int64)
		}
	}
	return ea, eb, nil
}

// unmergedEntity reads entity id for an edit of the entity itself (name, note, aliases,
// the body it speaks for). A merged-away entity is refused, naming the one it was merged
// into: a page left open while another window merged it would otherwise write on a row
// that no page, type-ahead, suggestion or origin count reads, and show the edit as made.
// (Links to it land on the live entity instead: liveEntity.) what is the edit, as "add
// the alias".
func (c *changeSet) unmergedEntity(id int64, what string) (store.Entity, error) {
	e, err := c.q.GetEntity(c.ctx, id)
	if err != nil {
		return store.Entity{}, storeErr(err, fmt.Sprintf("entity %d", id))
	}
	if !e.MergedIntoID.Valid {
		return e, nil
	}
	live, err := c.liveEntity(id)
	if err != nil {
		return store.Entity{}, err
	}
	return store.Entity{}, Conflict("%s (entity %d) was merged into %s (entity %d), in another window or earlier; %s there. Nothing was changed",
		e.Name, id, live.Name, live.ID, what)
}

// relinkSpan points a span at another entity, logged.
func (c *changeSet) relinkSpan(spanID, entityID int64) error {
	return c.update("spans", spanID, func() error {
		return c.q.SetSpanEntity(c.ctx, store.SetSpanEntityParams{ID: spanID, EntityID: sql.NullInt64{Int64: entityID, Valid: true}, UpdatedAt: c.at})
	})
}

// judge records a same/different judgement for a pair, replacing an earlier one.
func (c *changeSet) judge(a, b int64, judgement string) error {
	if a > b {
		a, b = b, a
	}
	if old, err := c.q.GetEntityJudgement(c.ctx, store.GetEntityJudgementParams{EntityAID: a, EntityBID: b}); err == nil {
		if old.Judgement == judgement {
			return nil
		}
		img, _ := json.Marshal(map[string]any{"entity_a_id": old.EntityAID, "entity_b_id": old.EntityBID,
			"judgement": old.Judgement, "analyst": old.Analyst, "decided_at": old.DecidedAt})
		if err := c.unlinked("entity_judgements", string(img)); err != nil {
			return err
		}
	}
	img, _ := json.Marshal(map[string]any{"entity_a_id": a, "entity_b_id": b, "judgement": judgement,
		"analyst": c.ws.Analyst, "decided_at": c.at})
	return c.linked("entity_judgements", string(img))
}
