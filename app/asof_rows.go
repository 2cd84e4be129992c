package app

// What the as-of snapshot is built from: the store rows (whole workspace or a scope), the
// audit images of spans and mentions, and a mention's origin, value and attribution.

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"claimdesk/app/reading"
	"claimdesk/db/store"
)

// rowImage is the part of a spans or claim_mentions audit image the snapshot needs.
type rowImage struct {
	ID              int64    `json:"id"`
	ArticleID       int64    `json:"article_id"`
	StartCp         int64    `json:"start_cp"`
	EndCp           int64    `json:"end_cp"`
	Quote           string   `json:"quote"`
	State           string   `json:"state"`
	CreatedAt       string   `json:"created_at"`
	SpanID          int64    `json:"span_id"`
	ClaimID         int64    `json:"claim_id"`
	RawValue        string   `json:"raw_value"`
	ValueKind       string   `json:"value_kind"`
	ValueLow        *float64 `json:"value_low"`
	ValueHigh       *float64 `json:"value_high"`
	ValueUnit       string   `json:"value_unit"`
	DateStart       string   `json:"date_start"`
	DateEnd         string   `json:"date_end"`
	DatePrecision   string   `json:"date_precision"`
	Hedge           string   `json:"hedge"`
	ChannelText     string   `json:"channel_text"`
	IsDirectQuote   int64    `json:"is_direct_quote"`
	SpeakerEntityID *int64   `json:"speaker_entity_id"`
	ChannelSourceID *int64   `json:"channel_source_id"`
	OriginSourceID  *int64   `json:"origin_source_id"`
	OwnReporting    int64    `json:"own_reporting"`
	Stance          string   `json:"stance"`
}

// snapRows is what a snapshot is built from, as read from the store.
type snapRows struct {
	arts      []store.MatrixArticlesRow
	sources   []store.MatrixSourcesRow
	speaksFor []store.MatrixSpeaksForRow
	claims    []store.MatrixClaimsRow
	tags      []store.ListAllClaimTagsRow
	mentions  []store.MatrixMentionsRow
	grades    []store.MatrixAssessmentsRow
	claimIDs  []int64 // the scope's claims; nil: the whole workspace
}

