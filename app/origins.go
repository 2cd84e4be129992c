package app

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"claimdesk/app/match"
	"claimdesk/db/store"
)

// OriginService records where articles got their material (article_origins): an origin
// source (KCNA), possibly through another (via Yonhap), with the cue in the text.
// Suggested origins come from import (the agencies an article names) and from Suggest
// (reporting cues read from the text); the analyst accepts, rejects, adds and removes them.
// Only accepted origins count as a claim's independent origins.
type OriginService struct {
	ws *Workspace
}

// ArticleOrigin is one origin of an article.
type ArticleOrigin struct {
	ID             int64   `json:"id"`
	ArticleID      int64   `json:"articleId"`
	OriginSourceID int64   `json:"originSourceId"`
	OriginName     string  `json:"originName"`
	ViaSourceID    *int64  `json:"viaSourceId"`
	ViaName        string  `json:"viaName"`
	Cue            string  `json:"cue"`
	State          string  `json:"state"` // suggested | accepted | rejected
	Origin         string  `json:"origin"`
	Confidence     float64 `json:"confidence"`
	CreatedAt      string  `json:"createdAt"`
}

// originRule is the origin (the "who suggested it") of origins Suggest finds.
const originRule = "rule:origin-cues"

// ListForArticle returns an article's origins, every state, in the order they were added.
func (s *OriginService) ListForArticle(articleID int64) ([]ArticleOrigin, error) {
	ctx := s.ws.Context()
	if _, err := s.ws.DB().Q.GetArticleBody(ctx, articleID); err != nil {
		return nil, storeErr(err, fmt.Sprintf("article %d", articleID))
	}
	rows, err := s.ws.DB().Q.ListArticleOrigins(ctx, articleID)
	if err != nil {
		return nil, storeErr(err, "the article's origins")
	}
	out := make([]ArticleOrigin, 0, len(rows))
	for _, r := range rows {
		out = append(out, ArticleOrigin{
			ID: r.ID, ArticleID: r.ArticleID, OriginSourceID: r.OriginSourceID, OriginName: r.OriginName,
			ViaSourceID: nullID(r.ViaSourceID), ViaName: r.ViaName, Cue: r.Cue, State: r.State,
			Origin: r.Origin, Confidence: r.Confidence, CreatedAt: r.CreatedAt,
		})
	}
	return out, nil
}

func (s *OriginService) get(id int64) (ArticleOrigin, error) {
	r, err := s.ws.DB().Q.GetArticleOrigin(s.ws.Context(), id)
	if err != nil {
		return ArticleOrigin{}, storeErr(err, fmt.Sprintf("article origin %d", id))
	}
	return ArticleOrigin{
		ID: r.ID, ArticleID: r.ArticleID, OriginSourceID: r.OriginSourceID, OriginName: r.OriginName,
		ViaSourceID: nullID(r.ViaSourceID), ViaName: r.ViaName, Cue: r.Cue, State: r.State,
		Origin: r.Origin, Confidence: r.Confidence, CreatedAt: r.CreatedAt,
	}, nil
}

