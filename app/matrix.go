package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"claimdesk/app/match"
	"claimdesk/app/names"
	"claimdesk/app/reading"
	"claimdesk/db/store"
)

// MatrixService shows what each article (or source) says of each claim: a claims × columns
// grid whose cells carry the figure, hedge, attribution and quote, coloured by agreement
// with the claim's other mentions, with each claim's grade, suggested grade, origin count
// and first appearance. As of a past date, it shows the workspace as it stood then.
//
// Everything is read with a handful of queries (queries/matrix.sql) and built in memory:
// no query per row or cell.
type MatrixService struct {
	ws *Workspace
}

// MatrixFilter narrows the matrix; zero values mean "all".
type MatrixFilter struct {
	ClaimIDs   []int64 `json:"claimIds"`
	ArticleIDs []int64 `json:"articleIds"`
	Tag        string  `json:"tag"`  // claims with this tag
	By         string  `json:"by"`   // "article" (default) or "source"
	AsOf       string  `json:"asOf"` // "YYYY-MM-DD" (UTC day, inclusive) or "" for now
	Text       string  `json:"text"` // claims whose statement or note contains this (case-insensitive)
	// Limit caps the rows (0: no cap): past it, the grid shows the Limit most recently
	// changed claims that pass the other filters, and only the articles that mention them;
	// Matrix.Limited and TotalClaims say so. Ignored when ClaimIDs are given.
	Limit int `json:"limit"`
}

// Matrix is the grid. Rows are in timeline order (first appearance, unknown last).
type Matrix struct {
	By      string         `json:"by"`
	AsOf    string         `json:"asOf"`
	Columns []MatrixColumn `json:"columns"`
	Rows    []MatrixRow    `json:"rows"`
	// TotalClaims: the claims that pass the filter, before the cap (= len(Rows) unless
	// Limited). Limited: Rows hold only the filter's Limit most recently changed claims,
	// and Columns only the articles (sources) with a cell.
	TotalClaims int  `json:"totalClaims"`
	Limited     bool `json:"limited"`
}

// MatrixColumn is an article, or a source with its articles (by "source"; an article with no
// outlet is a column of its own). ID is "a<articleId>" or "s<sourceId>".
type MatrixColumn struct {
	ID          string  `json:"id"`
	Kind        string  `json:"kind"` // article | source
	ArticleID   *int64  `json:"articleId"`
	SourceID    *int64  `json:"sourceId"`
	ArticleIDs  []int64 `json:"articleIds"`
	Title       string  `json:"title"`
	Source      string  `json:"source"`
	PublishedAt string  `json:"publishedAt"` // the earliest of its articles; "" unknown
	Mentions    int     `json:"mentions"`    // cells in this column (the UI may hide empty columns)
}

// MatrixRow is one claim.
type MatrixRow struct {
	ClaimID              int64            `json:"claimId"`
	Statement            string           `json:"statement"`
	Tags                 []string         `json:"tags"`
	Credibility          *int64           `json:"credibility"` // the latest assessment's (as of), null ungraded
	CredibilityLabel     string           `json:"credibilityLabel"`
	AssessedAt           string           `json:"assessedAt"`
	SuggestedCredibility int64            `json:"suggestedCredibility"`
	SuggestedLabel       string           `json:"suggestedLabel"`
	SuggestedReasons     []string         `json:"suggestedReasons"`
	Articles             int              `json:"articles"`
	Origins              int              `json:"origins"`
	OriginNames          []string         `json:"originNames"`
	Conflicts            int              `json:"conflicts"` // pairs of mentions whose values conflict
	FirstAppearance      *FirstAppearance `json:"firstAppearance"`
	Cells                []MatrixCell     `json:"cells"`
}

// FirstAppearance is the earliest published article with a mention of the claim.
type FirstAppearance struct {
	ArticleID   int64  `json:"articleId"`
	PublishedAt string `json:"publishedAt"` // "" when none of its articles has a date
}

