package app

import "fmt"

// A claim mention both analysts marked on their own (each accepted the same proposal, or
// marked the same words for the shared claim) is two spans with two uuids. Merged by uuid
// alone it became two mentions of one sentence: the claim counted it twice and the mentions
// export listed it twice. A span of theirs with no uuid of ours meets our claim mention of
// the same claim at the same offsets in the same article instead: their claim mention, tags
// and evidence then land on ours, and a difference (their state, their figure) is compared
// like any other row's.

// sameMentions indexes, for the spans table's merge, our claim mentions by where they are
// and which claim they state, and their spans' claims.
type sameMentions struct {
	ours   map[string]imageRow // mentionKey (our ids) -> our span
	claims map[int64]int64     // their span id -> their claim id
}

func mentionKey(article, start, end, claim int64) string {
	return fmt.Sprintf("%d:%d:%d:%d", article, start, end, claim)
}

// loadSameMentions builds the index from our spans (mine, by uuid) and both sides' mentions.
func (m *merger) loadSameMentions(mine mineIndex) (*sameMentions, error) {
	ours, err := mentionClaims(m.c.q.AllImagesClaimMentions(m.c.ctx))
	if err != nil {
		return nil, err
	}
	theirs, err := mentionClaims(m.theirs.AllImagesClaimMentions(m.c.ctx))
	if err != nil {
		return nil, err
	}
	s := &sameMentions{ours: map[string]imageRow{}, claims: theirs}
	for _, r := range mine.byUUID {
		img, err := parseImage(r.image)
		if err != nil {
			return nil, err
		}
		claim, ok := ours[asInt(img["id"])]
		if !ok {
			continue
		}
		s.ours[mentionKey(asInt(img["article_id"]), asInt(img["start_cp"]), asInt(img["end_cp"]), claim)] = r
	}
	return s, nil
}

// mentionClaims maps the span ids of claim_mentions images to their claim ids.
func mentionClaims(images []string, err error) (map[int64]int64, error) {
	if err != nil {
		return nil, err
	}
	out := make(map[int64]int64, len(images))
	for _, text := range images {
		img, err := parseImage(text)
		if err != nil {
			return nil, err
		}
		out[asInt(img["span_id"])] = asInt(img["claim_id"])
	}
	return out, nil
}

// sameMention finds our claim mention that their span (img, its links already ours) is:
// the same claim (mapped to ours), article and offsets.
func (m *merger) sameMention(img image, theirID int64, mine mineIndex) (imageRow, bool, error) {
	if m.mentions == nil {
		s, err := m.loadSameMentions(mine)
		if err != nil {
			return imageRow{}, false, err
		}
		m.mentions = s
	}
	theirClaim, ok := m.mentions.claims[theirID]
	if !ok {
		return imageRow{}, false, nil // not a claim mention
	}
	claim, ok := m.ids["claims"][theirClaim]
	if !ok {
		return imageRow{}, false, nil
	}
	r, ok := m.mentions.ours[mentionKey(asInt(img["article_id"]), asInt(img["start_cp"]), asInt(img["end_cp"]), claim)]
	return r, ok, nil
}
