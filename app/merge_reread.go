package app

import "sort"

// A mention's stored values (claim_mentions' value columns and its claim_mention_values)
// are read from its raw value, quote, hedge and its article's publication date. A merge
// compares and takes columns one by one, so a conflict settled either way could leave a
// mention whose values are neither side's reading ("about 4,200" stored as B's 4,050–4,950,
// or B's "4,500 sheep" beside A's further "March 2026"). Every mention the merge changed,
// or whose article's date it changed, is read again at the end of the merge, in the
// merge's action (normalizeMention, logged: one undo takes it back with the rest).

// noteReread remembers the mentions a reconciled row of table t touches: the mention
// itself, the mention of a further value, or an article's mentions when its date changed.
func (m *merger) noteReread(t mergeTable, ours image, taken []MergeField) error {
	if m.reread == nil {
		m.reread = map[int64]bool{}
	}
	switch t.name {
	case "claim_mentions", "claim_mention_values":
		m.reread[asInt(ours["span_id"])] = true
	case "articles":
		for _, f := range taken {
			if f.Field != "published_at" {
				continue
			}
			ids, err := m.c.q.ListMentionSpanIDsForArticle(m.c.ctx, asInt(ours["id"]))
			if err != nil {
				return err
			}
			for _, id := range ids {
				m.reread[id] = true
			}
		}
	}
	return nil
}

// rereadMentions normalises the remembered mentions (those still there), in id order.
func (m *merger) rereadMentions() error {
	ids := make([]int64, 0, len(m.reread))
	for id := range m.reread {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if _, err := m.c.q.ImageClaimMentions(m.c.ctx, id); err != nil {
			continue // not a mention (any more)
		}
		if err := m.c.normalizeMention(id); err != nil {
			return err
		}
	}
	return nil
}