// MatrixCell is what one column says of one claim.
type MatrixCell struct {
	ColumnID      string          `json:"columnId"`
	ArticleID     int64           `json:"articleId"` // of the first mention: where a click opens
	SpanIDs       []int64         `json:"spanIds"`
	Start         int64           `json:"start"`
	End           int64           `json:"end"`
	Quote         string          `json:"quote"`
	RawValue      string          `json:"rawValue"`
	Hedge         string          `json:"hedge"`
	Attribution   string          `json:"attribution"` // "Rustem Umerov · according to KCNA"
	IsDirectQuote bool            `json:"isDirectQuote"`
	Agreement     string          `json:"agreement"` // agrees | conflicts | unknown | only
	Reasons       []string        `json:"reasons"`   // why it conflicts (or why unknown)
	Normalized    NormalizedValue `json:"normalized"`
	// MoreValues are the further values of the mention Normalized belongs to (a date next
	// to a figure ...), in order; empty as of a past date.
	MoreValues []NormalizedValue `json:"moreValues"`
}

// NormalizedValue is a mention's figure or date as normalised (app/reading, docs/reading.md).
type NormalizedValue struct {
	Kind      string   `json:"kind"` // none | figure | date
	Text      string   `json:"text"` // "9,900–12,100 troops", "2024-06", "unresolved"
	Low       *float64 `json:"low"`  // null: open
	High      *float64 `json:"high"` // null: open
	Unit      string   `json:"unit"`
	Start     string   `json:"start"`
	End       string   `json:"end"`
	Precision string   `json:"precision"`
	Note      string   `json:"note"`
}

func normalizedOf(v reading.Value) NormalizedValue {
	if v.Kind == "" {
		v.Kind = reading.KindNone
	}
	return NormalizedValue{Kind: v.Kind, Text: v.Text(), Low: v.Low, High: v.High, Unit: v.Unit,
		Start: v.Start, End: v.End, Precision: v.Precision, Note: v.Note}
}

func normalizedAll(vs []reading.Value) []NormalizedValue {
	out := make([]NormalizedValue, 0, len(vs))
	for _, v := range vs {
		out = append(out, normalizedOf(v))
	}
	return out
}

// Get builds the matrix.
func (s *MatrixService) Get(f MatrixFilter) (Matrix, error) {
	by := f.By
	if by == "" {
		by = "article"
	}
	if by != "article" && by != "source" {
		return Matrix{}, Invalid(`by must be "article" or "source"; got %q`, f.By)
	}
	if f.Limit < 0 {
		return Matrix{}, Invalid("limit must be 0 (no cap) or more; got %d", f.Limit)
	}
	ctx, q := s.ws.Context(), s.ws.DB().Q
	f, total, limited, filledOnly, err := matrixClaims(ctx, q, f)
	if err != nil {
		return Matrix{}, err
	}
	scope, err := matrixScope(ctx, q, f)
	if err != nil {
		return Matrix{}, err
	}
	if filledOnly && scope != nil && scope.articleIDs == nil {
		scope.articleIDs = []int64{} // only the articles of the shown claims' mentions
	}
	snap, err := loadSnapshot(ctx, q, f.AsOf, scope)
	if err != nil {
		return Matrix{}, err
	}
	m := snap.matrix(f, by)
	if limited {
		m.TotalClaims, m.Limited = total, true
	}
	if filledOnly {
		cols := m.Columns[:0]
		for _, c := range m.Columns {
			if c.Mentions > 0 {
				cols = append(cols, c)
			}
		}
		m.Columns = cols
	}
	return m, nil
}

// matrixClaims resolves the text filter and the cap to claim ids: with neither (or with
// claim ids given) f is returned as is. Otherwise f.ClaimIDs become the claims that pass
// the text and tag filters (and have a mention in f.ArticleIDs, if given), most recently
// changed first, cut to f.Limit; total is how many passed, limited whether the cut
// dropped any. Under the cap with no text or tag, f is left as is (the uncapped grid);
// with one, the ids scope the read (a tag matching no claim read the whole workspace).
// filledOnly: the grid keeps only the columns with a cell (past the cap, or with a limit
// and a text or tag filter: 20,000 empty article columns are 4 MB of nothing). Claims created after an "as of" date count in total (the snapshot drops
// their rows).
func matrixClaims(ctx context.Context, q *store.Queries, f MatrixFilter) (_ MatrixFilter, total int, limited, filledOnly bool, err error) {
	text, tag := names.Clean(f.Text), names.Clean(f.Tag)
	if len(f.ClaimIDs) > 0 || (text == "" && f.Limit == 0) {
		return f, 0, false, false, nil
	}
	ids, err := listClaimIDs(ctx, q, ClaimFilter{Tag: tag}, containsPattern(text))
	if err != nil {
		return f, 0, false, false, err
	}
	if len(f.ArticleIDs) > 0 {
		in, err := q.MatrixClaimIDsInArticles(ctx, idsJSON(f.ArticleIDs))
		if err != nil {
			return f, 0, false, false, storeErr(err, "the articles' claims")
		}
		keep := idSet(in)
		kept := ids[:0]
		for _, id := range ids {
			if keep[id] {
				kept = append(kept, id)
			}
		}
		ids = kept
	}
	total = len(ids)
	if f.Limit > 0 && total > f.Limit {
		f.ClaimIDs = ids[:f.Limit]
		return f, total, true, true, nil
	}
	if text == "" && tag == "" {
		return f, total, false, false, nil // under the cap, unfiltered: the grid as without one
	}
	if ids == nil {
		ids = []int64{}
	}
	f.ClaimIDs = ids
	return f, total, false, f.Limit > 0, nil
}

