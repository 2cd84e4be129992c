package app

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/match"
	"claimdesk/app/names"
	"claimdesk/app/textspan"
	"claimdesk/db/store"
)

// ClaimService keeps canonical claims and their mentions (spans of kind "claim" in
// articles). Verification lives in AssessmentService; a claim shows the latest grade.
type ClaimService struct {
	ws     *Workspace
	sorted sortedClaims // the last sorted list, for its pages (claims_sort_cache.go)
}

// ClaimFilter narrows ClaimService.List; zero values mean "any".
type ClaimFilter struct {
	Text        string `json:"text"`        // the statement or note holds its words, each in any form (wordforms.go)
	Credibility int64  `json:"credibility"` // 0 any, 1–6, 7 ungraded
	Tag         string `json:"tag"`         // tag name
	EntityID    int64  `json:"entityId"`    // see ListClaims in queries/claims.sql
	SourceID    int64  `json:"sourceId"`    // a mention in an article from that source
	ArticleID   int64  `json:"articleId"`   // a mention in that article
	// Sort is the list's order (claims_sort.go): "" or "changed" (most recently changed
	// first), "mentions", "origins", "contradictions", "grade", "first-seen".
	Sort string `json:"sort"`
}

// ClaimSummary is one row of the claim list. Credibility is the latest assessment's
// (null: ungraded, with an empty label). Mentions and Articles count accepted mentions;
// Origins counts the independent origins behind them.
type ClaimSummary struct {
	ID               int64  `json:"id"`
	Statement        string `json:"statement"`
	Credibility      *int64 `json:"credibility"`
	CredibilityLabel string `json:"credibilityLabel"`
	Mentions         int64  `json:"mentions"`
	Articles         int64  `json:"articles"`
	Origins          int64  `json:"origins"`
	Tags             []Tag  `json:"tags"`
	UpdatedAt        string `json:"updatedAt"`
	// Set only when the list is sorted by them (reading them costs a snapshot of the
	// claims): the conflicting pairs among its mentions, and the earliest publication
	// date of their articles ("" when none is dated).
	Contradictions int64  `json:"contradictions"`
	FirstSeen      string `json:"firstSeen"`
}

// ClaimDetail is a claim with its mentions (every state) and assessments (newest first).
// It is ClaimSummary's fields plus the rest; "mentions" is the list here, not the count.
type ClaimDetail struct {
	ID               int64        `json:"id"`
	Statement        string       `json:"statement"`
	Credibility      *int64       `json:"credibility"`
	CredibilityLabel string       `json:"credibilityLabel"`
	Articles         int64        `json:"articles"`
	Origins          int64        `json:"origins"`
	Tags             []Tag        `json:"tags"`
	UpdatedAt        string       `json:"updatedAt"`
	Note             string       `json:"note"`
	CreatedBy        string       `json:"createdBy"`
	CreatedAt        string       `json:"createdAt"`
	Mentions         []Mention    `json:"mentions"`
	Assessments      []Assessment `json:"assessments"`
	// ReadAt is the audit log's newest id when this was read: a save sends it back, and
	// is refused if another window changed the same field since (app/read_at.go).
	ReadAt int64 `json:"readAt"`
	// OriginSummary counts in words: "4 articles, 1 origin: Interfax".
	OriginSummary string `json:"originSummary"`
	// Contradictions are the pairs of accepted mentions that cannot both be right: figures
	// or dates that conflict, or one asserting what the other denies.
	Contradictions []ValueConflict `json:"contradictions"`
	// ContradictionsTotal counts every contradiction; Contradictions lists the first
	// maxListedContradictions of them, in ConflictService.ForClaim's order.
	ContradictionsTotal int `json:"contradictionsTotal"`
	// ContradictionsCount is the claim's number of contradictions as every view says it
	// (contradictionCount): the listed pairs but those whose figures are in other units,
	// which compare nothing. The grade's reasons, the claims list and the matrix say it too.
	ContradictionsCount int `json:"contradictionsCount"`
	// Uncompared says which mentions were not compared when the claim has more distinct
	// readings than are compared ("compared the first 200 readings; 37 more readings (120
	// mentions) not compared"); "" when every mention was.
	Uncompared string `json:"uncompared"`
}

// Mention is a claim as one article makes it. Grade is the article source's reliability
// and the claim's credibility together ("B2"; F without a source, 6 when ungraded).
type Mention struct {
	SpanID            int64  `json:"spanId"`
	ArticleID         int64  `json:"articleId"`
	ArticleTitle      string `json:"articleTitle"`
	Source            string `json:"source"`
	SourceReliability string `json:"sourceReliability"` // F when the article has no source
	PublishedAt       string `json:"publishedAt"`
	Start             int64  `json:"start"`
	End               int64  `json:"end"`
	Quote             string `json:"quote"`
	State             string `json:"state"`
	RawValue          string `json:"rawValue"`
	Hedge             string `json:"hedge"`
	SpeakerEntityID   *int64 `json:"speakerEntityId"`
	SpeakerName       string `json:"speakerName"`
	ChannelSourceID   *int64 `json:"channelSourceId"`
	ChannelName       string `json:"channelName"`
	ChannelText       string `json:"channelText"`
	IsDirectQuote     bool   `json:"isDirectQuote"`
	Grade             string `json:"grade"`
	// The origin chain (schema v11): the root named in the text or set by the analyst, the
	// body the speaker speaks for, whether the outlet reported it itself, who set the
	// attribution (analyst, or the rule that suggested it), and the chain as read
	// (app/origin_chain.go): links from the outlet to the root, the root's key and name
	// ("" when the mention is unattributed and adds no origin).
	OriginSourceID *int64       `json:"originSourceId"`
	OriginSource   string       `json:"originSource"`
	SpeaksFor      string       `json:"speaksFor"`
	OwnReporting   bool         `json:"ownReporting"`
	AttributionBy  string       `json:"attributionBy"`
	OriginChain    []OriginLink `json:"originChain"`
	OriginKey      string       `json:"originKey"`
	OriginName     string       `json:"originName"`
	// Stance toward the claim: asserts | denies | doubts | unconfirmed, and who set it.
	Stance   string `json:"stance"`
	StanceBy string `json:"stanceBy"`
}

