package app

// The as-of snapshot engine: the workspace's claims, mentions, origins and grades read
// into memory, now or as they stood at the end of a past day (rebuilt from the audit images).
// The matrix (matrix.go), the conflicts (conflicts.go) and the grade suggestions (grades.go)
// are built from it. Reading the rows: asof_rows.go; comparing mentions: asof_compare.go.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"time"

	"claimdesk/app/match"
	"claimdesk/app/reading"
	"claimdesk/db/store"
)

// snapScope limits a snapshot to some claims: their mentions, the articles of those
// mentions and the grid's articles (all articles when articleIDs is nil). A nil scope is
// the whole workspace.
type snapScope struct {
	claimIDs   []int64
	articleIDs []int64
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
	story       int64 // the first version of its story (app/article_versions.go)
	title       string
	publishedAt string
	sourceID    sql.NullInt64
	sourceName  string
}

// story is the first version of article id's story; versions of one story are one
// article (app/article_versions.go).
func (snap *snapshot) story(id int64) int64 {
	if a := snap.articles[id]; a != nil {
		return a.story
	}
	return id
}

// revised reports whether articles a and b are two versions of one story: a value that
// differs between them was changed by a revision.
func (snap *snapshot) revised(a, b int64) bool {
	return a != b && snap.story(a) == snap.story(b)
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
	states                     match.StateReadings // the exclusive states its quote says (compare reads them)
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

func loadSnapshot(ctx context.Context, q *store.Queries, asOf string, scope *snapScope) (*snapshot, error) {
	if _, err := asOfCutoff(asOf); err != nil {
		return nil, err
	}
	src, err := readSnapRows(ctx, q, scope)
	if err != nil {
		return nil, err
	}
	versions, err := loadFirstVersions(ctx, q)
	if err != nil {
		return nil, err
	}
	return src.snapshot(ctx, q, asOf, versions)
}

// snapshot builds the snapshot from the rows read (the claims export reads them once for
// its other columns too, and the versions once for every page: export_claims.go).
func (src *snapRows) snapshot(ctx context.Context, q *store.Queries, asOf string, versions firstVersions) (*snapshot, error) {
	cutoff, err := asOfCutoff(asOf)
	if err != nil {
		return nil, err
	}
	before := func(at string) bool { return cutoff == "" || at < cutoff }
	snap := &snapshot{asOf: asOf, byID: map[int64]*snapClaim{}, articles: map[int64]*snapArticle{}}
	for _, a := range src.arts {
		if !before(a.ImportedAt) {
			continue
		}
		sa := &snapArticle{id: a.ID, story: versions.story(a.ID), title: a.Title, publishedAt: a.PublishedAt, sourceID: a.SourceID, sourceName: a.SourceName}
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
		if err := snap.loadFurtherValues(ctx, q, src.claimIDs); err != nil {
			return nil, err
		}
	}
	for _, c := range snap.claims {
		c.comparison = snap.compare(c)
	}
	return snap, nil
}