// snapScope limits a snapshot to some claims: their mentions, the articles of those
// mentions and the grid's articles (all articles when articleIDs is nil). A nil scope is
// the whole workspace.
type snapScope struct {
	claimIDs   []int64
	articleIDs []int64
}

// maxScopedClaims: past this many claims a scoped read is no cheaper than reading all.
const maxScopedClaims = 5000

// matrixScope is the part of the workspace f's grid needs, or nil for all of it. Only the
// present is scoped: as of a date, mentions restored from the history may belong to other
// claims or articles than today's rows, so the whole workspace is read.
func matrixScope(ctx context.Context, q *store.Queries, f MatrixFilter) (*snapScope, error) {
	if f.AsOf != "" {
		return nil, nil
	}
	claims := f.ClaimIDs
	if len(claims) == 0 && len(f.ArticleIDs) > 0 {
		// rows without a cell in the chosen articles are dropped: only their claims can show
		var err error
		if claims, err = q.MatrixClaimIDsInArticles(ctx, idsJSON(f.ArticleIDs)); err != nil {
			return nil, storeErr(err, "the articles' claims")
		}
		if claims == nil {
			claims = []int64{}
		}
	}
	if claims == nil || len(claims) > maxScopedClaims {
		return nil, nil
	}
	return &snapScope{claimIDs: claims, articleIDs: f.ArticleIDs}, nil
}

// claimScope is the snapshot of one claim (now; as of a date, the whole workspace, as
// matrixScope explains).
func claimScope(asOf string, claimID int64) *snapScope {
	if asOf != "" {
		return nil
	}
	return &snapScope{claimIDs: []int64{claimID}, articleIDs: []int64{}}
}

// idsJSON is a JSON array of ids, for the queries that expand one with json_each.
func idsJSON(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

// ---- the snapshot: the workspace's claims, mentions, origins and grades, now or as of a date ----

type snapArticle struct {
	id          int64
	title       string
	publishedAt string
	sourceID    sql.NullInt64
	sourceName  string
}

type snapOrigin struct {
	key, name, reliability string
}

type snapMention struct {
	spanID, claimID, articleID int64
	start, end                 int64
	quote, raw, hedge          string
	attribution                string
	direct                     bool
	value                      reading.Value   // the first figure or date
	more                       []reading.Value // further values (claim_mention_values; current snapshots only)
	root                       snapOrigin      // key "" when unattributed: adds no origin
	stance                     string
}

type snapClaim struct {
	id         int64
	statement  string
	tags       []string
	mentions   []*snapMention // accepted, in article then text order
	grade      *store.MatrixAssessmentsRow
	comparison claimComparison
}

type snapshot struct {
	asOf     string
	claims   []*snapClaim
	byID     map[int64]*snapClaim
	articles map[int64]*snapArticle
	order    []*snapArticle // articles in the workspace (as of), by id
}

// asOfCutoff validates "YYYY-MM-DD" and returns the first instant after that UTC day, in
// the workspace's time format ("" for now).
func asOfCutoff(asOf string) (string, error) {
	if asOf == "" {
		return "", nil
	}
	d, err := time.Parse("2006-01-02", asOf)
	if err != nil {
		return "", Invalid("asOf must be a date as YYYY-MM-DD (or empty for now); got %q", asOf)
	}
	return FormatTime(d.AddDate(0, 0, 1)), nil
}

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
}