// readSnapRows reads the whole workspace (scope nil) or the part scope names.
func readSnapRows(ctx context.Context, q *store.Queries, scope *snapScope) (r snapRows, err error) {
	if scope == nil {
		if r.arts, err = q.MatrixArticles(ctx); err != nil {
			return r, storeErr(err, "the articles")
		}
		if r.sources, err = q.MatrixSources(ctx); err != nil {
			return r, storeErr(err, "the sources")
		}
		if r.speaksFor, err = q.MatrixSpeaksFor(ctx); err != nil {
			return r, storeErr(err, "the speakers' bodies")
		}
		if r.claims, err = q.MatrixClaims(ctx); err != nil {
			return r, storeErr(err, "the claims")
		}
		if r.tags, err = q.ListAllClaimTags(ctx); err != nil {
			return r, storeErr(err, "the claims' tags")
		}
		if r.mentions, err = q.MatrixMentions(ctx); err != nil {
			return r, storeErr(err, "the claim mentions")
		}
		if r.grades, err = q.MatrixAssessments(ctx); err != nil {
			return r, storeErr(err, "the assessments")
		}
		return r, nil
	}
	r.claimIDs = scope.claimIDs
	claimIDs := idsJSON(scope.claimIDs)
	claims, err := q.MatrixClaimsByID(ctx, claimIDs)
	if err != nil {
		return r, storeErr(err, "the claims")
	}
	tags, err := q.MatrixClaimTagsByID(ctx, claimIDs)
	if err != nil {
		return r, storeErr(err, "the claims' tags")
	}
	mentions, err := q.MatrixMentionsByClaim(ctx, claimIDs)
	if err != nil {
		return r, storeErr(err, "the claim mentions")
	}
	grades, err := q.MatrixAssessmentsByClaim(ctx, claimIDs)
	if err != nil {
		return r, storeErr(err, "the assessments")
	}
	// the articles: the grid's (all when none are chosen) and every mention's, for the
	// first appearance, origins and suggested grade, which count hidden columns too
	want := map[int64]bool{}
	for _, id := range scope.articleIDs {
		want[id] = true
	}
	for _, m := range mentions {
		want[m.ArticleID] = true
	}
	ids := make([]int64, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	articleIDs := idsJSON(ids)
	if scope.articleIDs == nil {
		if r.arts, err = q.MatrixArticles(ctx); err != nil {
			return r, storeErr(err, "the articles")
		}
	} else {
		arts, err := q.MatrixArticlesByID(ctx, articleIDs)
		if err != nil {
			return r, storeErr(err, "the articles")
		}
		r.arts = convertRows(arts, func(r store.MatrixArticlesByIDRow) store.MatrixArticlesRow { return store.MatrixArticlesRow(r) })
	}
	if r.sources, err = q.MatrixSources(ctx); err != nil {
		return r, storeErr(err, "the sources")
	}
	r.claims = convertRows(claims, func(r store.MatrixClaimsByIDRow) store.MatrixClaimsRow { return store.MatrixClaimsRow(r) })
	r.tags = convertRows(tags, func(r store.MatrixClaimTagsByIDRow) store.ListAllClaimTagsRow { return store.ListAllClaimTagsRow(r) })
	r.mentions = convertRows(mentions, func(r store.MatrixMentionsByClaimRow) store.MatrixMentionsRow { return store.MatrixMentionsRow(r) })
	// the bodies the mentions' speakers speak for, as their rows carry them: a scoped
	// snapshot is of now, so no speaker but these is read (the whole workspace's 10,000
	// links were read for every claims export page; docs/performance.md)
	for _, m := range r.mentions {
		if m.SpeakerEntityID.Valid && m.SpeaksForSourceID.Valid {
			r.speaksFor = append(r.speaksFor, store.MatrixSpeaksForRow{EntityID: m.SpeakerEntityID.Int64, SourceID: m.SpeaksForSourceID.Int64})
		}
	}
	r.grades = convertRows(grades, func(r store.MatrixAssessmentsByClaimRow) store.MatrixAssessmentsRow {
		return store.MatrixAssessmentsRow(r)
	})
	return r, nil
}

// claimOrigins are the rows ListClaimOrigins reads, built from the mention rows read: each
// accepted mention's origin chain parts and its article's outlet (countRoots counts them).
// The claims export and the claim list sorted from a snapshot read them so, from the rows
// their snapshot is built of, rather than reading the same mentions again.
func (src *snapRows) claimOrigins() []store.ListClaimOriginsRow {
	arts := make(map[int64]*store.MatrixArticlesRow, len(src.arts))
	for i := range src.arts {
		arts[src.arts[i].ID] = &src.arts[i]
	}
	origins := make([]store.ListClaimOriginsRow, 0, len(src.mentions))
	for _, m := range src.mentions {
		a := arts[m.ArticleID]
		if m.State != "accepted" || a == nil {
			continue
		}
		origins = append(origins, store.ListClaimOriginsRow{ClaimID: m.ClaimID, OriginSourceID: m.OriginSourceID,
			SpeaksForSourceID: m.SpeaksForSourceID, SpeakerEntityID: m.SpeakerEntityID, ChannelSourceID: m.ChannelSourceID,
			OwnReporting: m.OwnReporting, SourceID: a.SourceID, ArticleID: a.ID})
	}
	return origins
}

// convertRows converts the rows of a scoped query to the row type of the unscoped one
// (the same columns, so the same struct under another name: conv is a type conversion).
func convertRows[S, T any](rows []S, conv func(S) T) []T {
	out := make([]T, len(rows))
	for i, r := range rows {
		out[i] = conv(r)
	}
	return out
}

// snapRoot is a mention's independent origin (origin_chain.go's rule) with its name and
// the reliability it is graded by: a source's own, F for a person or an article.
func snapRoot(m rowImage, a *snapArticle, sources map[int64]store.MatrixSourcesRow, speaksFor map[int64]int64, speaker string) snapOrigin {
	p := chainParts{articleID: a.story, outlet: a.sourceID, origin: nullInt(m.OriginSourceID), speaker: nullInt(m.SpeakerEntityID),
		channel: nullInt(m.ChannelSourceID), ownReporting: m.OwnReporting != 0}
	if m.SpeakerEntityID != nil {
		if sid, ok := speaksFor[*m.SpeakerEntityID]; ok {
			p.speaksFor = sql.NullInt64{Int64: sid, Valid: true}
		}
	}
	key := p.rootKey()
	o := snapOrigin{key: key, reliability: "F"}
	switch {
	case key == "":
	case key[0] == 's':
		id, _ := strconv.ParseInt(key[1:], 10, 64)
		o.name, o.reliability = sources[id].Name, sources[id].Reliability
	case key[0] == 'e':
		o.name = speaker
		if o.name == "" {
			o.name = "speaker " + key[1:]
		}
	default:
		o.name = a.title
	}
	return o
}

func nullInt(p *int64) sql.NullInt64 {
	if p == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: *p, Valid: true}
}