// Suggest reads the article's origins from its text ("citing KCNA", "according to
// Yonhap, citing the Korean Central News Agency" → KCNA via Yonhap, "KCNA reported",
// "(KCNA)"; "state media" strengthens the state medium the article names, and names
// none by itself) and stores them as suggested origins, in one undoable action. An
// origin the analyst already decided (accepted, rejected, or added) is left alone; a
// machine suggestion for the same source is updated with the cue, via and confidence.
// An agency that import suggested but that the text shows only relaying another's
// material (Yonhap in "according to Yonhap, citing KCNA") is a via, not an origin: that
// import suggestion is removed. The article's own outlet is never its origin.
// Returns the article's origins after the change.
func (s *OriginService) Suggest(articleID int64) ([]ArticleOrigin, error) {
	err := s.ws.change(fmt.Sprintf("suggest origins of article %d", articleID), func(c *changeSet) error {
		art, err := c.q.GetArticle(c.ctx, articleID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("article %d", articleID))
		}
		c.summary = "suggest origins of " + c.articleLabel(art.ID)
		cues := match.FindOrigins(art.Title+"\n"+art.Body, art.SourceName)
		vias := map[string]bool{}
		found := map[string]bool{}
		for _, cue := range cues {
			found[cue.Origin] = true
			if cue.Via != "" {
				vias[cue.Via] = true
			}
		}
		for _, cue := range cues {
			srcID, err := c.source(cue.Origin, "agency")
			if err != nil {
				return err
			}
			var via sql.NullInt64
			if cue.Via != "" {
				vid, err := c.source(cue.Via, "agency")
				if err != nil {
					return err
				}
				via = sql.NullInt64{Int64: vid, Valid: true}
			}
			cur, err := c.q.FindArticleOrigin(c.ctx, store.FindArticleOriginParams{ArticleID: articleID, OriginSourceID: srcID})
			switch {
			case errors.Is(err, sql.ErrNoRows):
				id, err := c.q.CreateArticleOrigin(c.ctx, store.CreateArticleOriginParams{
					ArticleID: articleID, OriginSourceID: srcID, ViaSourceID: via, Cue: cue.Cue,
					State: "suggested", Origin: originRule, Confidence: cue.Confidence, CreatedAt: c.at,
				})
				if err != nil {
					return err
				}
				if err := c.created("article_origins", id); err != nil {
					return err
				}
			case err != nil:
				return err
			case cur.State == "suggested" && cur.Origin != "analyst":
				if err := c.update("article_origins", cur.ID, func() error {
					return c.q.UpdateArticleOrigin(c.ctx, store.UpdateArticleOriginParams{
						ID: cur.ID, ViaSourceID: via, Cue: cue.Cue, State: "suggested", Origin: originRule, Confidence: cue.Confidence,
					})
				}); err != nil {
					return err
				}
			}
		}
		// import's suggestions for agencies that only relay another's material
		rows, err := c.q.ListArticleOrigins(c.ctx, articleID)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if r.State == "suggested" && r.Origin != "analyst" && vias[r.OriginName] && !found[r.OriginName] {
				if err := c.delete("article_origins", r.ID); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.ListForArticle(articleID)
}

// Accept confirms a suggested (or rejected) origin: it counts from now on.
func (s *OriginService) Accept(id int64) (ArticleOrigin, error) { return s.setState(id, "accepted") }

// Reject turns an origin down: it no longer counts, and stays so that Suggest does not
// propose it again.
func (s *OriginService) Reject(id int64) (ArticleOrigin, error) { return s.setState(id, "rejected") }

func (s *OriginService) setState(id int64, state string) (ArticleOrigin, error) {
	verb := map[string]string{"accepted": "accept", "rejected": "reject"}[state]
	err := s.ws.change(fmt.Sprintf("%s origin %d", verb, id), func(c *changeSet) error {
		cur, err := c.q.GetArticleOrigin(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("article origin %d", id))
		}
		c.summary = fmt.Sprintf("%s origin %s of %s", verb, cur.OriginName, c.articleLabel(cur.ArticleID))
		return c.update("article_origins", id, func() error {
			return c.q.SetArticleOriginState(c.ctx, store.SetArticleOriginStateParams{ID: id, State: state})
		})
	})
	if err != nil {
		return ArticleOrigin{}, err
	}
	return s.get(id)
}

// OriginInput adds an origin by hand: the origin source, optionally the source that
// relayed it, and a cue (free text).
type OriginInput struct {
	ArticleID      int64  `json:"articleId"`
	OriginSourceID int64  `json:"originSourceId"`
	ViaSourceID    *int64 `json:"viaSourceId"`
	Cue            string `json:"cue"`
}

// Add records an accepted origin of an article. If the article already has that origin
// (e.g. suggested), it is accepted with the given via and cue instead.
func (s *OriginService) Add(in OriginInput) (ArticleOrigin, error) {
	var id int64
	err := s.ws.change(fmt.Sprintf("add origin to article %d", in.ArticleID), func(c *changeSet) error {
		if _, err := c.q.GetArticleBody(c.ctx, in.ArticleID); err != nil {
			return storeErr(err, fmt.Sprintf("article %d", in.ArticleID))
		}
		src, err := c.q.GetSource(c.ctx, in.OriginSourceID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("source %d", in.OriginSourceID))
		}
		via, err := c.sourceRef(in.ViaSourceID)
		if err != nil {
			return err
		}
		if via.Valid && via.Int64 == in.OriginSourceID {
			return Invalid("a source cannot be relayed by itself")
		}
		art, err := c.q.GetArticle(c.ctx, in.ArticleID)
		if err != nil {
			return err
		}
		if art.SourceID.Valid && art.SourceID.Int64 == in.OriginSourceID {
			return Invalid("%s is the article's own outlet, not an origin of it", src.Name)
		}
		c.summary = fmt.Sprintf("add origin %s to %s", src.Name, c.articleLabel(art.ID))
		cue := strings.TrimSpace(in.Cue)
		cur, err := c.q.FindArticleOrigin(c.ctx, store.FindArticleOriginParams{ArticleID: in.ArticleID, OriginSourceID: in.OriginSourceID})
		if err == nil {
			id = cur.ID
			return c.update("article_origins", id, func() error {
				return c.q.UpdateArticleOrigin(c.ctx, store.UpdateArticleOriginParams{
					ID: id, ViaSourceID: via, Cue: cue, State: "accepted", Origin: "analyst", Confidence: 1,
				})
			})
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if id, err = c.q.CreateArticleOrigin(c.ctx, store.CreateArticleOriginParams{
			ArticleID: in.ArticleID, OriginSourceID: in.OriginSourceID, ViaSourceID: via, Cue: cue,
			State: "accepted", Origin: "analyst", Confidence: 1, CreatedAt: c.at,
		}); err != nil {
			return err
		}
		return c.created("article_origins", id)
	})
	if err != nil {
		return ArticleOrigin{}, err
	}
	return s.get(id)
}

// Remove deletes an origin (undoable). Rejecting it instead keeps Suggest from
// proposing it again.
func (s *OriginService) Remove(id int64) error {
	return s.ws.change(fmt.Sprintf("remove origin %d", id), func(c *changeSet) error {
		cur, err := c.q.GetArticleOrigin(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("article origin %d", id))
		}
		c.summary = fmt.Sprintf("remove origin %s of %s", cur.OriginName, c.articleLabel(cur.ArticleID))
		return c.delete("article_origins", id)
	})
}