// readSnapRows reads the whole workspace (scope nil) or the part scope names.
func readSnapRows(ctx context.Context, q *store.Queries, scope *snapScope) (r snapRows, err error) {
	if scope == nil {
		if r.arts, err = q.MatrixArticles(ctx); err != nil {
			return r, storeErr(err, "the articles")
		}
		if err := r.readOriginNames(ctx, q); err != nil {
			return r, err
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
	if err := r.readOriginNames(ctx, q); err != nil {
		return r, err
	}
	r.claims = convertRows(claims, func(r store.MatrixClaimsByIDRow) store.MatrixClaimsRow { return store.MatrixClaimsRow(r) })
	r.tags = convertRows(tags, func(r store.MatrixClaimTagsByIDRow) store.ListAllClaimTagsRow { return store.ListAllClaimTagsRow(r) })
	r.mentions = convertRows(mentions, func(r store.MatrixMentionsByClaimRow) store.MatrixMentionsRow { return store.MatrixMentionsRow(r) })
	r.grades = convertRows(grades, func(r store.MatrixAssessmentsByClaimRow) store.MatrixAssessmentsRow {
		return store.MatrixAssessmentsRow(r)
	})
	return r, nil
}

// readOriginNames reads what the mentions' origin chains are named and graded by: the
// sources, and the bodies entities speak for.
func (r *snapRows) readOriginNames(ctx context.Context, q *store.Queries) (err error) {
	if r.sources, err = q.MatrixSources(ctx); err != nil {
		return storeErr(err, "the sources")
	}
	if r.speaksFor, err = q.MatrixSpeaksFor(ctx); err != nil {
		return storeErr(err, "the speakers' bodies")
	}
	return nil
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

func loadSnapshot(ctx context.Context, q *store.Queries, asOf string, scope *snapScope) (*snapshot, error) {
	cutoff, err := asOfCutoff(asOf)
	if err != nil {
		return nil, err
	}
	before := func(at string) bool { return cutoff == "" || at < cutoff }
	snap := &snapshot{asOf: asOf, byID: map[int64]*snapClaim{}, articles: map[int64]*snapArticle{}}
	src, err := readSnapRows(ctx, q, scope)
	if err != nil {
		return nil, err
	}
	for _, a := range src.arts {
		if !before(a.ImportedAt) {
			continue
		}
		sa := &snapArticle{id: a.ID, title: a.Title, publishedAt: a.PublishedAt, sourceID: a.SourceID, sourceName: a.SourceName}
		snap.articles[a.ID] = sa
		snap.order = append(snap.order, sa)
	}
	sources := make(map[int64]store.MatrixSourcesRow, len(src.sources))
	for _, r := range src.sources {
		sources[r.ID] = r
	}
	speaksFor := make(map[int64]int64, len(src.speaksFor))
	for _, r := range src.speaksFor {
		speaksFor[r.EntityID] = r.SourceID
	}

	for _, c := range src.claims {
		if !before(c.CreatedAt) {
			continue
		}
		sc := &snapClaim{id: c.ID, statement: c.Statement}
		snap.claims = append(snap.claims, sc)
		snap.byID[c.ID] = sc
	}
	for _, t := range src.tags {
		if c := snap.byID[t.ClaimID]; c != nil {
			c.tags = append(c.tags, t.Name)
		}
	}

	// mentions: the current rows, then (as of a date) each row as it stood then
	rows := src.mentions
	type pair struct {
		span    rowImage
		mention rowImage
		speaker string
		channel string
	}
	current := make(map[int64]*pair, len(rows))
	for _, r := range rows {
		current[r.SpanID] = &pair{
			span: rowImage{ID: r.SpanID, ArticleID: r.ArticleID, StartCp: r.StartCp, EndCp: r.EndCp, Quote: r.Quote, State: r.State, CreatedAt: r.CreatedAt},
			mention: rowImage{SpanID: r.SpanID, ClaimID: r.ClaimID, RawValue: r.RawValue, ValueKind: r.ValueKind,
				ValueLow: nullFloat(r.ValueLow), ValueHigh: nullFloat(r.ValueHigh), ValueUnit: r.ValueUnit,
				DateStart: r.DateStart, DateEnd: r.DateEnd, DatePrecision: r.DatePrecision, Hedge: r.Hedge,
				ChannelText: r.ChannelText, IsDirectQuote: r.IsDirectQuote, SpeakerEntityID: nullID(r.SpeakerEntityID),
				ChannelSourceID: nullID(r.ChannelSourceID), OriginSourceID: nullID(r.OriginSourceID),
				OwnReporting: r.OwnReporting, Stance: r.Stance},
			speaker: r.SpeakerName, channel: r.ChannelName,
		}
	}
	if cutoff != "" {
		images, err := q.MatrixRowImagesSince(ctx, cutoff)
		if err != nil {
			return nil, storeErr(err, "the history")
		}
		seen := map[string]bool{}
		spans := map[int64]*rowImage{} // span id -> image as of (nil = did not exist)
		mentions := map[int64]*rowImage{}
		for _, im := range images {
			k := fmt.Sprintf("%s/%d", im.TableName, im.RowID)
			if seen[k] || im.RowID == 0 {
				continue
			}
			seen[k] = true
			var img *rowImage
			if im.Before.Valid {
				img = &rowImage{}
				if err := json.Unmarshal([]byte(im.Before.String), img); err != nil {
					return nil, Internal(err, "reading the history")
				}
			}
			if im.TableName == "spans" {
				spans[im.RowID] = img
			} else {
				mentions[im.RowID] = img
			}
		}
		for id, img := range mentions {
			if img == nil {
				delete(current, id)
				continue
			}
			p := current[id]
			if p == nil {
				p = &pair{} // deleted since: restored from the history
				current[id] = p
				p.span.ID = id
			}
			p.mention = *img
			if img.SpeakerEntityID != nil || img.ChannelSourceID != nil {
				p.speaker, p.channel = "", "" // names are current; the ids may have changed since
			}
		}
		for id, img := range spans {
			p := current[id]
			if p == nil {
				continue
			}
			if img == nil {
				delete(current, id)
				continue
			}
			p.span = *img
		}
	}
	for _, p := range current {
		if p.span.State != "accepted" || p.span.ArticleID == 0 || !before(p.span.CreatedAt) {
			continue
		}
		c := snap.byID[p.mention.ClaimID]
		a := snap.articles[p.span.ArticleID]
		if c == nil || a == nil {
			continue
		}
		m := &snapMention{
			spanID: p.span.ID, claimID: c.id, articleID: a.id, start: p.span.StartCp, end: p.span.EndCp,
			quote: p.span.Quote, raw: p.mention.RawValue, hedge: p.mention.Hedge,
			attribution: attribution(p.speaker, p.channel, p.mention.ChannelText), direct: p.mention.IsDirectQuote != 0,
		}
		m.value = mentionValue(p.mention, p.span.Quote, a.publishedAt)
		m.root = snapRoot(p.mention, a, sources, speaksFor, p.speaker)
		m.stance = p.mention.Stance
		if m.stance == "" {
			m.stance = match.StanceAsserts // an image from before schema v11
		}
		c.mentions = append(c.mentions, m)
	}
	for _, c := range snap.claims {
		sort.Slice(c.mentions, func(i, j int) bool {
			a, b := c.mentions[i], c.mentions[j]
			if a.articleID != b.articleID {
				return a.articleID < b.articleID
			}
			if a.start != b.start {
				return a.start < b.start
			}
			return a.spanID < b.spanID
		})
	}

	grades := src.grades
	for i := range grades {
		g := &grades[i]
		c := snap.byID[g.ClaimID]
		if c == nil || c.grade != nil || !before(g.AssessedAt) {
			continue
		}
		// retracted: gone now; as of a date, only if retracted by then
		if g.RetractedAt != "" && (cutoff == "" || g.RetractedAt < cutoff) {
			continue
		}
		c.grade = g // newest first: the first that stood is the grade
	}
	if cutoff == "" {
		if err := snap.loadFurtherValues(ctx, q); err != nil {
			return nil, err
		}
	}
	for _, c := range snap.claims {
		c.comparison = snap.compare(c)
	}
	return snap, nil
}

// snapRoot is a mention's independent origin (origin_chain.go's rule) with its name and
// the reliability it is graded by: a source's own, F for a person or an article.
func snapRoot(m rowImage, a *snapArticle, sources map[int64]store.MatrixSourcesRow, speaksFor map[int64]int64, speaker string) snapOrigin {
	p := chainParts{articleID: a.id, outlet: a.sourceID, origin: nullInt(m.OriginSourceID), speaker: nullInt(m.SpeakerEntityID),
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

// loadFurtherValues gives the snapshot's mentions their further values. As of a date the
// mentions keep their first values only (the history of further values is not replayed).
func (snap *snapshot) loadFurtherValues(ctx context.Context, q *store.Queries) error {
	rows, err := q.ListFurtherMentionValues(ctx)
	if err != nil || len(rows) == 0 {
		return err
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

// ---- comparing a claim's mentions ----

// mentionPair is two mentions of a claim (indexes into its mentions) and the values of
// each that were compared; cmp.Reason is left empty (explanations cost: reason() writes one
// when shown).
type mentionPair struct {
	i, j   int
	a, b   *snapMention
	va, vb reading.Value
	cmp    reading.Comparison
}

type claimComparison struct {
	pairs []mentionPair // every compared pair (different spans, both with a value)
}

// compare compares every two accepted mentions of a claim: their stances (one asserts what
// the other denies: a contradiction of kind "stance"), and when both carry a value their
// first values, and then every further value with the other's values of the same kind (a
// date with a date, a figure with a figure), by range arithmetic with their hedges.
func (snap *snapshot) compare(c *snapClaim) claimComparison {
	var out claimComparison
	n, stances := 0, map[string]bool{}
	for _, m := range c.mentions {
		if m.value.Kind != reading.KindNone {
			n++
		}
		stances[m.stance] = true
	}
	opposed := stances[match.StanceAsserts] && stances[match.StanceDenies]
	if n < 2 && !opposed {
		return out
	}
	out.pairs = make([]mentionPair, 0, n*(n-1)/2)
	for i := 0; i < len(c.mentions); i++ {
		a := c.mentions[i]
		for j := i + 1; j < len(c.mentions); j++ {
			b := c.mentions[j]
			if opposed && match.Opposed(a.stance, b.stance) {
				out.pairs = append(out.pairs, mentionPair{i: i, j: j, a: a, b: b, cmp: reading.Comparison{Verdict: reading.Conflict, Kind: "stance"}})
				continue
			}
			if a.value.Kind == reading.KindNone || b.value.Kind == reading.KindNone {
				continue
			}
			v, kind := reading.Judge(a.value, b.value)
			out.pairs = append(out.pairs, mentionPair{i: i, j: j, a: a, b: b, va: a.value, vb: b.value, cmp: reading.Comparison{Verdict: v, Kind: kind}})
			if len(a.more) == 0 && len(b.more) == 0 {
				continue
			}
			for x, va := range append([]reading.Value{a.value}, a.more...) {
				for y, vb := range append([]reading.Value{b.value}, b.more...) {
					if (x == 0 && y == 0) || va.Kind != vb.Kind {
						continue
					}
					v, kind := reading.Judge(va, vb)
					out.pairs = append(out.pairs, mentionPair{i: i, j: j, a: a, b: b, va: va, vb: vb, cmp: reading.Comparison{Verdict: v, Kind: kind}})
				}
			}
		}
	}
	return out
}

func (p mentionPair) reason() string {
	if p.cmp.Kind == "stance" {
		return fmt.Sprintf("one %s what the other %s: %q vs %q", stanceVerb(p.a.stance), stanceVerb(p.b.stance),
			clipLabel(p.a.quote), clipLabel(p.b.quote))
	}
	return reading.Compare(p.va, p.vb).Reason
}

// stanceVerb is a stance as a verb for explanations ("one asserts what the other denies").
func stanceVerb(stance string) string {
	switch stance {
	case match.StanceDoubts:
		return "doubts"
	case match.StanceUnconfirmed:
		return "reports as unconfirmed"
	case match.StanceDenies:
		return "denies"
	}
	return "asserts"
}

// maxReasons caps the explanations listed per cell or suggestion.
const maxReasons = 5

func (cc claimComparison) conflicts() []mentionPair {
	var out []mentionPair
	for _, p := range cc.pairs {
		if p.cmp.Verdict == reading.Conflict {
			out = append(out, p)
		}
	}
	return out
}

// ---- building the grid ----

func (snap *snapshot) matrix(f MatrixFilter, by string) Matrix {
	wantArticle := idSet(f.ArticleIDs)
	wantClaim := idSet(f.ClaimIDs)
	if wantClaim == nil && f.ClaimIDs != nil {
		wantClaim = map[int64]bool{} // an empty list (nothing matched the text): no rows
	}
	tag := strings.TrimSpace(f.Tag)

	// columns
	var cols []*MatrixColumn
	colOf := map[int64]*MatrixColumn{} // article id -> column
	bySource := map[int64]*MatrixColumn{}
	for _, a := range snap.order {
		if wantArticle != nil && !wantArticle[a.id] {
			continue
		}
		if by == "source" && a.sourceID.Valid {
			col := bySource[a.sourceID.Int64]
			if col == nil {
				sid := a.sourceID.Int64
				col = &MatrixColumn{ID: fmt.Sprintf("s%d", sid), Kind: "source", SourceID: &sid, Title: a.sourceName, Source: a.sourceName, PublishedAt: a.publishedAt}
				bySource[sid] = col
				cols = append(cols, col)
			}
			if col.PublishedAt == "" || (a.publishedAt != "" && a.publishedAt < col.PublishedAt) {
				col.PublishedAt = a.publishedAt
			}
			col.ArticleIDs = append(col.ArticleIDs, a.id)
			colOf[a.id] = col
			continue
		}
		aid := a.id
		col := &MatrixColumn{ID: fmt.Sprintf("a%d", aid), Kind: "article", ArticleID: &aid, ArticleIDs: []int64{aid},
			Title: a.title, Source: a.sourceName, PublishedAt: a.publishedAt}
		if a.sourceID.Valid {
			sid := a.sourceID.Int64
			col.SourceID = &sid
		}
		cols = append(cols, col)
		colOf[a.id] = col
	}
	sort.SliceStable(cols, func(i, j int) bool { return dateFirst(cols[i].PublishedAt, cols[j].PublishedAt) })

	out := Matrix{By: by, AsOf: snap.asOf, Columns: make([]MatrixColumn, 0, len(cols)), Rows: []MatrixRow{}}
	for _, c := range snap.claims {
		if wantClaim != nil && !wantClaim[c.id] {
			continue
		}
		if tag != "" && !hasFold(c.tags, tag) {
			continue
		}
		row := snap.row(c, colOf, by)
		if wantArticle != nil && len(row.Cells) == 0 {
			continue
		}
		out.Rows = append(out.Rows, row)
	}
	sort.SliceStable(out.Rows, func(i, j int) bool {
		a, b := out.Rows[i].FirstAppearance, out.Rows[j].FirstAppearance
		da, db := "", ""
		if a != nil {
			da = a.PublishedAt
		}
		if b != nil {
			db = b.PublishedAt
		}
		if da != db {
			return dateFirst(da, db)
		}
		return out.Rows[i].ClaimID < out.Rows[j].ClaimID
	})
	count := map[string]int{}
	for _, r := range out.Rows {
		for _, cell := range r.Cells {
			count[cell.ColumnID]++
		}
	}
	for _, col := range cols {
		col.Mentions = count[col.ID]
		out.Columns = append(out.Columns, *col)
	}
	out.TotalClaims = len(out.Rows)
	return out
}

// dateFirst orders dates ascending with unknown ("") last.
func dateFirst(a, b string) bool {
	if (a == "") != (b == "") {
		return b == ""
	}
	return a < b
}

func idSet(ids []int64) map[int64]bool {
	if len(ids) == 0 {
		return nil
	}
	m := make(map[int64]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

func hasFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// row builds a claim's row: its cells (one per column with a mention), grade, suggestion,
// origins and first appearance. Agreement, origins and the suggestion consider all the
// claim's mentions, not only the columns shown.
func (snap *snapshot) row(c *snapClaim, colOf map[int64]*MatrixColumn, by string) MatrixRow {
	sug := snap.suggest(c)
	row := MatrixRow{
		ClaimID: c.id, Statement: c.statement, Tags: orEmpty(c.tags),
		SuggestedCredibility: sug.Credibility, SuggestedLabel: sug.Label, SuggestedReasons: sug.Reasons,
		Articles: sug.Articles, Origins: sug.Origins, OriginNames: sug.OriginNames,
		Conflicts: len(c.comparison.conflicts()), Cells: []MatrixCell{},
	}
	if c.grade != nil {
		v := c.grade.Credibility
		row.Credibility, row.CredibilityLabel, row.AssessedAt = &v, CredibilityLabel(v), c.grade.AssessedAt
	}
	// first appearance
	for _, m := range c.mentions {
		a := snap.articles[m.articleID]
		fa := row.FirstAppearance
		if fa == nil || dateFirst(a.publishedAt, fa.PublishedAt) || (a.publishedAt == fa.PublishedAt && a.id < fa.ArticleID) {
			row.FirstAppearance = &FirstAppearance{ArticleID: a.id, PublishedAt: a.publishedAt}
		}
	}
	// each mention's column (hidden columns too: a mention in an article left out of the
	// grid is still "another" article or source)
	colIDs := make([]string, len(c.mentions))
	for i, m := range c.mentions {
		if col := colOf[m.articleID]; col != nil {
			colIDs[i] = col.ID
		} else if a := snap.articles[m.articleID]; a != nil && a.sourceID.Valid && by == "source" {
			colIDs[i] = "s" + strconv.FormatInt(a.sourceID.Int64, 10)
		} else {
			colIDs[i] = "a" + strconv.FormatInt(m.articleID, 10)
		}
	}
	type tally struct {
		agree, conflict, unknown int
		reasons                  []string
	}
	tallies := map[string]*tally{}
	get := func(col string) *tally {
		t := tallies[col]
		if t == nil {
			t = &tally{}
			tallies[col] = t
		}
		return t
	}
	for _, p := range c.comparison.pairs {
		ca, cb := colIDs[p.i], colIDs[p.j]
		if ca == cb {
			continue
		}
		for _, col := range [2]string{ca, cb} {
			t := get(col)
			switch p.cmp.Verdict {
			case reading.Agree:
				t.agree++
			case reading.Conflict:
				t.conflict++
				if len(t.reasons) < maxReasons {
					t.reasons = append(t.reasons, p.reason())
				}
			default:
				t.unknown++
			}
		}
	}
	cols := map[string]bool{}
	for _, id := range colIDs {
		cols[id] = true
	}
	cellAt := map[string]int{}
	for _, m := range c.mentions {
		col := colOf[m.articleID]
		if col == nil {
			continue
		}
		i, ok := cellAt[col.ID]
		if !ok {
			i = len(row.Cells)
			cellAt[col.ID] = i
			row.Cells = append(row.Cells, MatrixCell{
				ColumnID: col.ID, ArticleID: m.articleID, SpanIDs: []int64{}, Start: m.start, End: m.end,
				Quote: m.quote, RawValue: m.value.Raw, Hedge: m.value.Hedge, Attribution: m.attribution,
				Normalized: normalizedOf(m.value), MoreValues: normalizedAll(m.more), Reasons: []string{},
			})
			if m.value.Kind == reading.KindNone {
				row.Cells[i].RawValue, row.Cells[i].Hedge = m.raw, m.hedge
			}
		}
		cell := &row.Cells[i]
		cell.SpanIDs = append(cell.SpanIDs, m.spanID)
		cell.IsDirectQuote = cell.IsDirectQuote || m.direct
		if cell.Attribution == "" {
			cell.Attribution = m.attribution
		}
		if cell.Normalized.Kind == reading.KindNone && m.value.Kind != reading.KindNone {
			cell.RawValue, cell.Hedge, cell.Normalized = m.value.Raw, m.value.Hedge, normalizedOf(m.value)
			cell.MoreValues = normalizedAll(m.more)
		}
	}
	// agreement: only (no other column states the claim), conflicts (a value contradicts
	// another column's), agrees (a value matches another column's, or there is nothing to
	// contradict: a mention without a figure or date supports the claim as stated), unknown
	// (values that cannot be compared: a figure against a date, an unresolved relative date)
	for i := range row.Cells {
		cell := &row.Cells[i]
		switch t := tallies[cell.ColumnID]; {
		case len(cols) < 2:
			cell.Agreement = "only"
		case t != nil && t.conflict > 0:
			cell.Agreement = "conflicts"
			cell.Reasons = t.reasons
		case t != nil && t.agree > 0, t == nil:
			cell.Agreement = "agrees"
		default:
			cell.Agreement = "unknown"
			if !cell.Normalized.Resolved() && cell.Normalized.Note != "" {
				cell.Reasons = append(cell.Reasons, cell.Normalized.Note)
			}
		}
	}
	return row
}

// Resolved reports whether the value has a usable range or interval.
func (n NormalizedValue) Resolved() bool {
	if n.Kind == reading.KindDate {
		return n.Start != ""
	}
	return n.Kind == reading.KindFigure && (n.Low != nil || n.High != nil)
}