// loadFurtherValues gives the snapshot's mentions their further values: those of the
// claims claimIDs (nil: of every mention). As of a date the mentions keep their first
// values only (the history of further values is not replayed). A claims export page read
// the whole workspace's before (41,000 rows on the grown benchmark workspace, for each
// page of 1,000 claims; docs/performance.md).
func (snap *snapshot) loadFurtherValues(ctx context.Context, q *store.Queries, claimIDs []int64) error {
	var rows []store.ListFurtherMentionValuesRow
	var err error
	if claimIDs == nil {
		rows, err = q.ListFurtherMentionValues(ctx)
	} else {
		var of []store.ListFurtherMentionValuesOfClaimsRow
		of, err = q.ListFurtherMentionValuesOfClaims(ctx, idsJSON(claimIDs))
		rows = convertRows(of, func(r store.ListFurtherMentionValuesOfClaimsRow) store.ListFurtherMentionValuesRow {
			return store.ListFurtherMentionValuesRow(r)
		})
	}
	if err != nil {
		return storeErr(err, "the mentions' further values")
	}
	if len(rows) == 0 {
		return nil
	}
	bySpan := map[int64]*snapMention{}
	for _, c := range snap.claims {
		for _, m := range c.mentions {
			bySpan[m.spanID] = m
		}
	}
	for _, r := range rows {
		m := bySpan[r.SpanID]
		if m == nil {
			continue
		}
		v := reading.Value{Kind: r.Kind, Raw: r.Raw, Hedge: r.Hedge, Low: nullFloat(r.Low), High: nullFloat(r.High), Unit: r.Unit,
			Start: r.DateStart, End: r.DateEnd, Precision: r.Precision}
		if v.Kind == reading.KindDate && v.Start == "" {
			v.Note = "a relative date, and the article has no publication date to resolve it against"
		}
		m.more = append(m.more, v)
	}
	return nil
}

func nullFloat(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	v := n.Float64
	return &v
}

// mentionValue is the mention's stored normalised value; a mention not normalised yet (or
// restored from an older image) is read on the fly from its raw value, else its quote.
func mentionValue(m rowImage, quote, published string) reading.Value {
	raw := m.RawValue
	if m.ValueKind == "" || m.ValueKind == reading.KindNone {
		if raw == "" {
			return reading.Value{Kind: reading.KindNone}
		}
		return reading.ParseIn(raw, quote, published).WithHedge(m.Hedge)
	}
	if raw == "" {
		raw = reading.ParseIn("", quote, published).Raw
	}
	v := reading.Value{Kind: m.ValueKind, Raw: raw, Hedge: m.Hedge, Low: m.ValueLow, High: m.ValueHigh, Unit: m.ValueUnit,
		Start: m.DateStart, End: m.DateEnd, Precision: m.DatePrecision}
	if v.Kind == reading.KindDate && v.Start == "" {
		v.Note = "a relative date, and the article has no publication date to resolve it against"
	}
	return v
}

// attribution joins the speaker and the channel: "Rustem Umerov · according to KCNA".
func attribution(speaker, channelName, channelText string) string {
	channel := channelText
	if channel == "" {
		channel = channelName
	} else if channelName != "" && !strings.Contains(strings.ToLower(channelText), strings.ToLower(channelName)) {
		channel = channelText + " (" + channelName + ")"
	}
	switch {
	case speaker != "" && channel != "":
		return speaker + " · " + channel
	case speaker != "":
		return speaker
	}
	return channel
}
