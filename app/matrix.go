package app

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

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
	// Limit caps the rows (0: MatrixDefaultLimit): past it, the grid shows the Limit most
	// recently changed claims that pass the other filters, and only the articles that
	// mention them; Matrix.Limited and TotalClaims say so. Ignored when ClaimIDs are given.
	Limit int `json:"limit"`
}

// MatrixDefaultLimit is the cap of a Get that names none: the one the UI asks for
// (frontend/src/lib/matrix.ts MATRIX_LIMIT). Without it a caller that forgot the limit
// got every claim and every article as a column (4.3 MB on the benchmark workspace).
const MatrixDefaultLimit = 200

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
	Conflicts            int              `json:"conflicts"` // pairs of mentions that contradict each other (values, or a denial against an assertion)
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
	Attribution   string          `json:"attribution"` // "Rustem Umerov · according to KCNA", of a mention with the cell's Stance
	IsDirectQuote bool            `json:"isDirectQuote"`
	Agreement     string          `json:"agreement"` // agrees | conflicts | unknown | only
	Reasons       []string        `json:"reasons"`   // why it conflicts (or why unknown)
	Normalized    NormalizedValue `json:"normalized"`
	// MoreValues are the further values of the mention Normalized belongs to (a date next
	// to a figure ...), in order; empty as of a past date.
	MoreValues []NormalizedValue `json:"moreValues"`
	// Stance is how the column makes the claim: asserts | denies | doubts | unconfirmed
	// (asserts when any of its mentions asserts it, else its first mention's). Agreement
	// is a contradiction of a figure or date, or a denial against an assertion; a doubt
	// contradicts nothing, so the cell says it in its own words ("doubts it").
	Stance string `json:"stance"`
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
		return Matrix{}, Invalid("limit must be 0 (the default, %d) or more; got %d", MatrixDefaultLimit, f.Limit)
	}
	if f.Limit == 0 {
		f.Limit = MatrixDefaultLimit
	}
	ctx, q := s.ws.Context(), s.ws.DB().Q
	if err := claimsExist(ctx, q, f); err != nil {
		return Matrix{}, err
	}
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
	if err := checkFilterText(text); err != nil {
		return f, 0, false, false, err
	}
	if len(f.ClaimIDs) > 0 || (text == "" && f.Limit == 0) {
		return f, 0, false, false, nil
	}
	ids, err := listClaimIDs(ctx, q, ClaimFilter{Tag: tag, Text: text})
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

// claimsExist: a claim asked for by id that does not exist (deleted, or never made) is
// not_found, not a grid of every article with no row. As of a past date the claim may
// have existed then (its rows come from the history), so only the present is checked.
func claimsExist(ctx context.Context, q *store.Queries, f MatrixFilter) error {
	if len(f.ClaimIDs) == 0 || f.AsOf != "" {
		return nil
	}
	rows, err := q.MatrixClaimsByID(ctx, idsJSON(f.ClaimIDs))
	if err != nil {
		return storeErr(err, "the claims")
	}
	found := make(map[int64]bool, len(rows))
	for _, r := range rows {
		found[r.ID] = true
	}
	for _, id := range f.ClaimIDs {
		if !found[id] {
			return NotFound("claim %d does not exist", id)
		}
	}
	return nil
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
		Conflicts: c.comparison.contradictionCount(), Cells: []MatrixCell{},
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
	// a pair of reading groups stands for every pair of mentions across them: a column of
	// one group takes its verdict when the other group has a mention in another column
	cc := c.comparison
	groupCols := make([][]string, len(cc.groups))
	for g, grp := range cc.groups {
		seen := map[string]bool{}
		for _, i := range grp.members {
			if !seen[colIDs[i]] {
				seen[colIDs[i]] = true
				groupCols[g] = append(groupCols[g], colIDs[i])
			}
		}
	}
	elsewhere := func(col string, cols []string) bool { return len(cols) > 1 || len(cols) == 1 && cols[0] != col }
	tallyPair := func(col string, p mentionPair) {
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
			if p.cmp.Kind == "forecast" && len(t.reasons) < maxReasons {
				t.reasons = append(t.reasons, p.reason()) // why not compared (asof_compare.go judge)
			}
		}
	}
	for _, p := range cc.pairs {
		for _, col := range groupCols[p.g] {
			if elsewhere(col, groupCols[p.h]) {
				tallyPair(col, p)
			}
		}
		if p.g == p.h {
			continue
		}
		for _, col := range groupCols[p.h] {
			if elsewhere(col, groupCols[p.g]) {
				tallyPair(col, p)
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
				Quote: m.quote, RawValue: m.value.Raw, Hedge: m.value.Hedge, Attribution: m.attribution, Stance: m.stance,
				Normalized: normalizedOf(m.value), MoreValues: normalizedAll(m.more), Reasons: []string{},
			})
			if m.value.Kind == reading.KindNone {
				row.Cells[i].RawValue, row.Cells[i].Hedge = m.raw, m.hedge
			}
		}
		cell := &row.Cells[i]
		cell.SpanIDs = append(cell.SpanIDs, m.spanID)
		cell.IsDirectQuote = cell.IsDirectQuote || m.direct
		// the attribution shown is of a mention that takes the stance shown: a cell that
		// states the claim beside the operator's denial in the same article once read
		// "states it — Kestrel Hydro says", as if the operator said it
		switch {
		case m.stance == match.StanceAsserts && cell.Stance != match.StanceAsserts:
			cell.Stance, cell.Attribution = m.stance, m.attribution
		case cell.Attribution == "" && m.stance == cell.Stance:
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
			if t != nil {
				cell.Reasons = t.reasons
			}
			if !cell.Normalized.Resolved() && cell.Normalized.Note != "" {
				cell.Reasons = append(cell.Reasons, cell.Normalized.Note)
			}
		}
	}
	return row
}
