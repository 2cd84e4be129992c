package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"claimdesk/db/store"
)

// mergeTable says how a workspace merge treats one table: how its rows are found in
// the other workspace (uuid, then a natural key), which columns point at other merged
// tables (remapped from their ids to ours), and which columns a conflict compares.
type mergeTable struct {
	name string
	// key is the row's key column(s); one "id" for tables with a uuid.
	key []string
	// row is the column the audit log names a row by (row_id, what its Image query
	// reads by), when it is not "id": a mention's span, a speaker's entity.
	row string
	// fks maps a column to the table whose id it holds.
	fks map[string]string
	// compared are the columns the analyst edits: two values differ → a conflict.
	// Creation times, importer and anchors are facts of the row, not edits.
	compared []string
	// natural is the column of a second identity when the uuids differ: the same
	// text (articles), or a unique name (sources, tags). Lower-cased for names.
	natural string
	// label names the row in a conflict ("Reuters", the claim's statement).
	label string
	// named: a merge's preview names this table's rows it leaves out (by label).
	named bool
	// all reads every row of the table as an image, in key order.
	all func(q *store.Queries, ctx context.Context) ([]imageRow, error)
	// maxID is the largest id in use (tables with an id key).
	maxID func(q *store.Queries, ctx context.Context) (int64, error)
	// addMany inserts the rows of a JSON array of images in one statement.
	addMany func(q *store.Queries, ctx context.Context, images interface{}) error
}

// imageRow is one row's JSON image (the audit log's format) with its id and uuid.
type imageRow struct {
	id    int64
	uuid  string
	image string
}

