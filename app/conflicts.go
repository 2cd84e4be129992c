package app

import (
	"claimdesk/app/reading"
	"claimdesk/db/store"
)

// ConflictService lists the mentions of a claim whose figures or dates cannot describe the
// same fact.
type ConflictService struct {
	ws *Workspace
}

// ValueConflict is two mentions of one claim whose values conflict, with an explanation.
type ValueConflict struct {
	Kind       string          `json:"kind"` // figure | date | unit | stance | contrary (two states that exclude each other)
	Message    string          `json:"message"`
	A          ConflictMention `json:"a"`
	B          ConflictMention `json:"b"`
	SameOrigin bool            `json:"sameOrigin"` // both from one independent origin
	// Revised: the two are in different versions of one article (a revision changed the
	// value), not two sources that disagree. Two mentions in one version are not.
	Revised bool `json:"revised"`
	// A and B stand for every mention that reads as they do (the same stance and normalised
	// values): MoreA and MoreB count the others on each side, Others says it in words
	// ("and 212 more mentions say 300 casualties"; "" when none). The conflict holds for
	// every pair across the two sides. A and B are the first pair of the two sides, or the
	// first that are two versions of one article when there is one (Revised); SameOrigin is
	// said of A and B.
	MoreA  int    `json:"moreA"`
	MoreB  int    `json:"moreB"`
	Others string `json:"others"`
}

// ConflictMention is one side of a conflict.
type ConflictMention struct {
	SpanID      int64           `json:"spanId"`
	Stance      string          `json:"stance"`
	ArticleID   int64           `json:"articleId"`
	RawValue    string          `json:"rawValue"`
	Hedge       string          `json:"hedge"`
	Quote       string          `json:"quote"`
	Normalized  NormalizedValue `json:"normalized"`
	PublishedAt string          `json:"publishedAt"`
}

// ForClaim returns the claim's contradictions: the conflicting pairs of accepted mentions
// (figures or dates that cannot describe one fact; opposing stances), in text order, one
// per pair of readings (mentions that read the same are counted, not listed: MoreA, MoreB).
func (s *ConflictService) ForClaim(claimID int64) ([]ValueConflict, error) {
	out, _, err := s.forClaim(s.ws.DB().Q, claimID)
	return out, err
}

// forClaim returns the contradictions and what was not compared ("" when all was:
// claimComparison.note).
func (s *ConflictService) forClaim(q *store.Queries, claimID int64) ([]ValueConflict, string, error) {
	snap, err := loadSnapshot(s.ws.Context(), q, "", claimScope("", claimID))
	if err != nil {
		return nil, "", err
	}
	c := snap.byID[claimID]
	if c == nil {
		return nil, "", NotFound("claim %d does not exist", claimID)
	}
	out := []ValueConflict{}
	side := func(m *snapMention, v reading.Value) ConflictMention {
		return ConflictMention{SpanID: m.spanID, Stance: m.stance, ArticleID: m.articleID, RawValue: v.Raw, Hedge: v.Hedge,
			Quote: m.quote, Normalized: normalizedOf(v), PublishedAt: snap.articles[m.articleID].publishedAt}
	}
	cc := c.comparison
	conflicts := cc.conflicts()
	out = make([]ValueConflict, 0, len(conflicts))
	for _, p := range conflicts {
		p = snap.shown(c, cc, p)
		moreA, moreB := cc.more(p)
		out = append(out, ValueConflict{Kind: p.cmp.Kind, Message: p.reason(), A: side(p.a, p.va), B: side(p.b, p.vb),
			SameOrigin: snap.sameOrigin(p.a, p.b), Revised: snap.revised(p.a.articleID, p.b.articleID),
			MoreA: moreA, MoreB: moreB, Others: cc.others(p)})
	}
	return out, cc.note(), nil
}

func (snap *snapshot) sameOrigin(a, b *snapMention) bool {
	return a.root.key != "" && a.root.key == b.root.key
}