// ClaimInput creates a claim.
type ClaimInput struct {
	Statement string   `json:"statement"`
	Note      string   `json:"note"`
	Tags      []string `json:"tags"`
}

// ClaimPatch edits a claim; nil fields stay as they are.
type ClaimPatch struct {
	Statement *string `json:"statement"`
	Note      *string `json:"note"`
	// ReadAt is the record's readAt as the form read it: a save over a field another
	// window changed since is refused with conflict (app/read_at.go). Null: not checked.
	ReadAt *int64 `json:"readAt"`
}

// MentionInput marks a claim mention. ClaimID null (or 0) starts a new claim whose
// statement is NewStatement (default: the quote).
type MentionInput struct {
	ClaimID         *int64 `json:"claimId"`
	NewStatement    string `json:"newStatement"`
	ArticleID       int64  `json:"articleId"`
	Start           int64  `json:"start"`
	End             int64  `json:"end"`
	Quote           string `json:"quote"`
	RawValue        string `json:"rawValue"`
	Hedge           string `json:"hedge"`
	SpeakerEntityID *int64 `json:"speakerEntityId"`
	ChannelSourceID *int64 `json:"channelSourceId"`
	ChannelText     string `json:"channelText"`
	IsDirectQuote   bool   `json:"isDirectQuote"`
}

// MentionPatch edits a mention's details; nil fields stay as they are. For
// SpeakerEntityID, ChannelSourceID and OriginSourceID, 0 clears the link. Setting any
// attribution field makes the chain the analyst's; Stance is one of asserts, denies,
// doubts, unconfirmed.
type MentionPatch struct {
	RawValue        *string `json:"rawValue"`
	Hedge           *string `json:"hedge"`
	SpeakerEntityID *int64  `json:"speakerEntityId"`
	ChannelSourceID *int64  `json:"channelSourceId"`
	ChannelText     *string `json:"channelText"`
	IsDirectQuote   *bool   `json:"isDirectQuote"`
	OriginSourceID  *int64  `json:"originSourceId"`
	OwnReporting    *bool   `json:"ownReporting"`
	Stance          *string `json:"stance"`
	// NewSpeaker names a speaker that is no entity yet: it is created (or found by its
	// name's key) and made the speaker in the same change, so one undo takes both back.
	// Given with SpeakerEntityID it is refused.
	NewSpeaker *NewSpeaker `json:"newSpeaker"`
	// ReadAt is the record's readAt as the form read it: a save over a field another
	// window changed since is refused with conflict (app/read_at.go). Null: not checked.
	ReadAt *int64 `json:"readAt"`
}

// NewSpeaker is a person or organisation to create as a mention's speaker.
type NewSpeaker struct {
	Type string `json:"type"` // person | organisation
	Name string `json:"name"`
}

// mentionParams are a stored mention's columns, to be edited and written back.
func mentionParams(cur store.GetClaimMentionRow) store.UpdateClaimMentionParams {
	return store.UpdateClaimMentionParams{
		SpanID: cur.SpanID, RawValue: cur.RawValue, Hedge: cur.Hedge, SpeakerEntityID: cur.SpeakerEntityID,
		ChannelSourceID: cur.ChannelSourceID, ChannelText: cur.ChannelText, IsDirectQuote: cur.IsDirectQuote,
		OriginSourceID: cur.OriginSourceID, OwnReporting: cur.OwnReporting, AttributionBy: cur.AttributionBy,
		Stance: cur.Stance, StanceBy: cur.StanceBy,
	}
}

// checkChain refuses an origin chain that loops: a source relaying itself (the origin is
// the channel), or the article's own outlet as the origin of what it relays from another
// ("Reuters ← Yonhap ← Reuters").
func (c *changeSet) checkChain(spanID int64, p store.UpdateClaimMentionParams) error {
	if !p.OriginSourceID.Valid || !p.ChannelSourceID.Valid {
		return nil
	}
	if p.OriginSourceID.Int64 == p.ChannelSourceID.Int64 {
		return Invalid("the origin chain loops: a source cannot be relayed by itself")
	}
	sp, err := c.q.GetSpan(c.ctx, spanID)
	if err != nil {
		return err
	}
	art, err := c.q.GetArticle(c.ctx, sp.ArticleID)
	if err != nil {
		return err
	}
	if art.SourceID.Valid && art.SourceID.Int64 == p.OriginSourceID.Int64 {
		return Invalid("the origin chain loops: %s cannot be the origin of what it relays through another source", art.SourceName)
	}
	return nil
}