// mergeOrder lists the merged tables, parents before children.
var mergeOrder = []mergeTable{
	{name: "sources", key: []string{"id"}, named: true, natural: "name", label: "name",
		compared: []string{"name", "kind", "reliability", "url", "note"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesSources(ctx))
		}, addMany: (*store.Queries).RestoreManySources, maxID: (*store.Queries).MaxIDSources},
	{name: "articles", key: []string{"id"}, named: true, natural: "body_sha256", label: "title",
		fks:      map[string]string{"source_id": "sources", "previous_version_id": "articles"},
		compared: []string{"title", "url", "byline", "language", "published_at", "source_id"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesArticles(ctx))
		}, addMany: (*store.Queries).RestoreManyArticles, maxID: (*store.Queries).MaxIDArticles},
	{name: "entities", key: []string{"id"}, named: true, label: "name",
		fks:      map[string]string{"merged_into_id": "entities"},
		compared: []string{"type", "name", "note", "merged_into_id"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesEntities(ctx))
		}, addMany: (*store.Queries).RestoreManyEntities, maxID: (*store.Queries).MaxIDEntities},
	{name: "entity_aliases", key: []string{"entity_id", "alias_key"},
		fks: map[string]string{"entity_id": "entities"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesEntityAliases(ctx))
		}, addMany: (*store.Queries).RestoreManyEntityAliases, maxID: (*store.Queries).MaxIDEntityAliases},
	{name: "entity_judgements", key: []string{"entity_a_id", "entity_b_id"},
		fks: map[string]string{"entity_a_id": "entities", "entity_b_id": "entities"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesEntityJudgements(ctx))
		}, addMany: (*store.Queries).RestoreManyEntityJudgements},
	{name: "claims", key: []string{"id"}, named: true, label: "statement",
		compared: []string{"statement", "note"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesClaims(ctx))
		}, addMany: (*store.Queries).RestoreManyClaims, maxID: (*store.Queries).MaxIDClaims},
	{name: "tags", key: []string{"id"}, named: true, natural: "name", label: "name",
		compared: []string{"name", "color"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesTags(ctx))
		}, addMany: (*store.Queries).RestoreManyTags, maxID: (*store.Queries).MaxIDTags},
	{name: "spans", key: []string{"id"}, label: "quote",
		fks:      map[string]string{"article_id": "articles", "entity_id": "entities"},
		compared: []string{"entity_type", "entity_id", "state", "note", "proposed_name", "normalized", "hedge", "speaker_name"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesSpans(ctx))
		}, addMany: (*store.Queries).RestoreManySpans, maxID: (*store.Queries).MaxIDSpans},
	{name: "claim_mentions", key: []string{"span_id"}, row: "span_id", label: "raw_value",
		fks: map[string]string{"span_id": "spans", "claim_id": "claims", "speaker_entity_id": "entities", "channel_source_id": "sources",
			"origin_source_id": "sources"},
		compared: []string{"claim_id", "raw_value", "value_kind", "value_low", "value_high", "value_unit", "date_start", "date_end",
			"date_precision", "hedge", "speaker_entity_id", "channel_source_id", "channel_text", "is_direct_quote",
			"origin_source_id", "own_reporting", "stance"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesClaimMentions(ctx))
		}, addMany: (*store.Queries).RestoreManyClaimMentions},
	// A mention's further values (v10) go with it, by its span and their position.
	{name: "claim_mention_values", key: []string{"span_id", "position"},
		fks:      map[string]string{"span_id": "spans"},
		compared: []string{"raw", "kind", "low", "high", "unit", "date_start", "date_end", "precision", "hedge"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesClaimMentionValues(ctx))
		}, addMany: (*store.Queries).RestoreManyClaimMentionValues, maxID: (*store.Queries).MaxIDClaimMentionValues},
	// Who speaks for which organisation or government (v11), by the speaker.
	{name: "entity_speaks_for", key: []string{"entity_id"}, row: "entity_id",
		fks:      map[string]string{"entity_id": "entities", "source_id": "sources"},
		compared: []string{"source_id"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesEntitySpeaksFor(ctx))
		}, addMany: (*store.Queries).RestoreManyEntitySpeaksFor},
	{name: "span_tags", key: []string{"span_id", "tag_id"},
		fks: map[string]string{"span_id": "spans", "tag_id": "tags"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesSpanTags(ctx))
		}, addMany: (*store.Queries).RestoreManySpanTags},
	{name: "claim_tags", key: []string{"claim_id", "tag_id"},
		fks: map[string]string{"claim_id": "claims", "tag_id": "tags"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesClaimTags(ctx))
		}, addMany: (*store.Queries).RestoreManyClaimTags},
	{name: "assessments", key: []string{"id"}, label: "rationale",
		fks: map[string]string{"claim_id": "claims"},
		// Assessments are appended, never edited: only a retraction can differ.
		compared: []string{"retracted_at"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesAssessments(ctx))
		}, addMany: (*store.Queries).RestoreManyAssessments, maxID: (*store.Queries).MaxIDAssessments},
	{name: "evidence", key: []string{"id"}, label: "note",
		fks:      map[string]string{"assessment_id": "assessments", "span_id": "spans", "article_id": "articles"},
		compared: []string{"stance", "url", "note"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return imageRows(q.AllImagesEvidence(ctx))
		}, addMany: (*store.Queries).RestoreManyEvidence, maxID: (*store.Queries).MaxIDEvidence},
	{name: "article_origins", key: []string{"article_id", "origin_source_id"},
		fks: map[string]string{"article_id": "articles", "origin_source_id": "sources", "via_source_id": "sources"},
		all: func(q *store.Queries, ctx context.Context) ([]imageRow, error) {
			return plainRows(q.AllImagesArticleOrigins(ctx))
		}, addMany: (*store.Queries).RestoreManyArticleOrigins, maxID: (*store.Queries).MaxIDArticleOrigins},
}

// rowCol is the column whose value the audit log records as the row's row_id.
func (t mergeTable) rowCol() string {
	if t.row != "" {
		return t.row
	}
	return "id"
}

// hasUUID reports whether rows of t are matched by uuid (else by their key columns).
func (t mergeTable) hasUUID() bool { return len(t.key) == 1 && t.key[0] == "id" }

// naturalKey normalises the natural identity (names compare case-insensitively, as
// their UNIQUE COLLATE NOCASE columns do).
func naturalKey(v json.RawMessage) string { return strings.ToLower(strings.TrimSpace(show(v))) }

// nullString is the generated rows' type of the uuid column.
type nullString = sql.NullString

// imageRows adapts the generated AllImages* rows of tables with a uuid.
func imageRows[R interface {
	~struct {
		ID    int64
		Uuid  nullString
		Image string
	}
}](rs []R, err error) ([]imageRow, error) {
	if err != nil {
		return nil, err
	}
	out := make([]imageRow, len(rs))
	for i, r := range rs {
		s := struct {
			ID    int64
			Uuid  nullString
			Image string
		}(r)
		out[i] = imageRow{id: s.ID, uuid: s.Uuid.String, image: s.Image}
	}
	return out, nil
}

// plainRows adapts the AllImages* rows of tables without a uuid (images only).
func plainRows(rs []string, err error) ([]imageRow, error) {
	if err != nil {
		return nil, err
	}
	out := make([]imageRow, len(rs))
	for i, r := range rs {
		out[i] = imageRow{image: r}
	}
	return out, nil
}
