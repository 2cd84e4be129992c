-- Queries of the claims x articles matrix, the figure/date normalisation and the suggested
-- grade (app/matrix.go, over the as-of snapshot in app/asof_*.go). The matrix reads
-- everything with these few queries and builds the grid in Go: no per-cell query.

-- name: MatrixClaims :many
SELECT id, statement, created_at FROM claims ORDER BY id;

-- name: MatrixArticles :many
SELECT a.id, a.title, a.published_at, a.imported_at, a.source_id,
       CAST(coalesce(s.name, '') AS TEXT) AS source_name,
       CAST(coalesce(s.reliability, 'F') AS TEXT) AS source_reliability
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
ORDER BY a.id;

-- name: MatrixMentions :many
-- Every claim mention (all states; the service keeps the accepted ones) with its span,
-- attribution names and stored normalised value. Unordered: the service sorts.
SELECT cm.span_id, cm.claim_id, sp.article_id, sp.start_cp, sp.end_cp, sp.quote, sp.state, sp.created_at,
       cm.raw_value, cm.value_kind, cm.value_low, cm.value_high, cm.value_unit,
       cm.date_start, cm.date_end, cm.date_precision, cm.hedge,
       cm.speaker_entity_id, CAST(coalesce(e.name, '') AS TEXT) AS speaker_name,
       cm.channel_source_id, CAST(coalesce(ch.name, '') AS TEXT) AS channel_name,
       cm.channel_text, cm.is_direct_quote,
       cm.origin_source_id, esf.source_id AS speaks_for_source_id, cm.own_reporting, cm.stance
FROM claim_mentions cm
JOIN spans sp ON sp.id = cm.span_id
LEFT JOIN entities e ON e.id = cm.speaker_entity_id
LEFT JOIN sources ch ON ch.id = cm.channel_source_id
LEFT JOIN entity_speaks_for esf ON esf.entity_id = cm.speaker_entity_id;

-- name: MatrixAssessments :many
-- Every assessment, retracted or not (as of a date, one retracted later still stood).
SELECT id, claim_id, credibility, origin, assessed_at, CAST(coalesce(retracted_at, '') AS TEXT) AS retracted_at
FROM assessments
ORDER BY claim_id, assessed_at DESC, id DESC;

-- name: MatrixRowImagesSince :many
-- Before-images of spans and claim mentions changed at or after a time, oldest first: the
-- first one of a row is the row as it stood just before (a NULL before = created since).
SELECT id, table_name, CAST(coalesce(row_id, 0) AS INTEGER) AS row_id, before
FROM audit_log
WHERE table_name IN ('spans', 'claim_mentions') AND at >= sqlc.arg(since)
ORDER BY id;

-- name: GetMentionForNormalize :one
SELECT cm.span_id, cm.claim_id, cm.raw_value, cm.hedge, sp.quote, a.published_at
FROM claim_mentions cm
JOIN spans sp ON sp.id = cm.span_id
JOIN articles a ON a.id = sp.article_id
WHERE cm.span_id = sqlc.arg(span_id);

-- name: SetMentionValue :exec
-- Writes a mention's normalised figure or date (app/figures.go); raw_value stays the analyst's.
UPDATE claim_mentions
SET value_kind = sqlc.arg(value_kind), value_low = sqlc.narg(value_low), value_high = sqlc.narg(value_high),
    value_unit = sqlc.arg(value_unit), date_start = sqlc.arg(date_start), date_end = sqlc.arg(date_end),
    date_precision = sqlc.arg(date_precision), hedge = sqlc.arg(hedge)
WHERE span_id = sqlc.arg(span_id);

-- Scoped loading: the matrix of some claims (MatrixFilter.ClaimIDs, or the claims mentioned
-- in MatrixFilter.ArticleIDs) reads only those claims, their mentions, their mentions'
-- articles and the grid's articles, instead of the whole workspace (50,000 claims and
-- 100,000 mentions took seconds to read and compare for a 200 x 50 grid). Id lists are
-- JSON arrays of integers expanded with json_each: one parameter whatever their length.

-- name: MatrixClaimIDsInArticles :many
-- The claims with a mention (any state) in the given articles.
SELECT DISTINCT cm.claim_id
FROM spans sp CROSS JOIN claim_mentions cm ON cm.span_id = sp.id
WHERE sp.article_id IN (SELECT value FROM json_each(CAST(sqlc.arg(article_ids) AS TEXT)))
ORDER BY cm.claim_id;

-- name: MatrixClaimsByID :many
SELECT id, statement, created_at FROM claims
WHERE id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT)))
ORDER BY id;

-- name: MatrixClaimTagsByID :many
SELECT ct.claim_id, t.id, t.name, t.color
FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
WHERE ct.claim_id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT)))
ORDER BY ct.claim_id, t.name;

-- name: MatrixMentionsByClaim :many
-- MatrixMentions of the given claims (claim_mentions_claim index, then each span by key).
SELECT cm.span_id, cm.claim_id, sp.article_id, sp.start_cp, sp.end_cp, sp.quote, sp.state, sp.created_at,
       cm.raw_value, cm.value_kind, cm.value_low, cm.value_high, cm.value_unit,
       cm.date_start, cm.date_end, cm.date_precision, cm.hedge,
       cm.speaker_entity_id, CAST(coalesce(e.name, '') AS TEXT) AS speaker_name,
       cm.channel_source_id, CAST(coalesce(ch.name, '') AS TEXT) AS channel_name,
       cm.channel_text, cm.is_direct_quote,
       cm.origin_source_id, esf.source_id AS speaks_for_source_id, cm.own_reporting, cm.stance
FROM claim_mentions cm
CROSS JOIN spans sp ON sp.id = cm.span_id
LEFT JOIN entities e ON e.id = cm.speaker_entity_id
LEFT JOIN sources ch ON ch.id = cm.channel_source_id
LEFT JOIN entity_speaks_for esf ON esf.entity_id = cm.speaker_entity_id
WHERE cm.claim_id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT)));

-- name: MatrixArticlesByID :many
SELECT a.id, a.title, a.published_at, a.imported_at, a.source_id,
       CAST(coalesce(s.name, '') AS TEXT) AS source_name,
       CAST(coalesce(s.reliability, 'F') AS TEXT) AS source_reliability
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
WHERE a.id IN (SELECT value FROM json_each(CAST(sqlc.arg(article_ids) AS TEXT)))
ORDER BY a.id;

-- name: MatrixSources :many
-- Every source's name and reliability: the roots of the mentions' origin chains.
SELECT id, name, reliability FROM sources ORDER BY id;

-- name: MatrixSpeaksFor :many
-- The entities that speak for a source (a spokesman -> his government).
SELECT entity_id, source_id FROM entity_speaks_for ORDER BY entity_id;

-- name: MatrixAssessmentsByClaim :many
SELECT id, claim_id, credibility, origin, assessed_at, CAST(coalesce(retracted_at, '') AS TEXT) AS retracted_at
FROM assessments
WHERE claim_id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT)))
ORDER BY claim_id, assessed_at DESC, id DESC;