// List returns the claims that pass the filter, most recently changed first.
func (s *ClaimService) List(f ClaimFilter) ([]ClaimSummary, error) {
	if err := checkClaimFilter(f); err != nil {
		return nil, err
	}
	ctx, q := s.ws.Context(), s.ws.DB().Q
	if f.ArticleID > 0 {
		// The reader's question on opening an article: driven from that article's spans
		// (a few rows), not from every claim in the workspace.
		wq, err := parseWordQuery(ctx, f.Text)
		if err != nil {
			return nil, storeErr(err, "the text filter")
		}
		rows, counts, tagRows, err := listClaimsForArticle(ctx, q, f, wq)
		if err != nil {
			return nil, storeErr(err, "the claims")
		}
		if rows, err = keepMatchingRows(ctx, q, rows, wq); err != nil {
			return nil, err
		}
		out := claimSummaries(rows, counts, tagsByClaim(tagRows))
		return out, sortClaimSummaries(ctx, q, out, f.Sort)
	}
	ids, err := listClaimIDs(ctx, q, f)
	if err != nil {
		return nil, err
	}
	if snapshotOrder(f.Sort) && len(ids) > 0 {
		out, err := snapshotSummaries(ctx, q, ids)
		if err != nil {
			return nil, err
		}
		orderClaimSummaries(out, f.Sort)
		return out, nil
	}
	out, err := claimSummariesByID(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	return out, sortClaimSummaries(ctx, q, out, f.Sort)
}

// checkClaimFilter refuses a credibility filter out of range, an unknown order and a
// text over maxFilterText.
func checkClaimFilter(f ClaimFilter) error {
	if f.Credibility < 0 || f.Credibility > 7 {
		return Invalid("credibility filter must be 0 (any), 1–6 or 7 (ungraded); got %d", f.Credibility)
	}
	if !claimSorts[f.Sort] {
		return Invalid("sort must be changed, mentions, origins, contradictions, grade or first-seen; got %q", f.Sort)
	}
	return checkFilterText(f.Text)
}

// checkFilterText refuses a filter text longer than maxFilterText (a pasted page made a
// LIKE pattern SQLite refuses, reported as an internal error).
func checkFilterText(text string) error {
	if n := utf8.RuneCountInString(text); n > maxFilterText {
		return Invalid("the filter text is %d characters long; a filter holds at most %d — type the words the claim says", n, maxFilterText)
	}
	return nil
}

// maxListedContradictions is how many contradictions ClaimService.Get lists (the claim
// page shows them all; the rest are counted): a claim of 200 distinct readings has 19,900,
// 16.9 MB of JSON on every open and refresh.
const maxListedContradictions = 100

// maxFilterText is the longest claims or matrix filter text, in characters: far past any
// phrase an analyst looks for, and its LIKE pattern stays under SQLite's 50,000 bytes.
const maxFilterText = 1000

// claimSummaries builds the list's rows from the claims' columns, counts and tags.
func claimSummaries(rows []store.ListClaimsByIDRow, counts map[int64]claimCount, tags map[int64][]Tag) []ClaimSummary {
	out := make([]ClaimSummary, 0, len(rows))
	for _, r := range rows {
		cred := nullID(r.Credibility)
		out = append(out, ClaimSummary{
			ID: r.ID, Statement: r.Statement, Credibility: cred, CredibilityLabel: credLabel(cred),
			Mentions: r.MentionCount, Articles: counts[r.ID].articles, Origins: counts[r.ID].origins,
			Tags: orEmpty(tags[r.ID]), UpdatedAt: r.UpdatedAt,
		})
	}
	return out
}

// tagsByClaim groups tag rows by claim.
func tagsByClaim(rows []store.ListAllClaimTagsRow) map[int64][]Tag {
	tags := map[int64][]Tag{}
	for _, t := range rows {
		tags[t.ClaimID] = append(tags[t.ClaimID], Tag{ID: t.ID, Name: t.Name, Color: t.Color})
	}
	return tags
}

// ClaimPage is one page of the filtered claim list and the number of claims that pass
// the filter.
type ClaimPage struct {
	Items  []ClaimSummary `json:"items"`
	Total  int64          `json:"total"`
	Offset int64          `json:"offset"`
}

// MaxClaimPage bounds ListPage's limit.
const MaxClaimPage = 1000

// ListPage returns limit claims from offset in List's order, with the total, so the
// claims view shows its first rows at once on a big workspace: origins and tags are
// read for the page's claims only, and only the page is sent (List of 50,000 claims is
// ~14 MB of JSON).
func (s *ClaimService) ListPage(f ClaimFilter, offset, limit int64) (ClaimPage, error) {
	if offset < 0 {
		return ClaimPage{}, Invalid("offset must not be negative, got %d", offset)
	}
	if limit <= 0 || limit > MaxClaimPage {
		return ClaimPage{}, Invalid("limit must be between 1 and %d, got %d", MaxClaimPage, limit)
	}
	if f.ArticleID > 0 || !sortedByChange(f.Sort) {
		// A few rows (one article's claims), or an order of every row: List's own path,
		// the sorted list kept for its next pages.
		list := s.List
		if !sortedByChange(f.Sort) {
			list = s.sortedList
		}
		all, err := list(f)
		if err != nil {
			return ClaimPage{}, err
		}
		page := ClaimPage{Items: []ClaimSummary{}, Total: int64(len(all)), Offset: offset}
		if offset < page.Total {
			page.Items = all[offset:min(offset+limit, page.Total)]
		}
		return page, nil
	}
	if err := checkClaimFilter(f); err != nil {
		return ClaimPage{}, err
	}
	ctx, q := s.ws.Context(), s.ws.DB().Q
	// The filter and order over ids alone, then the counts of the page's claims only.
	ids, err := listClaimIDs(ctx, q, f)
	if err != nil {
		return ClaimPage{}, err
	}
	page := ClaimPage{Items: []ClaimSummary{}, Total: int64(len(ids)), Offset: offset}
	if offset >= page.Total {
		return page, nil
	}
	if page.Items, err = claimSummariesByID(ctx, q, ids[offset:min(offset+limit, page.Total)]); err != nil {
		return ClaimPage{}, err
	}
	return page, nil
}

// listClaimIDs is the filter and order of the claim list, ids only. The text filter is
// prefiltered in the query (a LIKE, a prefix on claims_fts), then the words matched by stem (wordforms.go).
func listClaimIDs(ctx context.Context, q *store.Queries, f ClaimFilter) ([]int64, error) {
	wq, err := parseWordQuery(ctx, f.Text)
	if err != nil {
		return nil, storeErr(err, "the text filter")
	}
	ids, err := q.ListClaimIDs(ctx, store.ListClaimIDsParams{
		Pattern: wq.prefilter, WordPrefix: wq.wordPrefix, Credibility: f.Credibility, Tag: names.Clean(f.Tag),
		EntityID: f.EntityID, SourceID: f.SourceID, ArticleID: f.ArticleID,
	})
	if err != nil {
		return nil, storeErr(err, "the claims")
	}
	return keepMatching(ctx, q, ids, wq)
}

// keepMatchingRows is keepMatching over list rows.
func keepMatchingRows(ctx context.Context, q *store.Queries, rows []store.ListClaimsByIDRow, wq wordQuery) ([]store.ListClaimsByIDRow, error) {
	if wq.none() {
		return rows, nil
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	ok, err := matchingClaims(ctx, q, ids, wq)
	if err != nil {
		return nil, storeErr(err, "the claims' words")
	}
	kept := rows[:0:0]
	for _, r := range rows {
		if ok[r.ID] {
			kept = append(kept, r)
		}
	}
	return kept, nil
}

// claimRowsByID reads the list's columns (latest credibility, counts) of the given
// claims, in the order of ids.
func claimRowsByID(ctx context.Context, q *store.Queries, ids []int64) ([]store.ListClaimsByIDRow, error) {
	byID, err := q.ListClaimsByID(ctx, idsJSON(ids))
	if err != nil {
		return nil, storeErr(err, "the claims")
	}
	found := make(map[int64]store.ListClaimsByIDRow, len(byID))
	for _, r := range byID {
		found[r.ID] = store.ListClaimsByIDRow(r)
	}
	rows := make([]store.ListClaimsByIDRow, 0, len(ids))
	for _, id := range ids {
		if r, ok := found[id]; ok {
			rows = append(rows, r)
		}
	}
	return rows, nil
}

// claimSummariesByID builds the list's rows of the given claims, in the order of ids:
// their counts, origins and tags read for those claims only.
func claimSummariesByID(ctx context.Context, q *store.Queries, ids []int64) ([]ClaimSummary, error) {
	rows, err := claimRowsByID(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	versions, err := loadFirstVersions(ctx, q)
	if err != nil {
		return nil, err
	}
	counts, err := claimCounts(ctx, q, ids, versions)
	if err != nil {
		return nil, storeErr(err, "the claims' origins")
	}
	tagRows, err := claimTags(ctx, q, ids)
	if err != nil {
		return nil, storeErr(err, "the claims' tags")
	}
	return claimSummaries(rows, counts, tagsByClaim(tagRows)), nil
}

// claimTags reads the tags of the given claims: by id, or every claim's tags in one pass
// for long lists (as claimCounts).
func claimTags(ctx context.Context, q *store.Queries, ids []int64) ([]store.ListAllClaimTagsRow, error) {
	if len(ids) > manyClaims {
		return q.ListAllClaimTags(ctx)
	}
	rows, err := q.MatrixClaimTagsByID(ctx, idsJSON(ids))
	if err != nil {
		return nil, err
	}
	out := make([]store.ListAllClaimTagsRow, len(rows))
	for i, r := range rows {
		out[i] = store.ListAllClaimTagsRow(r)
	}
	return out, nil
}

// listClaimsForArticle is ListClaims with f.ArticleID set, with the origins and tags of
// the claims it returns only.
func listClaimsForArticle(ctx context.Context, q *store.Queries, f ClaimFilter, wq wordQuery) ([]store.ListClaimsByIDRow, map[int64]claimCount, []store.ListAllClaimTagsRow, error) {
	rows, err := q.ListClaimsForArticle(ctx, store.ListClaimsForArticleParams{
		ArticleID: f.ArticleID, Pattern: wq.prefilter, WordPrefix: wq.wordPrefix, Credibility: f.Credibility, Tag: names.Clean(f.Tag),
		EntityID: f.EntityID, SourceID: f.SourceID,
	})
	if err != nil {
		return nil, nil, nil, err
	}
	out := make([]store.ListClaimsByIDRow, len(rows))
	for i, r := range rows {
		out[i] = store.ListClaimsByIDRow(r)
	}
	originRows, err := q.ListClaimOriginsForArticle(ctx, f.ArticleID)
	if err != nil {
		return nil, nil, nil, err
	}
	versions, err := loadFirstVersions(ctx, q)
	if err != nil {
		return nil, nil, nil, err
	}
	counts := countRoots(convertRows(originRows, func(r store.ListClaimOriginsForArticleRow) store.ListClaimOriginsRow {
		return store.ListClaimOriginsRow(r)
	}), versions)
	tagRows, err := q.ListClaimTagsForArticle(ctx, f.ArticleID)
	if err != nil {
		return nil, nil, nil, err
	}
	tags := make([]store.ListAllClaimTagsRow, len(tagRows))
	for i, t := range tagRows {
		tags[i] = store.ListAllClaimTagsRow(t)
	}
	return out, counts, tags, nil
}

// Get returns a claim with its mentions and assessments.
func (s *ClaimService) Get(id int64) (ClaimDetail, error) {
	return s.ws.claimDetail(s.ws.DB().Q, id)
}

// Create makes a claim with no mentions yet.
func (s *ClaimService) Create(in ClaimInput) (ClaimDetail, error) {
	statement, err := cleanStatement(in.Statement)
	if err != nil {
		return ClaimDetail{}, err
	}
	var id int64
	err = s.ws.change("create claim “"+clipLabel(statement)+"”", func(c *changeSet) error {
		var err error
		if id, err = c.createClaim(statement, in.Note); err != nil {
			return err
		}
		for _, name := range in.Tags {
			tagID, err := c.tagByName(name)
			if err != nil {
				return err
			}
			if err := c.linkClaimTag(id, tagID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return ClaimDetail{}, err
	}
	return s.Get(id)
}

// Update edits a claim's statement or note.
func (s *ClaimService) Update(id int64, p ClaimPatch) (ClaimDetail, error) {
	err := s.ws.change(fmt.Sprintf("edit claim %d", id), func(c *changeSet) error {
		cur, err := c.q.GetClaim(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim %d", id))
		}
		if err := c.guard("claims", id, p.ReadAt, "claim"); err != nil {
			return err
		}
		params := store.UpdateClaimParams{ID: id, Statement: cur.Statement, Note: cur.Note, UpdatedAt: c.at}
		if p.Statement != nil {
			if params.Statement, err = cleanStatement(*p.Statement); err != nil {
				return err
			}
		}
		if p.Note != nil {
			params.Note = *p.Note
		}
		c.summary = "edit claim “" + clipLabel(params.Statement) + "”"
		return c.update("claims", id, func() error { return c.q.UpdateClaim(c.ctx, params) })
	})
	if err != nil {
		return ClaimDetail{}, err
	}
	return s.Get(id)
}

// Delete removes a claim with its mentions (and their spans), tags, assessments and
// evidence, as one undoable action.
func (s *ClaimService) Delete(id int64) error {
	return s.ws.change(fmt.Sprintf("delete claim %d", id), func(c *changeSet) error {
		cl, err := c.q.GetClaim(c.ctx, id)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim %d", id))
		}
		c.summary = "delete claim “" + clipLabel(cl.Statement) + "”"
		return c.deleteClaim(id)
	})
}

// AddMention marks a claim mention in an article: attached to an existing claim, or
// starting a new one in the same action.
func (s *ClaimService) AddMention(in MentionInput) (ClaimDetail, error) {
	var claimID int64
	if err := checkMentionFields(&in.RawValue, &in.Hedge, &in.ChannelText); err != nil {
		return ClaimDetail{}, err
	}
	if err := checkRawValue(in.RawValue); err != nil {
		return ClaimDetail{}, err
	}
	err := s.ws.change("mark claim “"+clipLabel(in.Quote)+"”", func(c *changeSet) error {
		a, err := c.anchor(in.ArticleID, in.Start, in.End, in.Quote)
		if err != nil {
			return err
		}
		c.summary = "mark claim “" + clipLabel(a.Quote) + "”"
		speaker, err := c.entityRef(in.SpeakerEntityID)
		if err != nil {
			return err
		}
		channel, err := c.sourceRef(in.ChannelSourceID)
		if err != nil {
			return err
		}
		if in.ClaimID != nil && *in.ClaimID != 0 {
			claimID = *in.ClaimID
			if _, err := c.q.GetClaim(c.ctx, claimID); err != nil {
				return storeErr(err, fmt.Sprintf("claim %d", claimID))
			}
			if err := c.refuseTwinMention(claimID, in.ArticleID, a); err != nil {
				return err
			}
		} else {
			statement := names.Clean(in.NewStatement)
			if statement == "" {
				statement = names.Clean(a.Quote)
			}
			if claimID, err = c.createClaim(statement, ""); err != nil {
				return err
			}
		}
		spanID, err := c.q.CreateSpan(c.ctx, store.CreateSpanParams{
			ArticleID: in.ArticleID, Kind: "claim",
			StartCp: int64(a.Start), EndCp: int64(a.End), Quote: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix,
			AnchorStatus: "exact", State: "accepted", Origin: "analyst", Confidence: 1,
			Annotator: c.ws.Analyst, CreatedAt: c.at,
		})
		if err != nil {
			return err
		}
		if err := c.created("spans", spanID); err != nil {
			return err
		}
		if err := c.q.CreateClaimMention(c.ctx, store.CreateClaimMentionParams{
			SpanID: spanID, ClaimID: claimID, RawValue: strings.TrimSpace(in.RawValue), Hedge: strings.TrimSpace(in.Hedge),
			SpeakerEntityID: speaker, ChannelSourceID: channel, ChannelText: strings.TrimSpace(in.ChannelText),
			IsDirectQuote: boolInt(in.IsDirectQuote), AttributionBy: "analyst", Stance: match.StanceAsserts, StanceBy: ruleStance,
		}); err != nil {
			return err
		}
		// The origin and stance the text gives (the origin only when the analyst gave no
		// attribution), and the figure or date as a comparable value, in the same action.
		if err := c.readMention(spanID, !speaker.Valid && !channel.Valid && strings.TrimSpace(in.ChannelText) == ""); err != nil {
			return err
		}
		if err := c.created("claim_mentions", spanID); err != nil {
			return err
		}
		if err := c.normalizeMention(spanID); err != nil {
			return err
		}
		return c.touchClaim(claimID)
	})
	if err != nil {
		return ClaimDetail{}, err
	}
	return s.Get(claimID)
}

// refuseTwinMention refuses a hand mark of words that are already an accepted mention of
// the claim at the same offsets (two windows marking one sentence): a second mark would
// count the sentence twice on the claim page, in the memo and in exports. A match
// proposal over such a mention is refused so too (MatchService.decide).
func (c *changeSet) refuseTwinMention(claimID, articleID int64, a textspan.Anchor) error {
	existing, err := c.q.ListClaimMentionSpansInArticle(c.ctx, store.ListClaimMentionSpansInArticleParams{
		ClaimID: claimID, ArticleID: articleID, StartCp: int64(a.Start), EndCp: int64(a.End),
	})
	if err != nil {
		return err
	}
	for _, e := range existing {
		if e.State == "accepted" && e.StartCp == int64(a.Start) && e.EndCp == int64(a.End) {
			return Conflict("“%s” is already a mention of this claim (mark %d, made in this or another window); nothing was added", clipLabel(a.Quote), e.ID)
		}
	}
	return nil
}

// UpdateMention edits a mention's figure, hedge and attribution.
func (s *ClaimService) UpdateMention(spanID int64, p MentionPatch) (ClaimDetail, error) {
	if err := checkMentionFields(p.RawValue, p.Hedge, p.ChannelText); err != nil {
		return ClaimDetail{}, err
	}
	if p.RawValue != nil {
		if err := checkRawValue(*p.RawValue); err != nil {
			return ClaimDetail{}, err
		}
	}
	if p.NewSpeaker != nil {
		if p.SpeakerEntityID != nil {
			return ClaimDetail{}, Invalid("give either a speaker entity or a new speaker, not both")
		}
		if p.NewSpeaker.Type != "person" && p.NewSpeaker.Type != "organisation" {
			return ClaimDetail{}, Invalid("a new speaker must be a person or an organisation; got %q", p.NewSpeaker.Type)
		}
		if err := checkNewEntityName(p.NewSpeaker.Name); err != nil {
			return ClaimDetail{}, err
		}
	}
	var claimID int64
	err := s.ws.change(fmt.Sprintf("edit claim mention %d", spanID), func(c *changeSet) error {
		cur, err := c.q.GetClaimMention(c.ctx, spanID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim mention %d", spanID))
		}
		claimID = cur.ClaimID
		c.summary = "edit claim mention " + c.spanLabel(spanID)
		if err := c.guard("claim_mentions", spanID, p.ReadAt, "mention"); err != nil {
			return err
		}
		params := mentionParams(cur)
		if p.RawValue != nil {
			params.RawValue = strings.TrimSpace(*p.RawValue)
		}
		if p.Hedge != nil {
			params.Hedge = strings.TrimSpace(*p.Hedge)
		}
		if p.ChannelText != nil {
			params.ChannelText = strings.TrimSpace(*p.ChannelText)
		}
		if p.IsDirectQuote != nil {
			params.IsDirectQuote = boolInt(*p.IsDirectQuote)
		}
		if p.SpeakerEntityID != nil {
			if params.SpeakerEntityID, err = c.entityRef(p.SpeakerEntityID); err != nil {
				return err
			}
		}
		if p.NewSpeaker != nil {
			id, err := c.resolveEntity(p.NewSpeaker.Type, nil, p.NewSpeaker.Name, "")
			if err != nil {
				return err
			}
			params.SpeakerEntityID = sql.NullInt64{Int64: id, Valid: true}
		}
		if p.ChannelSourceID != nil {
			if params.ChannelSourceID, err = c.sourceRef(p.ChannelSourceID); err != nil {
				return err
			}
		}
		if p.OriginSourceID != nil {
			if params.OriginSourceID, err = c.sourceRef(p.OriginSourceID); err != nil {
				return err
			}
		}
		if p.OwnReporting != nil {
			params.OwnReporting = boolInt(*p.OwnReporting)
		}
		if p.SpeakerEntityID != nil || p.NewSpeaker != nil || p.ChannelSourceID != nil || p.ChannelText != nil || p.OriginSourceID != nil || p.OwnReporting != nil {
			params.AttributionBy = "analyst"
		}
		if p.Stance != nil {
			if !match.IsStance(*p.Stance) {
				return Invalid("stance must be one of %s; got %q", strings.Join(match.Stances, ", "), *p.Stance)
			}
			params.Stance, params.StanceBy = *p.Stance, "analyst"
		}
		if err := c.checkChain(spanID, params); err != nil {
			return err
		}
		if err := c.update("claim_mentions", spanID, func() error { return c.q.UpdateClaimMention(c.ctx, params) }); err != nil {
			return err
		}
		if err := c.normalizeMention(spanID); err != nil {
			return err
		}
		if !params.OriginSourceID.Valid && !params.SpeakerEntityID.Valid && !params.ChannelSourceID.Valid {
			// no source here any more: a lead above that restated this one is the outlet's again
			sp, err := c.q.GetSpan(c.ctx, spanID)
			if err != nil {
				return err
			}
			if err := c.reattributeLeads(claimID, sp.ArticleID); err != nil {
				return err
			}
		}
		return c.touchClaim(claimID)
	})
	if err != nil {
		return ClaimDetail{}, err
	}
	return s.Get(claimID)
}

// RemoveMention deletes a claim mention and its span; the claim stays.
func (s *ClaimService) RemoveMention(spanID int64) (ClaimDetail, error) {
	var claimID int64
	err := s.ws.change(fmt.Sprintf("remove claim mention %d", spanID), func(c *changeSet) error {
		cur, err := c.q.GetClaimMention(c.ctx, spanID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim mention %d", spanID))
		}
		claimID = cur.ClaimID
		sp, err := c.q.GetSpan(c.ctx, spanID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("span %d", spanID))
		}
		c.summary = "remove claim mention “" + clipLabel(sp.Quote) + "”"
		if err := c.deleteSpan(spanID); err != nil {
			return err
		}
		if err := c.reattributeLeads(claimID, sp.ArticleID); err != nil {
			return err
		}
		return c.touchClaim(claimID)
	})
	if err != nil {
		return ClaimDetail{}, err
	}
	return s.Get(claimID)
}

// claimDetail reads a claim with everything the detail view shows.
func (ws *Workspace) claimDetail(q *store.Queries, id int64) (ClaimDetail, error) {
	ctx := ws.Context()
	readAt, err := ws.readAtNow(q)
	if err != nil {
		return ClaimDetail{}, storeErr(err, "the history")
	}
	cl, err := q.GetClaim(ctx, id)
	if err != nil {
		return ClaimDetail{}, storeErr(err, fmt.Sprintf("claim %d", id))
	}
	assessments, err := ws.assessmentsForClaim(q, id)
	if err != nil {
		return ClaimDetail{}, err
	}
	var cred *int64
	if len(assessments) > 0 {
		v := assessments[0].Credibility
		cred = &v
	}
	rows, err := q.ListMentionsForClaim(ctx, id)
	if err != nil {
		return ClaimDetail{}, storeErr(err, "the claim's mentions")
	}
	versions, err := loadFirstVersions(ctx, q)
	if err != nil {
		return ClaimDetail{}, err
	}
	mentions := make([]Mention, 0, len(rows))
	for _, r := range rows {
		if r.State == "rejected" {
			continue // a rejected match proposal: kept so it is never proposed again, not a mention
		}
		parts := chainParts{articleID: versions.story(r.ArticleID), outlet: r.SourceID, origin: r.OriginSourceID, speaker: r.SpeakerEntityID,
			speaksFor: r.SpeaksForSourceID, channel: r.ChannelSourceID, ownReporting: r.OwnReporting != 0}
		names := chainNames{outlet: r.SourceName, origin: r.OriginName, speaker: r.SpeakerName, speaksFor: r.SpeaksForName,
			channel: r.ChannelName, article: r.ArticleTitle}
		mentions = append(mentions, Mention{
			SpanID: r.SpanID, ArticleID: r.ArticleID, ArticleTitle: r.ArticleTitle, Source: r.SourceName,
			SourceReliability: r.SourceReliability, PublishedAt: r.PublishedAt, Start: r.StartCp, End: r.EndCp,
			Quote: r.Quote, State: r.State, RawValue: r.RawValue, Hedge: r.Hedge,
			SpeakerEntityID: nullID(r.SpeakerEntityID), SpeakerName: r.SpeakerName,
			ChannelSourceID: nullID(r.ChannelSourceID), ChannelName: r.ChannelName, ChannelText: r.ChannelText,
			IsDirectQuote: r.IsDirectQuote != 0, Grade: Grade(r.SourceReliability, cred),
			OriginSourceID: nullID(r.OriginSourceID), OriginSource: r.OriginName, SpeaksFor: r.SpeaksForName,
			OwnReporting: r.OwnReporting != 0, AttributionBy: r.AttributionBy,
			OriginChain: orEmpty(parts.chain(names)), OriginKey: parts.rootKey(), OriginName: parts.rootName(names),
			Stance: r.Stance, StanceBy: r.StanceBy,
		})
	}
	counts, err := claimCounts(ctx, q, []int64{id}, versions)
	if err != nil {
		return ClaimDetail{}, storeErr(err, "the claim's origins")
	}
	tagRows, err := q.ListClaimTags(ctx, id)
	if err != nil {
		return ClaimDetail{}, storeErr(err, "the claim's tags")
	}
	tags := make([]Tag, 0, len(tagRows))
	for _, t := range tagRows {
		tags = append(tags, Tag{ID: t.ID, Name: t.Name, Color: t.Color})
	}
	contradictions, uncompared, err := (&ConflictService{ws: ws}).forClaim(q, id)
	if err != nil {
		return ClaimDetail{}, err
	}
	total, counted := len(contradictions), 0
	for _, c := range contradictions {
		if c.Kind != "unit" {
			counted++
		}
	}
	if total > maxListedContradictions {
		contradictions = contradictions[:maxListedContradictions] // counted in ContradictionsTotal
	}
	d := ClaimDetail{
		ID: cl.ID, Statement: cl.Statement, Credibility: cred, CredibilityLabel: credLabel(cred),
		Articles: counts[id].articles, Origins: counts[id].origins, Tags: tags, UpdatedAt: cl.UpdatedAt,
		Note: cl.Note, CreatedBy: cl.CreatedBy, CreatedAt: cl.CreatedAt,
		Mentions: mentions, Assessments: assessments, Contradictions: contradictions, ContradictionsTotal: total, ContradictionsCount: counted,
		Uncompared: uncompared,
	}
	d.OriginSummary = originChainOf(d).Summary
	d.ReadAt = readAt
	return d, nil
}

// manyClaims: above this many claims, claimCounts reads every claim's origins in one
// pass (ListAllClaimOrigins) rather than each claim's by id (50,000 claims by id: 3.1 s
// CPU against 1.8 s for the pass, on the benchmark workspace).
const manyClaims = 5000

// claimCounts counts, per claim, the articles that state it (versions of one story once:
// app/article_versions.go) and the distinct independent origins behind its accepted
// mentions: the roots of their origin chains (app/origin_chain.go); an unattributed
// mention adds none. Only the claims given are read.
func claimCounts(ctx context.Context, q *store.Queries, claimIDs []int64, versions firstVersions) (map[int64]claimCount, error) {
	out := map[int64]claimCount{}
	if len(claimIDs) == 0 {
		return out, nil
	}
	if len(claimIDs) > manyClaims {
		rows, err := q.ListAllClaimOrigins(ctx)
		if err != nil {
			return nil, err
		}
		return countRoots(convertRows(rows, func(r store.ListAllClaimOriginsRow) store.ListClaimOriginsRow {
			return store.ListClaimOriginsRow(r)
		}), versions), nil
	}
	rows, err := q.ListClaimOrigins(ctx, idsJSON(claimIDs))
	if err != nil {
		return nil, err
	}
	return countRoots(rows, versions), nil
}

// claimCount is what a claim's accepted mentions come to: the articles that state it (a
// story and its later versions once) and the independent origins behind them.
type claimCount struct {
	articles, origins int64
}

// countRoots counts, per claim, the distinct stories and the distinct roots of the given
// mentions' chains.
func countRoots(rows []store.ListClaimOriginsRow, versions firstVersions) map[int64]claimCount {
	out := map[int64]claimCount{}
	seen := map[string]bool{}
	for _, r := range rows {
		story := versions.story(r.ArticleID)
		c := out[r.ClaimID]
		if k := fmt.Sprintf("%d/story %d", r.ClaimID, story); !seen[k] {
			seen[k] = true
			c.articles++
		}
		key := chainParts{articleID: story, outlet: r.SourceID, origin: r.OriginSourceID, speaker: r.SpeakerEntityID,
			speaksFor: r.SpeaksForSourceID, channel: r.ChannelSourceID, ownReporting: r.OwnReporting != 0}.rootKey()
		if k := fmt.Sprintf("%d/%s", r.ClaimID, key); key != "" && !seen[k] {
			seen[k] = true
			c.origins++
		}
		out[r.ClaimID] = c
	}
	return out
}

func (c *changeSet) createClaim(statement, note string) (int64, error) {
	statement, err := cleanStatement(statement)
	if err != nil {
		return 0, err
	}
	id, err := c.q.CreateClaim(c.ctx, store.CreateClaimParams{Statement: statement, Note: note, CreatedBy: c.ws.Analyst, CreatedAt: c.at})
	if err != nil {
		return 0, err
	}
	return id, c.created("claims", id)
}

// cleanStatement is a statement as stored, its runs of white space one space. One that
// shows nothing (white space or invisible characters only: "\u200b" made a claim with a
// blank row) or holds a control character is invalid: SQLite reads text only up to a NUL,
// so "\x00…" failed the table's check and came back as a confusing "conflict".
func cleanStatement(s string) (string, error) {
	text := names.Clean(s)
	if names.Clean(invisibleInNames.Replace(text)) == "" {
		return "", Invalid("a claim needs a statement")
	}
	if strings.IndexFunc(text, unicode.IsControl) >= 0 {
		return "", Invalid("a claim's statement cannot contain control characters")
	}
	return text, nil
}

// touchClaim records that a claim changed (its updated_at), logged like any update.
func (c *changeSet) touchClaim(id int64) error {
	return c.update("claims", id, func() error {
		return c.q.TouchClaim(c.ctx, store.TouchClaimParams{ID: id, UpdatedAt: c.at})
	})
}

// deleteClaim deletes a claim and everything hanging on it, children first, each logged,
// so one undo restores it all. Assessments and their evidence go before the mention spans:
// deleting a span first would let the foreign key null the evidence's span_id unlogged.
func (c *changeSet) deleteClaim(id int64) error {
	assessments, err := c.q.ListAssessmentIDsForClaim(c.ctx, id)
	if err != nil {
		return err
	}
	for _, aid := range assessments {
		evidence, err := c.q.ListEvidenceIDsForAssessment(c.ctx, aid)
		if err != nil {
			return err
		}
		for _, eid := range evidence {
			if err := c.delete("evidence", eid); err != nil {
				return err
			}
		}
		if err := c.delete("assessments", aid); err != nil {
			return err
		}
	}
	spans, err := c.q.ListMentionSpanIDsForClaim(c.ctx, id)
	if err != nil {
		return err
	}
	for _, sp := range spans {
		if err := c.deleteSpan(sp); err != nil {
			return err
		}
	}
	tags, err := c.q.ListClaimTags(c.ctx, id)
	if err != nil {
		return err
	}
	for _, t := range tags {
		if err := c.unlinked("claim_tags", linkImage("claim_id", id, "tag_id", t.ID)); err != nil {
			return err
		}
	}
	return c.delete("claims", id)
}

// detachEvidence points evidence (of other claims' assessments) that cites a span about
// to be deleted at the span's article instead, logged, so the delete nulls nothing unseen.
func (c *changeSet) detachEvidence(spanID int64) error {
	ids, err := c.q.ListEvidenceIDsForSpan(c.ctx, sql.NullInt64{Int64: spanID, Valid: true})
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := c.update("evidence", id, func() error { return c.q.DetachEvidenceSpan(c.ctx, id) }); err != nil {
			return err
		}
	}
	return nil
}

// entityRef checks an optional entity id (nil or 0: none); a merged-away entity is the
// one it was merged into (liveEntity).
func (c *changeSet) entityRef(id *int64) (sql.NullInt64, error) {
	if id == nil || *id == 0 {
		return sql.NullInt64{}, nil
	}
	e, err := c.liveEntity(*id)
	if err != nil {
		return sql.NullInt64{}, err
	}
	return sql.NullInt64{Int64: e.ID, Valid: true}, nil
}

// liveEntity reads entity id, or the entity it was merged into (old ids resolve): a link
// made from a page left open while another window merged it lands on the live entity,
// not on the merged-away row no page, filter or proposal shows.
func (c *changeSet) liveEntity(id int64) (store.Entity, error) {
	e, err := c.q.GetEntity(c.ctx, id)
	for hops := 0; err == nil && e.MergedIntoID.Valid && hops < 100; hops++ {
		e, err = c.q.GetEntity(c.ctx, e.MergedIntoID.Int64)
	}
	if err != nil {
		return store.Entity{}, storeErr(err, fmt.Sprintf("entity %d", id))
	}
	return e, nil
}

// sourceRef checks an optional source id (nil or 0: none).
func (c *changeSet) sourceRef(id *int64) (sql.NullInt64, error) {
	if id == nil || *id == 0 {
		return sql.NullInt64{}, nil
	}
	if _, err := c.q.GetSource(c.ctx, *id); err != nil {
		return sql.NullInt64{}, storeErr(err, fmt.Sprintf("source %d", *id))
	}
	return sql.NullInt64{Int64: *id, Valid: true}, nil
}

func credLabel(c *int64) string {
	if c == nil {
		return ""
	}
	return CredibilityLabel(*c)
}

// escapeLike escapes LIKE's wildcards with "!" (the queries say ESCAPE '!').
func escapeLike(s string) string {
	return strings.NewReplacer("!", "!!", "%", "!%", "_", "!_").Replace(s)
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