// ClaimOriginChain shows how many articles state a claim and the independent origins
// behind them: the distinct roots of the accepted mentions' origin chains
// (app/origin_chain.go), each with the mentions that rest on it. Unattributed mentions
// add no origin; they are listed apart. len(Origins) is what ClaimSummary.origins counts.
type ClaimOriginChain struct {
	ClaimID      int64               `json:"claimId"`
	Articles     int64               `json:"articles"`
	Origins      []IndependentOrigin `json:"origins"`
	Unattributed []OriginArticle     `json:"unattributed"`
	Summary      string              `json:"summary"` // "4 articles, 1 origin: Interfax"
}

// IndependentOrigin is one root origin and the mentions that rest on it.
type IndependentOrigin struct {
	Key      string          `json:"key"` // s<source id> | e<entity id> | a<article id>
	Name     string          `json:"name"`
	Kind     string          `json:"kind"` // source | speaker | article
	Articles []OriginArticle `json:"articles"`
}

// OriginArticle is one accepted mention in an origin's chain: its article, and the chain
// from the article's outlet to the root ("Reuters ← Yonhap ← KCNA").
type OriginArticle struct {
	ID     int64        `json:"id"`
	SpanID int64        `json:"spanId"`
	Title  string       `json:"title"`
	Chain  []OriginLink `json:"chain"`
	Via    []string     `json:"via"` // the chain's names before the root
}

// ClaimOrigins returns the independent origins behind claim id's accepted mentions.
func (s *OriginService) ClaimOrigins(claimID int64) (ClaimOriginChain, error) {
	d, err := s.ws.claimDetail(s.ws.DB().Q, claimID)
	if err != nil {
		return ClaimOriginChain{}, err
	}
	return originChainOf(d), nil
}

// originChainOf groups a claim's accepted mentions by their root.
func originChainOf(d ClaimDetail) ClaimOriginChain {
	out := ClaimOriginChain{ClaimID: d.ID, Origins: []IndependentOrigin{}, Unattributed: []OriginArticle{}}
	byKey := map[string]int{}
	for _, m := range d.Mentions {
		if m.State != "accepted" {
			continue
		}
		oa := OriginArticle{ID: m.ArticleID, SpanID: m.SpanID, Title: m.ArticleTitle, Chain: m.OriginChain, Via: []string{}}
		for i, l := range m.OriginChain {
			if i < len(m.OriginChain)-1 {
				oa.Via = append(oa.Via, l.Name)
			}
		}
		if m.OriginKey == "" {
			out.Unattributed = append(out.Unattributed, oa)
			continue
		}
		i, ok := byKey[m.OriginKey]
		if !ok {
			kind := map[byte]string{'s': "source", 'e': "speaker", 'a': "article"}[m.OriginKey[0]]
			out.Origins = append(out.Origins, IndependentOrigin{Key: m.OriginKey, Name: m.OriginName, Kind: kind})
			i = len(out.Origins) - 1
			byKey[m.OriginKey] = i
		}
		out.Origins[i].Articles = append(out.Origins[i].Articles, oa)
	}
	out.Articles = d.Articles // versions of one story once (claimCounts)
	sort.SliceStable(out.Origins, func(i, j int) bool { return len(out.Origins[i].Articles) > len(out.Origins[j].Articles) })
	labels := make([]string, len(out.Origins))
	for i, o := range out.Origins {
		labels[i] = o.Name
	}
	out.Summary = fmt.Sprintf("%s, %s", countLabel(int(d.Articles), "article"), countLabel(len(out.Origins), "origin"))
	if len(labels) > 0 {
		out.Summary += ": " + strings.Join(labels, "; ")
	}
	if n := len(out.Unattributed); n > 0 {
		out.Summary += fmt.Sprintf(" (%s unattributed)", countLabel(n, "mention"))
	}
	return out
}

func countLabel(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
